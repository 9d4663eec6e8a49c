#include "map/mapcache.h"

#include "corpus/corpus.h"
#include "search/semanticspace.h"
#include "text/contenthash.h"

#include <QDataStream>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace {
constexpr char kMagic[8] = {'S', 'K', 'M', 'A', 'P', '\0', '\r', '\n'}; // \r\n: text-mode damage shows
constexpr qint64 kMaxFileBytes = qint64(4) << 30;

template <typename T>
void writeVector(QDataStream &out, const std::vector<T> &v)
{
    out << quint64(v.size());
    for (const T &value : v)
        out << value;
}

template <typename T>
bool readVector(QDataStream &in, std::vector<T> &v, quint64 expected)
{
    quint64 size = 0;
    in >> size;
    if (size != expected || in.status() != QDataStream::Ok)
        return false;
    v.resize(size_t(size));
    for (T &value : v)
        in >> value;
    return in.status() == QDataStream::Ok;
}

QByteArray serialise(const PaperMap &map)
{
    QByteArray body;
    QDataStream out(&body, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out.setFloatingPointPrecision(QDataStream::SinglePrecision);
    writeVector(out, map.x);
    writeVector(out, map.y);
    out << quint32(map.levels.size());
    for (const PaperMap::Level &level : map.levels) {
        out.setFloatingPointPrecision(QDataStream::DoublePrecision);
        out << level.resolution;
        out.setFloatingPointPrecision(QDataStream::SinglePrecision);
        writeVector(out, level.membership);
        out << quint32(level.clusters.size());
        for (const PaperMap::Cluster &c : level.clusters)
            out << c.label << c.words << qint32(c.size) << c.x << c.y;
    }
    const auto &codes = map.space ? map.space->codes() : std::vector<qint8>();
    out << qint32(map.space ? map.space->dimensions() : 0)
        << QByteArray::fromRawData(reinterpret_cast<const char *>(codes.data()), qsizetype(codes.size()));
    const SimilarityCheck check = map.space ? map.space->check() : SimilarityCheck();
    out.setFloatingPointPrecision(QDataStream::DoublePrecision);
    out << check.ran << qint32(check.queries) << check.tfidfPrecision << check.blendPrecision;
    return body;
}

std::shared_ptr<PaperMap> deserialise(const QByteArray &body, qsizetype papers)
{
    auto map = std::make_shared<PaperMap>();
    QDataStream in(body);
    in.setVersion(QDataStream::Qt_6_4);
    in.setFloatingPointPrecision(QDataStream::SinglePrecision);
    if (!readVector(in, map->x, quint64(papers)) || !readVector(in, map->y, quint64(papers)))
        return nullptr;
    quint32 levels = 0;
    in >> levels;
    if (levels > 16)
        return nullptr;
    map->levels.resize(levels);
    for (PaperMap::Level &level : map->levels) {
        in.setFloatingPointPrecision(QDataStream::DoublePrecision);
        in >> level.resolution;
        in.setFloatingPointPrecision(QDataStream::SinglePrecision);
        quint32 clusters = 0;
        if (!readVector(in, level.membership, quint64(papers)))
            return nullptr;
        in >> clusters;
        if (in.status() != QDataStream::Ok || clusters > quint32(papers))
            return nullptr;
        level.clusters.resize(clusters);
        for (PaperMap::Cluster &c : level.clusters) {
            qint32 size = 0;
            in >> c.label >> c.words >> size >> c.x >> c.y;
            c.size = size;
        }
        if (in.status() != QDataStream::Ok)
            return nullptr;
        for (const int m : level.membership)
            if (m != PaperMap::kUnclustered && (m < 0 || quint32(m) >= clusters))
                return nullptr;
    }
    qint32 dimensions = 0;
    QByteArray codes;
    in >> dimensions >> codes;
    auto space = SemanticSpace::fromCodes(std::vector<qint8>(codes.begin(), codes.end()), papers, dimensions);
    SimilarityCheck check;
    qint32 queries = 0;
    in.setFloatingPointPrecision(QDataStream::DoublePrecision);
    in >> check.ran >> queries >> check.tfidfPrecision >> check.blendPrecision;
    check.queries = queries;
    if (in.status() != QDataStream::Ok || !space)
        return nullptr;
    space->setCheck(check);
    map->space = std::move(space);
    for (qsizetype i = 0; i < papers; ++i)
        if (!(map->x[size_t(i)] >= 0 && map->x[size_t(i)] <= 1 && map->y[size_t(i)] >= 0 && map->y[size_t(i)] <= 1))
            return nullptr;
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return nullptr;
    return map;
}
} // namespace

