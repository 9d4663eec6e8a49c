// Writes the seeds of fuzz_indeximage: the index image (empty key) of each corpus file named,
// as OUTDIR/<file name>.img.   Usage: image_seeds OUTDIR FILE...
#include "corpus/corpusreader.h"
#include "image/indeximage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

int main(int argc, char **argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: image_seeds OUTDIR FILE...\n");
        return 2;
    }
    const QString out = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(out);
    int status = 0;
    for (int i = 2; i < argc; ++i) {
        const QString path = QString::fromLocal8Bit(argv[i]);
        const CorpusParser::Result parsed = CorpusReader::readFile(path);
        QFile image(out + QLatin1Char('/') + QFileInfo(path).fileName() + QStringLiteral(".img"));
        if (!parsed.ok() || !image.open(QIODevice::WriteOnly)
            || !IndexImage::write(image, {}, *SearchIndex::build(parsed.corpus), parsed.diagnostics)) {
            std::fprintf(stderr, "image_seeds: %s: no image\n", argv[i]);
            status = 1;
        }
    }
    return status;
}
