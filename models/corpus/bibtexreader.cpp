#include "corpus/bibtexreader.h"

#include "corpus/bibtexnames.h"
#include "corpus/recordsink.h"
#include "text/texdecoder.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("BibtexReader", text);
}

const char *const kMonths[] = {"january", "february", "march",     "april",   "may",      "june",
                               "july",    "august",   "september", "october", "november", "december"};

struct Failure
{
    qsizetype pos;
    QString message;
};

// One pass over the text: entries become fields, @string macros are remembered, a broken entry
// becomes a Failure and the scan resumes at the next line that starts with @.
class Scanner
{
public:
    // The month macros are built once and shared until a file defines its own (@string).
    Scanner(const QString &text, RecordSink &sink) : m_s(text), m_sink(sink), m_macros(monthMacros()) { }
    void run(const CorpusParser::Options &options);

private:
    using Entry = QHash<QString, QString>;
    static const QHash<QString, QString> &monthMacros()
    {
        static const QHash<QString, QString> months = [] {
            QHash<QString, QString> m;
            for (const char *month : kMonths)
                m.insert(QString::fromLatin1(month).left(3), QString::fromLatin1(month));
            return m;
        }();
        return months;
    }
    QChar at(qsizetype i) const { return i < m_s.size() ? m_s[i] : QChar(); }
    int lineAt(qsizetype pos);
    void skipSpace();
    QString identifier();
    void entry(const QString &type, QChar close, int line);
    bool fields(QChar close, Entry *out, Failure *failure);
    bool value(QString *out, Failure *failure);
    bool delimited(QChar close, QString *out, Failure *failure);
    qsizetype nextEntryStart(qsizetype from) const;
    bool startsEntry(qsizetype pos) const;
    void emitEntry(const Entry &e, int line);

    const QString &m_s;
    RecordSink &m_sink;
    QHash<QString, QString> m_macros;
    qsizetype m_pos = 0;
    qsizetype m_linePos = 0;
    int m_line = 1;
};

int Scanner::lineAt(qsizetype pos)
{
    if (pos < m_linePos) { // only when a failure rewinds; count from the start
        m_linePos = 0;
        m_line = 1;
    }
    m_line += int(QStringView(m_s).sliced(m_linePos, pos - m_linePos).count(u'\n'));
    m_linePos = pos;
    return m_line;
}

void Scanner::skipSpace()
{
    while (m_pos < m_s.size() && m_s[m_pos].isSpace())
        ++m_pos;
}

QString Scanner::identifier()
{
    const qsizetype begin = m_pos;
    while (m_pos < m_s.size()) {
        const QChar c = m_s[m_pos];
        if (!c.isLetterOrNumber() && c != u'_' && c != u'-' && c != u':' && c != u'.' && c != u'+' && c != u'/')
            break;
        ++m_pos;
    }
    return m_s.sliced(begin, m_pos - begin).toLower();
}

// The line after `from` that starts an entry. A regular expression did this, but each match
// checked the whole text for valid UTF-16 first, so a file of many broken entries was quadratic
// (150,000 lines of "@a{x,": 14 s).
qsizetype Scanner::nextEntryStart(qsizetype from) const
{
    for (qsizetype nl = m_s.indexOf(u'\n', from); nl >= 0; nl = m_s.indexOf(u'\n', nl + 1)) {
        if (startsEntry(nl + 1))
            return nl + 1;
    }
    return m_s.size();
}

// True when the line at pos reads "@type{" (or "@type(") after optional blanks.
bool Scanner::startsEntry(qsizetype pos) const
{
    while (at(pos) == u' ' || at(pos) == u'\t')
        ++pos;
    if (at(pos) != u'@')
        return false;
    const qsizetype letters = ++pos;
    while (at(pos).isLetter() && at(pos).unicode() < 128)
        ++pos;
    if (pos == letters)
        return false;
    while (at(pos) == u' ' || at(pos) == u'\t')
        ++pos;
    return at(pos) == u'{' || at(pos) == u'(';
}