MapCache::MapCache(QString folder, int maxFiles) : m_folder(std::move(folder)), m_maxFiles(std::max(1, maxFiles)) {}

quint64 MapCache::keyOf(const Corpus &corpus, const MapPipeline::Options &options)
{
    quint64 key = contentHash64(QByteArrayView("skimmer-map"), quint64(kFormatVersion));
    QByteArray settings;
    {
        QDataStream out(&settings, QIODevice::WriteOnly);
        out << qint32(options.dimensions) << qint32(options.neighbours) << options.seed
            << qint64(options.landmarkThreshold) << quint64(corpus.size());
        for (const double r : options.resolutions)
            out << r;
    }
    key = contentHash64(settings, key);
    std::vector<quint64> hashes(size_t(corpus.size()));
    for (qsizetype i = 0; i < corpus.size(); ++i)
        hashes[size_t(i)] = corpus.record(i).hash ^ (quint64(corpus.record(i).duplicate) << 1);
    return contentHash64(QByteArrayView(reinterpret_cast<const char *>(hashes.data()),
                                        qsizetype(hashes.size() * sizeof(quint64))), key);
}

QString MapCache::pathFor(quint64 key) const
{
    return QDir(m_folder).filePath(QStringLiteral("%1.map").arg(key, 16, 16, QLatin1Char('0')));
}

std::shared_ptr<PaperMap> MapCache::load(quint64 key, qsizetype papers) const
{
    if (m_folder.isEmpty() || papers <= 0)
        return nullptr;
    QFile file(pathFor(key));
    const QFileInfo info(file);
    if (!info.isFile() || info.size() > kMaxFileBytes || !file.open(QIODevice::ReadOnly))
        return nullptr;
    const QByteArray bytes = file.readAll();
    file.close();
    const qsizetype header = qsizetype(sizeof kMagic) + 4 + 8 + 8 + 8 + 8; // magic, version, key, papers, size, checksum
    if (bytes.size() < header || !bytes.startsWith(QByteArrayView(kMagic, sizeof kMagic)))
        return nullptr;
    QDataStream in(bytes);
    in.skipRawData(int(sizeof kMagic));
    quint32 version = 0;
    quint64 storedKey = 0, storedPapers = 0, bodySize = 0, checksum = 0;
    in >> version >> storedKey >> storedPapers >> bodySize >> checksum;
    if (version != kFormatVersion || storedKey != key || storedPapers != quint64(papers)
        || bodySize != quint64(bytes.size() - header))
        return nullptr;
    const QByteArray body = bytes.mid(header);
    if (contentHash64(body, key) != checksum)
        return nullptr;
    auto map = deserialise(body, papers);
    if (!map)
        return nullptr;
    // Touch it: eviction removes the least recently used first.
    QFile touch(file.fileName());
    if (touch.open(QIODevice::ReadWrite))
        touch.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
    return map;
}

bool MapCache::save(quint64 key, const PaperMap &map) const
{
    if (m_folder.isEmpty() || map.isEmpty() || !QDir().mkpath(m_folder))
        return false;
    const QByteArray body = serialise(map);
    QSaveFile file(pathFor(key));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QDataStream out(&file);
    out.writeRawData(kMagic, int(sizeof kMagic));
    out << kFormatVersion << key << quint64(map.size()) << quint64(body.size()) << contentHash64(body, key);
    out.writeRawData(body.constData(), int(body.size()));
    if (out.status() != QDataStream::Ok || !file.commit())
        return false;
    evict();
    return true;
}

void MapCache::evict() const
{
    QFileInfoList files = QDir(m_folder).entryInfoList({QStringLiteral("*.map")}, QDir::Files, QDir::Time);
    for (qsizetype i = m_maxFiles; i < files.size(); ++i) // newest first
        QFile::remove(files[i].filePath());
}

QString MapCache::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/maps");
}

std::shared_ptr<const PaperMap> MapCache::buildOrLoad(const Corpus &corpus, const QString &cacheFolder,
                                                      const MapPipeline::Progress &report, const std::atomic<bool> *cancel)
{
    const MapPipeline::Options options;
    if (cacheFolder.isEmpty())
        return MapPipeline::build(corpus, options, report, cancel);
    QElapsedTimer timer;
    timer.start();
    const MapCache cache(cacheFolder);
    const quint64 key = MapCache::keyOf(corpus, options);
    if (auto map = cache.load(key, corpus.size())) {
        map->timings = {{QStringLiteral("cache"), double(timer.nsecsElapsed()) / 1e6}};
        return map;
    }
    auto map = MapPipeline::build(corpus, options, report, cancel);
    if (map && !map->isEmpty())
        cache.save(key, *map);
    return map;
}
