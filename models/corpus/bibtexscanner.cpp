#include "corpus/bibtexscanner.h"

#include "corpus/bibtexreader.h"

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace {

bool isAsciiIdentifier(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == ':'
        || c == '.' || c == '+' || c == '/';
}

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

BibtexScanner::Field fieldOf(QByteArrayView name)
{
    static const char *const names[] = {"title", "author", "abstract", "year", "date", "month", "journal", "journaltitle",
                                        "booktitle", "doi", "url", "archiveprefix", "eprinttype", "eprint", "keywords"};
    for (int f = 0; f < BibtexScanner::FieldCount; ++f) {
        if (name == names[f])
            return BibtexScanner::Field(f);
    }
    return BibtexScanner::FieldCount;
}

} // namespace

// The code point at i (valid UTF-8) and its length in bytes. A 4-byte character is two UTF-16
// surrogates to the whole-file scanner, neither a letter nor a space: it comes back as 0.
int BibtexScanner::charAt(qsizetype i, char32_t *cp) const
{
    const auto b = quint8(at(i));
    if (b < 0x80) {
        *cp = b;
        return 1;
    }
    const int len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
    char32_t c = b & (0x7F >> len);
    for (int k = 1; k < len; ++k)
        c = (c << 6) | (quint8(at(i + k)) & 0x3F);
    *cp = len == 4 ? 0 : c;
    return len;
}

bool BibtexScanner::isSpaceAt(qsizetype i, int *len) const
{
    char32_t cp;
    *len = charAt(i, &cp);
    return cp != 0 && QChar::isSpace(cp);
}

bool BibtexScanner::isLetterOrNumberAt(qsizetype i, int *len) const
{
    char32_t cp;
    *len = charAt(i, &cp);
    return cp != 0 && QChar::isLetterOrNumber(cp);
}

void BibtexScanner::skipSpace()
{
    int len;
    while ((m_pos < m_s.size() || !m_atEnd) && isSpaceAt(m_pos, &len))
        m_pos += len;
}

// The identifier at m_pos, lower-cased as QString::toLower() does.
QByteArray BibtexScanner::identifier()
{
    const qsizetype begin = m_pos;
    bool ascii = true, upper = false;
    int len;
    while (m_pos < m_s.size() || !m_atEnd) {
        const char c = at(m_pos);
        if (quint8(c) < 0x80) {
            if (!isAsciiIdentifier(c))
                break;
            upper = upper || (c >= 'A' && c <= 'Z');
            ++m_pos;
        } else if (isLetterOrNumberAt(m_pos, &len)) {
            ascii = false;
            m_pos += len;
        } else {
            break;
        }
    }
    const QByteArrayView word = m_s.sliced(begin, m_pos - begin);
    if (!ascii)
        return QString::fromUtf8(word).toLower().toUtf8();
    if (upper)
        return word.toByteArray().toLower();
    return QByteArray::fromRawData(word.data(), word.size());
}

bool BibtexScanner::startsEntry(qsizetype pos) const
{
    while (at(pos) == ' ' || at(pos) == '\t')
        ++pos;
    if (at(pos) != '@')
        return false;
    const qsizetype letters = ++pos;
    while (isAsciiLetter(at(pos)))
        ++pos;
    if (pos == letters)
        return false;
    while (at(pos) == ' ' || at(pos) == '\t')
        ++pos;
    return at(pos) == '{' || at(pos) == '(';
}

qsizetype BibtexScanner::nextEntryLine(qsizetype from) const
{
    for (qsizetype nl = m_s.indexOf('\n', from); nl >= 0; nl = m_s.indexOf('\n', nl + 1)) {
        if (startsEntry(nl + 1))
            return nl + 1;
    }
    if (!m_atEnd)
        throw NeedMore();
    return -1;
}

BibtexScanner::Result BibtexScanner::scan(qsizetype from, qsizetype until)
{
    Result out;
    m_pos = from;
    for (;;) {
        out.stop = m_pos;
        const qsizetype found = m_s.indexOf('@', m_pos);
        if (found < 0) {
            out.stop = m_s.size(); // nothing in the rest of the text can start an entry
            return out;
        }
        if (found >= until)
            return out;
        const size_t entries = out.entries.size(), parts = out.parts.size(), strings = out.strings.size();
        try {
            m_pos = found + 1;
            const QByteArray type = identifier();
            skipSpace();
            const char open = at(m_pos);
            if (type.isEmpty() || (open != '{' && open != '('))
                continue; // an @ in free text between entries
            ++m_pos;
            entry(type, open == '{' ? '}' : ')', found, out);
        } catch (const NeedMore &) {
            out.entries.resize(entries);
            out.parts.resize(parts);
            out.strings.resize(strings);
            out.stop = found;
            out.needMore = true;
            return out;
        }
    }
}