void Scanner::run(const CorpusParser::Options &options)
{
    int entries = 0;
    while ((m_pos = m_s.indexOf(u'@', m_pos)) >= 0) {
        if ((++entries & 1023) == 0 && RecordSink::isCancelled(options))
            return;
        const int line = lineAt(m_pos);
        ++m_pos;
        const QString type = identifier();
        skipSpace();
        const QChar open = at(m_pos);
        if (type.isEmpty() || (open != u'{' && open != u'('))
            continue; // an @ in free text between entries
        ++m_pos;
        entry(type, open == u'{' ? u'}' : u')', line);
    }
}

void Scanner::entry(const QString &type, QChar close, int line)
{
    Failure failure;
    QString ignored;
    if (type == u"comment" || type == u"preamble") {
        if (!delimited(close, &ignored, &failure)) {
            m_sink.warn(line, tr("@%1 is not closed; reading goes on at the next entry.").arg(type));
            m_pos = failure.pos;
        }
        return;
    }
    Entry e;
    if (type != u"string") {
        skipSpace();
        // The key ends at the first comma or the entry at its close, whichever comes first. Two
        // searches to the end of the text (for a comma and for the close) made a file of entries
        // without fields quadratic: 1.2 MB of "@a{x}" took 8 s.
        qsizetype end = m_pos;
        while (end < m_s.size() && m_s[end] != u',' && m_s[end] != close)
            ++end;
        if (end == m_s.size() || m_s[end] == close) { // no fields at all
            m_pos = end == m_s.size() ? end : end + 1;
            return;
        }
        m_pos = end + 1;
    }
    if (!fields(close, &e, &failure)) {
        m_sink.warn(lineAt(failure.pos), tr("%1 (in the @%2 entry on line %3); skipped to the next entry.")
                                             .arg(failure.message, type).arg(line));
        m_pos = nextEntryStart(failure.pos);
        return;
    }
    if (type == u"string") {
        for (auto it = e.cbegin(); it != e.cend(); ++it)
            m_macros.insert(it.key(), it.value());
    } else {
        emitEntry(e, line);
    }
}

bool Scanner::fields(QChar close, Entry *out, Failure *failure)
{
    for (;;) {
        skipSpace();
        while (at(m_pos) == u',') {
            ++m_pos;
            skipSpace();
        }
        if (m_pos >= m_s.size()) {
            *failure = {m_s.size(), tr("the file ends inside an entry")};
            return false;
        }
        if (at(m_pos) == close) {
            ++m_pos;
            return true;
        }
        const qsizetype namePos = m_pos;
        const QString name = identifier();
        skipSpace();
        if (name.isEmpty() || at(m_pos) != u'=') {
            *failure = {namePos, tr("expected “name = value”")};
            return false;
        }
        ++m_pos;
        QString v;
        if (!value(&v, failure))
            return false;
        out->insert(name, v);
    }
}

bool Scanner::value(QString *out, Failure *failure)
{
    for (;;) {
        skipSpace();
        const QChar c = at(m_pos);
        QString part;
        if (c == u'{' || c == u'"') {
            ++m_pos;
            if (!delimited(c == u'{' ? u'}' : u'"', &part, failure))
                return false;
        } else if (c.isLetterOrNumber()) {
            const QString word = identifier();
            const bool number = word.front().isDigit();
            if (!number && !m_macros.contains(word))
                m_sink.warn(lineAt(m_pos), tr("unknown @string macro “%1”; left empty.").arg(word));
            part = number ? word : m_macros.value(word);
        } else {
            *failure = {m_pos, tr("expected a value in braces, quotes, a number or a macro")};
            return false;
        }
        *out += part;
        skipSpace();
        if (at(m_pos) != u'#')
            return true;
        ++m_pos;
    }
}

