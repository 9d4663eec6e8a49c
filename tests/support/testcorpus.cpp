#include "support/testcorpus.h"

#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace TestCorpus {

QByteArray generate(const QByteArray &shipped, int records, quint32 seed)
{
    QStringList authors = {QStringLiteral("Bernhard Schölkopf"), QStringLiteral("Łukasz Kaiser"),
                           QStringLiteral("Søren Hauberg"), QStringLiteral("Jürgen Schmidhuber"),
                           QStringLiteral("José Miguel Hernández-Lobato"), QStringLiteral("Çağlar Gülçehre"),
                           QStringLiteral("Weiß Straße"), QStringLiteral("Zoë Kravitz-Ng")};
    QStringList sentences;
    const QList<QByteArray> lines = shipped.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines[i]).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1String("tl;dr:")))
            continue;
        const bool authorLine = i + 1 < lines.size() && (lines[i + 1].startsWith("tl;dr:") || line.size() < 300)
            && line.count(QLatin1Char(',')) >= 1 && !line.contains(QLatin1Char('.'));
        if (authorLine) {
            for (const QString &a : line.split(QLatin1Char(',')))
                authors << a.trimmed();
        } else {
            for (const QString &s : line.split(QStringLiteral(". "), Qt::SkipEmptyParts))
                sentences << s.trimmed() + QLatin1Char('.');
        }
    }
    QRandomGenerator rng(seed);
    auto skewed = [&rng](qsizetype n) { // squares favour the start of the list
        const double u = rng.generateDouble();
        return qsizetype(u * u * double(n)) % n;
    };
    QByteArray out;
    for (int r = 0; r < records; ++r) {
        QStringList names;
        const int count = 1 + int(rng.bounded(6));
        for (int k = 0; k < count; ++k)
            names << authors[skewed(authors.size())];
        out += names.join(QStringLiteral(", ")).toUtf8() + '\n';
        if (rng.bounded(10) != 0)
            out += "tl;dr: " + sentences[rng.bounded(int(sentences.size()))].toUtf8() + '\n';
        QStringList abstract;
        const int n = 3 + int(rng.bounded(6));
        for (int k = 0; k < n; ++k)
            abstract << sentences[rng.bounded(int(sentences.size()))];
        out += abstract.join(QLatin1Char(' ')).toUtf8() + "\n\n";
    }
    return out;
}

} // namespace TestCorpus
