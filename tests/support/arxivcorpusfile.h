#pragma once

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QTemporaryDir>

// A small arXiv-shaped JSON Lines corpus for window tests of the metadata facets: 60 papers, years
// 2015..2022, five category sets, titles "Paper N on topic N%7"; paper i is by authors[i % n]
// (family name, given name). Returns the file's path, empty when it cannot be written.
namespace ArxivCorpusFile {

inline const char *const kCategories[] = {"cs.LG", "cs.CV stat.ML", "math.OC", "cs.CL cs.LG", "q-bio.NC"};

inline QString write(const QTemporaryDir &dir, const QList<QPair<QString, QString>> &authors = {{"Lee", "Ann"}})
{
    const QString path = dir.filePath(QStringLiteral("arxiv.jsonl"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    for (int i = 0; i < 60; ++i) {
        const int year = 2015 + i % 8;
        const auto &[family, given] = authors[i % authors.size()];
        const QString parsed = QStringLiteral("[[\"%1\",\"%2\",\"\"]]").arg(family, given);
        QJsonObject o{{"id", QStringLiteral("%1.%2").arg(year % 100 * 100 + 1).arg(i, 5, 10, QLatin1Char('0'))},
                      {"title", QStringLiteral("Paper %1 on topic %2").arg(i).arg(i % 7)},
                      {"abstract", QStringLiteral("We study problem %1 with method %2.").arg(i).arg(i % 5)},
                      {"categories", QString::fromLatin1(kCategories[i % 5])},
                      {"authors", QStringLiteral("%1 %2").arg(given, family)},
                      {"authors_parsed", QJsonDocument::fromJson(parsed.toUtf8()).array()},
                      {"versions", QJsonDocument::fromJson(QStringLiteral("[{\"version\":\"v1\",\"created\":\"Mon, 2 Apr %1 18:09:58 GMT\"}]")
                                                               .arg(year).toUtf8()).array()}};
        f.write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
    }
    return path;
}

} // namespace ArxivCorpusFile
