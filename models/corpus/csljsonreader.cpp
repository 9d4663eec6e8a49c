#include "corpus/csljsonreader.h"

#include "corpus/jsonrecords.h"
#include "corpus/recordsink.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <optional>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CslJsonReader", text);
}

// A number or a numeric string.
int number(const QJsonValue &v)
{
    return v.isDouble() ? v.toInt() : v.toString().trimmed().toInt();
}

// Strings, or the first of an array of strings (some tools write container-title as a list).
QString text(const QJsonValue &v)
{
    if (v.isArray())
        return v.toArray().first().toString();
    return v.isDouble() ? QString::number(v.toDouble()) : v.toString();
}

QString displayName(const QJsonObject &name)
{
    if (const QString literal = name.value(QLatin1String("literal")).toString(); !literal.isEmpty())
        return literal;
    const QStringList parts = {name.value(QLatin1String("given")).toString(),
                               name.value(QLatin1String("dropping-particle")).toString(),
                               name.value(QLatin1String("non-dropping-particle")).toString(),
                               name.value(QLatin1String("family")).toString(),
                               name.value(QLatin1String("suffix")).toString()};
    return parts.join(QLatin1Char(' ')).simplified();
}

CorpusBuilder::Fields fields(const QJsonObject &item)
{
    CorpusBuilder::Fields f;
    f.title = text(item.value(QLatin1String("title")));
    f.abstract = text(item.value(QLatin1String("abstract")));
    for (const QJsonValue &author : item.value(QLatin1String("author")).toArray()) {
        const QString name = displayName(author.toObject());
        if (!name.isEmpty())
            f.authors.append(name);
    }
    CslJsonReader::parseDate(item.value(QLatin1String("issued")), &f.year, &f.month, &f.day);
    f.venue = text(item.value(QLatin1String("container-title")));
    f.doi = text(item.value(QLatin1String("DOI")));
    f.url = text(item.value(QLatin1String("URL")));
    static const QRegularExpression separators(QStringLiteral("[,;]"));
    for (const QString &k : text(item.value(QLatin1String("keyword"))).split(separators, Qt::SkipEmptyParts)) {
        if (!k.trimmed().isEmpty())
            f.keywords.append(k.trimmed());
    }
    const QString number = text(item.value(QLatin1String("number")));
    static const QRegularExpression arxivId(QStringLiteral("^(?:arXiv:)?(\\d{4}\\.\\d{4,5}(?:v\\d+)?)$"));
    if (const auto m = arxivId.match(number); m.hasMatch()) // Zotero's preprints from arXiv
        f.arxiv = m.captured(1);
    return f;
}

} // namespace

void CslJsonReader::parseDate(const QJsonValue &issued, int *year, int *month, int *day)
{
    const QJsonObject o = issued.toObject();
    const QJsonArray first = o.value(QLatin1String("date-parts")).toArray().first().toArray();
    *year = number(first.at(0));
    *month = first.size() > 1 ? number(first.at(1)) : 0;
    *day = first.size() > 2 ? number(first.at(2)) : 0;
    if (*year == 0) {
        static const QRegularExpression raw(QStringLiteral("(\\d{4})(?:-(\\d{1,2}))?(?:-(\\d{1,2}))?"));
        const auto m = raw.match(o.value(QLatin1String("raw")).toString());
        *year = m.captured(1).toInt();
        *month = m.captured(2).toInt();
        *day = m.captured(3).toInt();
    }
}

CorpusParser::Result CslJsonReader::read(const QByteArray &data, const QString &name, const CorpusParser::Options &)
{
    std::optional<RecordSink> sink(std::in_place, name);
    const auto each = [&](const QJsonValue &item, int line, qsizetype i) {
        if (!item.isObject()) {
            sink->warnRecord(line, i + 1, tr("not an object; skipped."));
            return;
        }
        CorpusBuilder::Fields f = fields(item.toObject());
        f.line = line;
        if (f.title.trimmed().isEmpty() && f.abstract.trimmed().isEmpty())
            sink->warnRecord(f.line, i + 1, tr("an item with neither a title nor an abstract; dropped."));
        else
            sink->add(f);
    };
    const QString error = JsonRecords::forEach(data, QString(), each, [&] { sink.emplace(name); });
    if (!error.isEmpty()) {
        CorpusParser::Result refused;
        refused.error = tr("Cannot read this CSL-JSON file: %1").arg(error);
        return refused;
    }
    return sink->finish(QStringLiteral("CSL-JSON"));
}
