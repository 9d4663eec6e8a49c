#include "corpus/corpusformatter.h"

#include "text/controlescape.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace CorpusFormatter {

namespace {
// TSV fields cannot hold tabs or line breaks (a tab is a space there, as it reads); no field may
// carry another control character to the terminal.
QString tsvField(QString s)
{
    s.replace(QLatin1Char('\t'), QLatin1Char(' '));
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    s.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return ControlEscape::escaped(s);
}
} // namespace

bool parseFormat(const QString &name, Format *format)
{
    static const QHash<QString, Format> formats = {
        {QStringLiteral("text"), Format::Text}, {QStringLiteral("json"), Format::Json},
        {QStringLiteral("tsv"), Format::Tsv},   {QStringLiteral("ids"), Format::Ids},
        {QStringLiteral("count"), Format::Count},
    };
    const auto it = formats.constFind(name.toLower());
    if (it == formats.cend())
        return false;
    *format = *it;
    return true;
}

namespace {
QJsonValue stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}
} // namespace

QJsonObject paperObject(const Corpus &corpus, qsizetype row)
{
    const int year = corpus.year(row);
    return QJsonObject{
        {QStringLiteral("index"), qint64(row)},
        {QStringLiteral("line"), corpus.sourceLine(row)},
        {QStringLiteral("id"), corpus.id(row)},
        {QStringLiteral("authors"), QJsonArray::fromStringList(corpus.authors(row))},
        {QStringLiteral("tldr"), corpus.hasTldr(row) ? QJsonValue(corpus.tldr(row)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("abstract"), corpus.abstract(row)},
        {QStringLiteral("truncated"), corpus.isTruncated(row)},
        {QStringLiteral("headline"), corpus.headline(row)},
        {QStringLiteral("title"), stringOrNull(corpus.title(row))},
        {QStringLiteral("year"), year > 0 ? QJsonValue(year) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("venue"), stringOrNull(corpus.venue(row))},
        {QStringLiteral("categories"), QJsonArray::fromStringList(corpus.categories(row))},
        {QStringLiteral("keywords"), QJsonArray::fromStringList(corpus.keywords(row))},
        {QStringLiteral("doi"), stringOrNull(corpus.doi(row))},
        {QStringLiteral("url"), stringOrNull(corpus.url(row))},
        {QStringLiteral("arxiv"), stringOrNull(corpus.arxivId(row))},
    };
}

QByteArray format(const Corpus &corpus, const QList<qsizetype> &rows, Format format, const QList<double> &scores)
{
    const bool withScores = scores.size() == rows.size() && !scores.isEmpty();
    QByteArray out;
    switch (format) {
    case Format::Count:
        return QByteArray::number(rows.size()) + '\n';
    case Format::Json: {
        QJsonArray array;
        for (qsizetype k = 0; k < rows.size(); ++k) {
            QJsonObject o = paperObject(corpus, rows[k]);
            if (withScores)
                o.insert(QStringLiteral("score"), scores[k]);
            array.append(o);
        }
        return QJsonDocument(array).toJson(QJsonDocument::Indented);
    }
    case Format::Ids:
        for (qsizetype row : rows)
            out += corpus.id(row).toUtf8() + '\n';
        return out;
    case Format::Tsv:
        out += withScores ? "index\tline\tid\tauthors\ttldr\tabstract\ttruncated\ttitle\tyear\tscore\n"
                          : "index\tline\tid\tauthors\ttldr\tabstract\ttruncated\ttitle\tyear\n";
        for (qsizetype k = 0; k < rows.size(); ++k) {
            const qsizetype row = rows[k];
            QStringList fields = {QString::number(row), QString::number(corpus.sourceLine(row)), corpus.id(row),
                                  tsvField(corpus.authors(row).join(QStringLiteral(", "))),
                                  tsvField(corpus.tldr(row)), tsvField(corpus.abstract(row)),
                                  corpus.isTruncated(row) ? QStringLiteral("true") : QStringLiteral("false"),
                                  tsvField(corpus.title(row)),
                                  corpus.year(row) > 0 ? QString::number(corpus.year(row)) : QString()};
            if (withScores)
                fields.append(QString::number(scores[k], 'f', 4));
            out += fields.join(QLatin1Char('\t')).toUtf8() + '\n';
        }
        return out;
    case Format::Text:
        for (qsizetype k = 0; k < rows.size(); ++k) {
            const qsizetype row = rows[k];
            // The headline is the title where there is one; the year follows it in parentheses.
            const QString year = corpus.year(row) > 0 ? QStringLiteral(" (%1)").arg(corpus.year(row)) : QString();
            out += QStringLiteral("%1\t%2\t%3%4\n")
                       .arg(corpus.id(row), tsvField(corpus.authorLabel(row)), tsvField(corpus.headline(row)), year)
                       .toUtf8();
        }
        return out;
    }
    return out;
}

} // namespace CorpusFormatter
