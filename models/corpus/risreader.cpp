#include "corpus/risreader.h"

#include "corpus/recordsink.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RisReader", text);
}

// "AU  - value": two letters or a letter and a digit, two spaces, a dash. Some exports drop the
// space after the dash when the value is empty ("ER  -").
bool splitTag(QStringView line, QStringView *tag, QStringView *value)
{
    if (line.size() < 5 || !line[0].isUpper() || !(line[1].isUpper() || line[1].isDigit()) || line[2] != u' '
        || line[3] != u' ' || line[4] != u'-')
        return false;
    *tag = line.first(2);
    *value = line.sliced(5).trimmed();
    return true;
}

// "Last, First" → "First Last"; a name without a comma is kept as it is.
QString displayName(QStringView name)
{
    const qsizetype comma = name.indexOf(u',');
    if (comma < 0)
        return name.trimmed().toString();
    const QStringView rest = name.sliced(comma + 1).trimmed();
    const qsizetype second = rest.indexOf(u','); // "Last, First, Jr."
    const QStringView first = second < 0 ? rest : rest.first(second).trimmed();
    const QStringView suffix = second < 0 ? QStringView() : rest.sliced(second + 1).trimmed();
    return (first.toString() + u' ' + name.first(comma).trimmed().toString() + u' ' + suffix.toString()).simplified();
}

class Record
{
public:
    void start(int line)
    {
        *this = {};
        m_open = true;
        m_fields.line = line;
    }
    bool isOpen() const { return m_open; }
    void set(QStringView tag, const QString &value);
    void append(QStringView text)
    {
        if (m_last) {
            *m_last += u' ';
            *m_last += text;
        }
    }
    CorpusBuilder::Fields finish();

private:
    CorpusBuilder::Fields m_fields;
    QString m_titleT1, m_abstractN2, m_date, m_dateY1, m_venue[4];
    QString *m_last = nullptr; // the value a continuation line extends
    bool m_open = false;
};

void Record::set(QStringView tag, const QString &value)
{
    static const QStringView venueTags[] = {u"JF", u"JO", u"T2", u"JA"};
    m_last = nullptr;
    if (tag == u"TI") m_last = &m_fields.title;
    else if (tag == u"T1") m_last = &m_titleT1;
    else if (tag == u"AB") m_last = &m_fields.abstract;
    else if (tag == u"N2") m_last = &m_abstractN2;
    else if (tag == u"PY") m_last = &m_date;
    else if (tag == u"Y1") m_last = &m_dateY1;
    else if (tag == u"DO") m_last = &m_fields.doi;
    else if (tag == u"UR") m_last = &m_fields.url;
    for (int i = 0; i < 4; ++i) {
        if (tag == venueTags[i])
            m_last = &m_venue[i];
    }
    if (tag == u"AU" || tag == u"A1") {
        m_fields.authors.append(value);
        m_last = &m_fields.authors.last();
    } else if (tag == u"KW") {
        m_fields.keywords.append(value);
        m_last = &m_fields.keywords.last();
    } else if (m_last) {
        if (!m_last->isEmpty() && (m_last == &m_fields.url || m_last == &m_fields.doi))
            return; // the first of several links
        // In place: a new string per repeated tag made a record of many TI lines quadratic
        // (80,000 lines, 1.2 MB: 7.4 s).
        if (m_last->isEmpty()) {
            *m_last = value;
        } else {
            *m_last += u' ';
            *m_last += value;
        }
    }
}

CorpusBuilder::Fields Record::finish()
{
    m_open = false;
    CorpusBuilder::Fields f = std::move(m_fields);
    if (f.title.isEmpty())
        f.title = m_titleT1;
    if (f.abstract.isEmpty())
        f.abstract = m_abstractN2;
    for (QString &name : f.authors)
        name = displayName(name);
    for (const QString &venue : m_venue) {
        if (f.venue.isEmpty())
            f.venue = venue;
    }
    RisReader::parseDate(m_date.isEmpty() ? m_dateY1 : m_date, &f.year, &f.month, &f.day);
    return f;
}

} // namespace

void RisReader::parseDate(QStringView value, int *year, int *month, int *day)
{
    const QList<QStringView> parts = value.split(u'/');
    int *out[] = {year, month, day};
    for (qsizetype i = 0; i < 3; ++i) {
        bool ok = false;
        const int n = i < parts.size() ? parts[i].trimmed().left(i == 0 ? 4 : 2).toInt(&ok) : 0;
        *out[i] = ok ? n : 0;
    }
}

CorpusParser::Result RisReader::read(const QByteArray &data, const QString &name, const CorpusParser::Options &options)
{
    RecordSink sink(name);
    // Line by line, each decoded on its own (a newline is never inside a UTF-8 sequence, so this is
    // the text of decoding the whole file, without holding all of it as UTF-16: 2x the file).
    const QByteArrayView bytes = data.startsWith("\xEF\xBB\xBF") ? QByteArrayView(data).sliced(3) : QByteArrayView(data);
    Record record;
    int number = 0;
    for (qsizetype from = 0; from <= bytes.size();) {
        qsizetype end = bytes.indexOf('\n', from);
        if (end < 0)
            end = bytes.size();
        const QString decoded = QString::fromUtf8(bytes.sliced(from, end - from));
        from = end + 1;
        QStringView line = decoded;
        ++number;
        if ((number & 0xFFFF) == 0 && RecordSink::isCancelled(options))
            break;
        if (line.endsWith(u'\r'))
            line.chop(1);
        QStringView tag, value;
        if (!splitTag(line, &tag, &value)) {
            if (record.isOpen() && !line.trimmed().isEmpty())
                record.append(line.trimmed()); // a wrapped value
            continue;
        }
        if (tag == u"TY") {
            if (record.isOpen()) {
                sink.warn(number, tr("a new record starts before the last one ended with ER; both are kept."));
                sink.add(record.finish());
            }
            record.start(number);
        } else if (!record.isOpen()) {
            sink.warn(number, tr("the tag %1 is outside a record (records start with TY); ignored.").arg(tag));
        } else if (tag == u"ER") {
            sink.add(record.finish());
        } else {
            record.set(tag, value.toString());
        }
    }
    if (record.isOpen()) {
        sink.warn(number, tr("the file ends inside a record (no ER); it is kept."));
        sink.add(record.finish());
    }
    if (RecordSink::isCancelled(options))
        return RecordSink::cancelled();
    return sink.finish(QStringLiteral("RIS"));
}