void BibtexScanner::entry(const QByteArray &type, char close, qsizetype at, Result &out)
{
    Failure failure;
    Entry e;
    e.at = at;
    e.partsBegin = int(out.parts.size());
    e.stringsBegin = int(out.strings.size());
    if (type == "comment" || type == "preamble") {
        qsizetype begin;
        if (!delimited(close, &begin, &failure)) {
            e.kind = Entry::Unclosed;
            e.type = QString::fromUtf8(type);
            e.partsEnd = e.partsBegin;
            out.entries.push_back(std::move(e));
            m_pos = failure.pos;
        }
        return;
    }
    const bool string = type == "string";
    if (!string) {
        skipSpace();
        // The key ends at the first comma, or the entry at its close before any comma: whichever
        // comes first (searching for the comma alone went to the end of the text for every entry
        // without fields, quadratic in a file of them).
        qsizetype keyEnd = m_pos;
        while (keyEnd < m_s.size() && m_s[keyEnd] != ',' && m_s[keyEnd] != close)
            ++keyEnd;
        if (keyEnd == m_s.size() && !m_atEnd)
            throw NeedMore();
        if (keyEnd == m_s.size() || m_s[keyEnd] == close) { // no fields at all
            m_pos = keyEnd == m_s.size() ? keyEnd : keyEnd + 1;
            return;
        }
        m_pos = keyEnd + 1;
    }
    const bool ok = fields(close, string, e, out, &failure);
    e.partsEnd = int(out.parts.size());
    e.stringsEnd = int(out.strings.size());
    if (!ok) {
        e.kind = Entry::Failed;
        e.failurePos = failure.pos;
        e.message = failure.message;
        e.type = QString::fromUtf8(type);
        const qsizetype next = nextEntryLine(failure.pos);
        m_pos = next < 0 ? m_s.size() : next;
    } else {
        e.kind = string ? Entry::String : Entry::Record;
    }
    out.entries.push_back(std::move(e));
}

bool BibtexScanner::fields(char close, bool string, Entry &e, Result &out, Failure *failure)
{
    for (;;) {
        skipSpace();
        while (at(m_pos) == ',') {
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
        const QByteArray name = identifier();
        skipSpace();
        if (name.isEmpty() || at(m_pos) != '=') {
            *failure = {namePos, tr("expected “name = value”")};
            return false;
        }
        ++m_pos;
        const Field field = string ? FieldCount : fieldOf(name);
        Range range;
        if (!value(out, &range, string || field != FieldCount, failure))
            return false;
        if (string)
            out.strings.emplace_back(name, range);
        else if (field != FieldCount)
            e.fields[field] = range;
    }
}

// Appends the value's parts; a value that is not kept (an unused field) keeps only its macros,
// whose "unknown macro" messages still count.
bool BibtexScanner::value(Result &out, Range *range, bool keep, Failure *failure)
{
    range->first = int(out.parts.size());
    for (;;) {
        skipSpace();
        const char c = at(m_pos);
        int len;
        if (c == '{' || c == '"') {
            ++m_pos;
            qsizetype begin;
            if (!delimited(c == '{' ? '}' : '"', &begin, failure))
                return false;
            if (keep)
                out.parts.push_back({QByteArray::fromRawData(m_s.data() + begin, m_pos - 1 - begin), begin, false, {}});
        } else if (isLetterOrNumberAt(m_pos, &len)) {
            QByteArray word = identifier();
            char32_t first;
            BibtexScanner(word, true).charAt(0, &first);
            const bool number = first != 0 && QChar::isDigit(first); // as QString::front().isDigit() decides
            if (!number)
                out.parts.push_back({std::move(word), m_pos, true, {}});
            else if (keep)
                out.parts.push_back({std::move(word), m_pos, false, {}});
        } else {
            *failure = {m_pos, tr("expected a value in braces, quotes, a number or a macro")};
            return false;
        }
        skipSpace();
        if (at(m_pos) != '#') {
            range->count = int(out.parts.size()) - range->first;
            return true;
        }
        ++m_pos;
    }
}

// Up to `close` at brace depth 0, leaving m_pos after it. A line that starts a new @entry while
// braces are still open means this entry's braces do not balance: that is a failure at that line.
bool BibtexScanner::delimited(char close, qsizetype *begin, Failure *failure)
{
    *begin = m_pos;
    int depth = 0;
    const char *d = m_s.data();
    const qsizetype n = m_s.size();
    for (; m_pos < n; ++m_pos) {
#if defined(__SSE2__)
        // Most of an abstract holds none of the five bytes that matter: skip them 16 at a time.
        while (m_pos + 16 <= n) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(d + m_pos));
            const __m128i hits = _mm_or_si128(
                _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\\')), _mm_cmpeq_epi8(v, _mm_set1_epi8('{'))),
                _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('}')), _mm_cmpeq_epi8(v, _mm_set1_epi8(close))),
                             _mm_cmpeq_epi8(v, _mm_set1_epi8('\n'))));
            const int mask = _mm_movemask_epi8(hits);
            if (mask != 0) {
                m_pos += __builtin_ctz(unsigned(mask));
                break;
            }
            m_pos += 16;
        }
        if (m_pos >= n)
            break;
#endif
        const char c = d[m_pos];
        if (c == '\\') {
            ++m_pos; // an escaped brace or quote does not count
        } else if (c == '{') {
            if (++depth > BibtexReader::kMaxDepth) {
                *failure = {m_pos, tr("braces nest deeper than %1").arg(BibtexReader::kMaxDepth)};
                return false;
            }
        } else if (c == close && depth == 0) {
            ++m_pos;
            return true;
        } else if (c == '}') {
            --depth;
        } else if (c == '\n' && startsEntry(m_pos + 1)) {
            *failure = {m_pos, tr("unbalanced braces")};
            return false;
        }
    }
    if (!m_atEnd)
        throw NeedMore();
    *failure = {m_s.size(), tr("the file ends inside a value (unbalanced braces or quotes)")};
    return false;
}
