#include "corpus/openreviewreader.h"

#include "corpus/jsonrecords.h"
#include "corpus/recordsink.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

#include <optional>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("OpenReviewReader", text);
}

// API v2 wraps every content value as {"value": …}; v1 has the value itself.
QJsonValue unwrap(const QJsonValue &v)
{
    return v.isObject() && v.toObject().contains(QLatin1String("value")) ? v.toObject().value(QLatin1String("value")) : v;
}

QString text(const QJsonObject &content, const char *key)
{
    return unwrap(content.value(QLatin1String(key))).toString();
}

QStringList list(const QJsonObject &content, const char *key)
{
    const QJsonValue v = unwrap(content.value(QLatin1String(key)));
    if (v.isString()) // some venues typed keywords as one comma-separated string
        return v.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    QStringList out;
    for (const QJsonValue &item : v.toArray())
        out.append(item.toString());
    return out;
}

CorpusBuilder::Fields fields(const QJsonObject &note)
{
    const QJsonObject content = note.value(QLatin1String("content")).toObject();
    CorpusBuilder::Fields f;
    f.title = text(content, "title");
    f.abstract = text(content, "abstract");
    f.authors = list(content, "authors");
    f.keywords = list(content, "keywords");
    for (QString &k : f.keywords)
        k = k.trimmed();
    f.venue = text(content, "venue");
    for (const char *key : {"TL;DR", "TLDR", "one-sentence_summary", "tldr", "TL;DR:"}) {
        if (f.tldr.isEmpty())
            f.tldr = text(content, key);
    }
    for (const char *key : {"pdate", "odate", "cdate", "tcdate"}) {
        const double ms = note.value(QLatin1String(key)).toDouble();
        if (ms > 0 && ms < 32503680000000.0) { // before the year 3000
            const QDate d = QDateTime::fromMSecsSinceEpoch(qint64(ms), QTimeZone::utc()).date();
            f.year = d.year();
            f.month = d.month();
            f.day = d.day();
            break;
        }
    }
    const QString forum = note.value(QLatin1String("forum")).toString(note.value(QLatin1String("id")).toString());
    if (!forum.isEmpty())
        f.url = QStringLiteral("https://openreview.net/forum?id=") + forum;
    return f;
}

} // namespace

CorpusParser::Result OpenReviewReader::read(const QByteArray &data, const QString &name, const CorpusParser::Options &)
{
    std::optional<RecordSink> sink(std::in_place, name);
    const auto each = [&](const QJsonValue &item, int line, qsizetype i) {
        const QJsonObject note = item.toObject();
        if (!note.value(QLatin1String("content")).isObject()) {
            sink->warnRecord(line, i + 1, tr("a note without a “content” object; skipped."));
            return;
        }
        CorpusBuilder::Fields f = fields(note);
        f.line = line;
        if (f.title.trimmed().isEmpty() && f.abstract.trimmed().isEmpty())
            sink->warnRecord(f.line, i + 1, tr("a note with neither a title nor an abstract; dropped."));
        else
            sink->add(f);
    };
    const QString error = JsonRecords::forEach(data, QStringLiteral("notes"), each, [&] { sink.emplace(name); });
    if (!error.isEmpty()) {
        CorpusParser::Result refused;
        refused.error = tr("Cannot read these OpenReview notes: %1").arg(error);
        return refused;
    }
    return sink->finish(QStringLiteral("OpenReview"));
}