// Up to `close` at brace depth 0. A line that starts a new @entry while braces are still open means
// this entry's braces do not balance: that is a failure at that line.
bool Scanner::delimited(QChar close, QString *out, Failure *failure)
{
    const qsizetype begin = m_pos;
    int depth = 0;
    for (; m_pos < m_s.size(); ++m_pos) {
        const QChar c = m_s[m_pos];
        if (c == u'\\') {
            ++m_pos; // an escaped brace or quote does not count
        } else if (c == u'{') {
            if (++depth > BibtexReader::kMaxDepth) {
                *failure = {m_pos, tr("braces nest deeper than %1").arg(BibtexReader::kMaxDepth)};
                return false;
            }
        } else if (c == close && depth == 0) {
            *out = m_s.sliced(begin, m_pos - begin);
            ++m_pos;
            return true;
        } else if (c == u'}') {
            --depth;
        } else if (c == u'\n' && startsEntry(m_pos + 1)) {
            *failure = {m_pos, tr("unbalanced braces")};
            return false;
        }
    }
    *failure = {m_s.size(), tr("the file ends inside a value (unbalanced braces or quotes)")};
    return false;
}

// Braces and the escapes of identifiers (DOIs, URLs, eprints) go; nothing else is TeX there.
QString plainField(const QString &v)
{
    QString out = v;
    out.remove(u'{').remove(u'}');
    out.replace(QLatin1String("\\_"), QLatin1String("_")).replace(QLatin1String("\\%"), QLatin1String("%"))
        .replace(QLatin1String("\\&"), QLatin1String("&")).replace(QLatin1String("\\#"), QLatin1String("#"));
    return out.trimmed();
}

int monthNumber(const QString &v)
{
    bool ok = false;
    const int n = v.trimmed().toInt(&ok);
    if (ok)
        return n;
    const QString word = v.trimmed().toLower();
    for (int m = 0; m < 12 && word.size() >= 3; ++m) {
        if (QString::fromLatin1(kMonths[m]).startsWith(word.left(3)))
            return m + 1;
    }
    return 0;
}

void Scanner::emitEntry(const Entry &e, int line)
{
    CorpusBuilder::Fields f;
    f.line = line;
    f.title = TexDecoder::decode(e.value(QStringLiteral("title")));
    f.authors = BibtexNames::authors(e.value(QStringLiteral("author")));
    f.abstract = TexDecoder::decode(e.value(QStringLiteral("abstract")));
    static const QRegularExpression year(QStringLiteral("\\d{4}"));
    f.year = year.match(e.value(QStringLiteral("year"), e.value(QStringLiteral("date")))).captured().toInt();
    f.month = monthNumber(e.value(QStringLiteral("month")));
    for (const char *key : {"journal", "journaltitle", "booktitle"}) {
        if (f.venue.isEmpty())
            f.venue = TexDecoder::decode(e.value(QString::fromLatin1(key)));
    }
    f.doi = plainField(e.value(QStringLiteral("doi")));
    f.url = plainField(e.value(QStringLiteral("url")));
    const QString archive = e.value(QStringLiteral("archiveprefix"), e.value(QStringLiteral("eprinttype")));
    if (archive.compare(QLatin1String("arxiv"), Qt::CaseInsensitive) == 0)
        f.arxiv = plainField(e.value(QStringLiteral("eprint")));
    static const QRegularExpression separators(QStringLiteral("[,;]"));
    for (const QString &k : TexDecoder::decode(e.value(QStringLiteral("keywords"))).split(separators, Qt::SkipEmptyParts))
        f.keywords.append(k.trimmed());
    f.keywords.removeAll(QString());
    m_sink.add(f);
}

} // namespace

CorpusParser::Result BibtexReader::read(const QByteArray &data, const QString &name, const CorpusParser::Options &options)
{
    RecordSink sink(name);
    const QString text = QString::fromUtf8(data.startsWith("\xEF\xBB\xBF") ? data.sliced(3) : data);
    Scanner(text, sink).run(options);
    if (RecordSink::isCancelled(options))
        return RecordSink::cancelled();
    return sink.finish(QStringLiteral("BibTeX"));
}
