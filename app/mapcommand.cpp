#include "mapcommand.h"

#include "cli.h"
#include "corpus/corpusparser.h"
#include "map/mapjson.h"
#include "map/mappainter.h"
#include "map/mappipeline.h"

#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cstdio>

namespace {
constexpr int kImageSize = 1600;

bool writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit();
}

void paintMap(QPainter &p, const PaperMap &map, const QRectF &target)
{
    p.fillRect(target, Qt::white);
    MapPainter::Viewport view;
    view.target = target;
    MapPainter().paint(p, map, view, {}, false);
}

bool writeImage(const QString &path, const PaperMap &map)
{
    const QRectF target(0, 0, kImageSize, kImageSize);
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(target.size().toSize());
        svg.setViewBox(target);
        svg.setTitle(QCoreApplication::translate("MapCommand", "Paper map"));
        QPainter p;
        if (!p.begin(&svg))
            return false;
        paintMap(p, map, target);
        return p.end();
    }
    QImage image(target.size().toSize(), QImage::Format_RGB32);
    QPainter p(&image);
    paintMap(p, map, target);
    p.end();
    return image.save(path);
}

void fail(const QString &message)
{
    std::fprintf(stderr, "skimmer: %s\n", qPrintable(message));
}
} // namespace

bool MapCommand::isRequested(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i)
        if (QByteArray(argv[i]) == "--map-json" || QByteArray(argv[i]).startsWith("--map-json="))
            return true;
    return false;
}

void MapCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("map-json"),
                      QCoreApplication::translate("MapCommand", "Compute the paper map and write it as JSON to <file>."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("map-image"),
                      QCoreApplication::translate("MapCommand", "With --map-json: also draw the map to <file> (.png or .svg)."),
                      QStringLiteral("file")});
}

int MapCommand::run(const QCommandLineParser &parser)
{
    const auto parsed = CorpusParser::parseFile(Cli::corpusPath(parser));
    if (!parsed.ok()) {
        fail(parsed.error);
        return 1;
    }
    const auto map = MapPipeline::build(*parsed.corpus, MapPipeline::Options());
    if (map->isEmpty())
        fail(map->emptyReason); // still writes the (empty) JSON, so scripts see the reason too
    const QString json = parser.value(QStringLiteral("map-json"));
    if (!writeFile(json, MapJson::toJson(*parsed.corpus, *map))) {
        fail(QCoreApplication::translate("MapCommand", "Cannot write “%1”.").arg(json));
        return 1;
    }
    const QString image = parser.value(QStringLiteral("map-image"));
    if (!image.isEmpty() && !writeImage(image, *map)) {
        fail(QCoreApplication::translate("MapCommand", "Cannot write “%1”.").arg(image));
        return 1;
    }
    return map->isEmpty() ? 2 : 0;
}
