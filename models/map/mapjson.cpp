#include "map/mapjson.h"

#include "corpus/corpus.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QByteArray MapJson::toJson(const Corpus &corpus, const PaperMap &map)
{
    const int level = map.overviewLevel();
    QJsonArray papers;
    for (qsizetype i = 0; i < map.size(); ++i) {
        const int cluster = level >= 0 ? map.levels[size_t(level)].membership[size_t(i)] : PaperMap::kUnclustered;
        papers.append(QJsonObject{{QStringLiteral("id"), corpus.id(i)},
                                  {QStringLiteral("x"), double(map.x[size_t(i)])},
                                  {QStringLiteral("y"), double(map.y[size_t(i)])},
                                  {QStringLiteral("cluster"), cluster}});
    }
    QJsonArray clusters;
    if (level >= 0) {
        const auto &list = map.levels[size_t(level)].clusters;
        for (size_t c = 0; c < list.size(); ++c)
            clusters.append(QJsonObject{{QStringLiteral("id"), int(c)},
                                        {QStringLiteral("label"), list[c].label},
                                        {QStringLiteral("size"), list[c].size},
                                        {QStringLiteral("x"), double(list[c].x)},
                                        {QStringLiteral("y"), double(list[c].y)}});
    }
    QJsonObject root{{QStringLiteral("papers"), papers}, {QStringLiteral("clusters"), clusters}};
    if (map.isEmpty())
        root.insert(QStringLiteral("empty"), map.emptyReason);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}
