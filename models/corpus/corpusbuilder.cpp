#include "corpus/corpusbuilder.h"

#include "corpus/authorinterner.h"
#include "corpus/corpusparser.h"
#include "text/contenthash.h"
#include "text/parallelchunks.h"

#include <cstring>
#include <unordered_map>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

void CorpusBuilder::warn(int line, const QString &message, int *counter)
{
    if (counter && ++*counter > CorpusParser::kMaxReportedLines)
        return;
    m_diags.append({line, Diagnostic::Warning, message});
}

Corpus::Span CorpusBuilder::span(const CorpusText::Line &l, qsizetype skip) const
{
    qsizetype pos = l.pos + skip;
    qsizetype len = l.len - skip;
    const char *d = m_corpus.m_text.constData();
    while (len > 0 && CorpusText::isBlank(d[pos])) {
        ++pos;
        --len;
    }
    return {pos, qint32(len)};
}

namespace {
Corpus::Span appendUtf8(QByteArray &out, QByteArrayView utf8);

Corpus::Span append(QByteArray &out, const QString &text)
{
    if (text.isEmpty())
        return {};
    return appendUtf8(out, text.toUtf8());
}

Corpus::Span appendList(QByteArray &out, const QStringList &items, char separator)
{
    QString joined;
    for (const QString &item : items) {
        const QString clean = item.simplified();
        if (clean.isEmpty())
            continue;
        if (!joined.isEmpty())
            joined += QLatin1Char(separator);
        joined += clean;
    }
    return append(out, joined);
}

bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

// The UTF-8 sequences of the non-ASCII characters QChar::isSpace() accepts.
bool isUnicodeSpaceAt(QByteArrayView s, qsizetype i)
{
    const auto at = [&](qsizetype k) { return k < s.size() ? quint8(s[k]) : 0; };
    const quint8 a = at(i), b = at(i + 1), c = at(i + 2);
    return (a == 0xC2 && (b == 0xA0 || b == 0x85)) || (a == 0xE1 && b == 0x9A && c == 0x80)
        || (a == 0xE2 && b == 0x80 && ((c >= 0x80 && c <= 0x8A) || c == 0xA8 || c == 0xA9 || c == 0xAF))
        || (a == 0xE2 && b == 0x81 && c == 0x9F) || (a == 0xE3 && b == 0x80 && c == 0x80);
}

#if defined(__SSE2__)
// The spaces of 16 bytes of printable ASCII at p as a bit mask, or -1 when a byte is a control
// character or not ASCII, or two spaces touch: what a simplification may copy as it is (abstracts
// are mostly such runs).
int plainRun16(const char *p)
{
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
    if (_mm_movemask_epi8(_mm_cmpgt_epi8(v, _mm_set1_epi8(0x1F))) != 0xFFFF) // controls and non-ASCII are < 0x20 signed
        return -1;
    const int spaces = _mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')));
    return (spaces & (spaces >> 1)) == 0 ? spaces : -1;
}
#endif

// QString::simplified() of UTF-8 text, appended in one pass (simplified_helper was a quarter of
// loading the arXiv snapshot); text with Unicode spaces takes Qt's way.
Corpus::Span appendSimplified(QByteArray &out, QByteArrayView utf8)
{
    const qsizetype begin = out.size();
    out.resize(begin + utf8.size() + 1); // never longer than the input and its newline
    char *const start = out.data() + begin;
    char *w = start;
    bool pendingSpace = false;
    const char *r = utf8.data();
    const qsizetype n = utf8.size();
    for (qsizetype i = 0; i < n;) {
#if defined(__SSE2__)
        // The written text never ends in a space: a space read is pending until a character follows.
        if (const int spaces = i + 16 <= n ? plainRun16(r + i) : -1;
            spaces >= 0 && !((spaces & 1) && (pendingSpace || w == start))) {
            if (pendingSpace)
                *w++ = ' ';
            std::memcpy(w, r + i, 16);
            pendingSpace = (spaces & 0x8000) != 0; // a last space waits like any other
            w += pendingSpace ? 15 : 16;
            i += 16;
            continue;
        }
#endif
        const char ch = r[i];
        if (quint8(ch) >= 0xC2 && isUnicodeSpaceAt(utf8, i)) {
            out.truncate(begin);
            return append(out, QString::fromUtf8(utf8).simplified());
        }
        ++i;
        if (isAsciiSpace(ch)) {
            pendingSpace = w != start;
            continue;
        }
        if (pendingSpace)
            *w++ = ' ';
        pendingSpace = false;
        *w++ = ch;
    }
    const qsizetype len = w - start;
    if (len == 0) {
        out.truncate(begin);
        return {};
    }
    *w = '\n';
    out.truncate(begin + len + 1);
    return {begin, qint32(std::min<qsizetype>(len, CorpusText::kLongLine))};
}

Corpus::Span appendSimplified(QByteArray &out, const QString &text)
{
    return appendSimplified(out, QByteArrayView(text.toUtf8()));
}

Corpus::Span appendUtf8(QByteArray &out, QByteArrayView utf8)
{
    const Corpus::Span s{out.size(), qint32(std::min<qsizetype>(utf8.size(), CorpusText::kLongLine))};
    out.append(utf8);
    out.append('\n');
    return s;
}

Corpus::Span appendTrimmed(QByteArray &out, QByteArrayView utf8, const QString &text)
{
    if (utf8.isEmpty())
        return append(out, text.trimmed());
    utf8 = utf8.trimmed();
    // QString::trimmed() also drops Unicode spaces: text that starts or ends outside ASCII goes its way.
    if (!utf8.isEmpty() && (quint8(utf8.front()) >= 0x80 || quint8(utf8.back()) >= 0x80))
        return append(out, QString::fromUtf8(utf8).trimmed());
    return utf8.isEmpty() ? Corpus::Span{} : appendUtf8(out, utf8);
}

void shift(Corpus::Span &s, qsizetype by)
{
    if (!s.isNull())
        s.pos += by;
}
} // namespace

CorpusBuilder::Prepared CorpusBuilder::prepare(const Fields &f)
{
    Prepared p;
    const Fields::Utf8 &u = f.utf8;
    QStringList names;
    names.reserve(f.authors.size());
    for (const QString &name : f.authors) {
        QString clean = name;
        clean.replace(QLatin1Char(','), QLatin1Char(' '));
        clean = clean.simplified();
        if (!clean.isEmpty())
            names.append(clean);
    }
    QByteArray &t = p.text;
    Corpus::Record &r = p.record;
    r.line = f.line;
    r.flags = f.flags;
    r.authors = u.authors.isEmpty() ? append(t, names.join(QLatin1String(", "))) : appendUtf8(t, u.authors);
    if (r.authors.isNull())
        r.flags |= Corpus::NoAuthors;
    r.tldr = appendSimplified(t, f.tldr);
    r.abstract = u.abstract.isEmpty() ? appendSimplified(t, f.abstract) : appendSimplified(t, u.abstract);
    if (r.abstract.isNull())
        r.abstract = {t.size(), qint32(0)}; // present but empty: the paper has a title only

    Corpus::Metadata &m = p.meta;
    m.title = u.title.isEmpty() ? appendSimplified(t, f.title) : appendSimplified(t, u.title);
    m.venue = u.venue.isEmpty() ? appendSimplified(t, f.venue) : appendSimplified(t, u.venue);
    m.doi = appendTrimmed(t, u.doi, f.doi);
    m.url = append(t, f.url.trimmed());
    m.arxiv = appendTrimmed(t, u.arxiv, f.arxiv);
    m.categories = appendList(t, f.categories, Corpus::kListSeparator);
    m.keywords = appendList(t, f.keywords, Corpus::kListSeparator);
    m.year = qint16(f.year > 0 && f.year < 10000 ? f.year : 0);
    m.month = quint8(f.month >= 1 && f.month <= 12 ? f.month : 0);
    m.day = quint8(f.day >= 1 && f.day <= 31 ? f.day : 0);
    return p;
}

void CorpusBuilder::add(const Prepared &p)
{
    // Metadata rows line up with records: a corpus that gains its first metadata fills the rest.
    m_corpus.m_meta.resize(m_corpus.m_records.size());
    const qsizetype base = m_corpus.m_text.size();
    m_corpus.m_text.append(p.text);
    Corpus::Record r = p.record;
    Corpus::Metadata m = p.meta;
    for (Corpus::Span *s : {&r.authors, &r.tldr, &r.abstract, &m.title, &m.venue, &m.doi, &m.url, &m.arxiv,
                            &m.categories, &m.keywords})
        shift(*s, base);
    m_corpus.m_records.push_back(r);
    m_corpus.m_meta.push_back(m);
}

void CorpusBuilder::finishAll()
{
    auto &records = m_corpus.m_records;
    if (!m_corpus.m_meta.empty())
        m_corpus.m_meta.resize(records.size());
    const bool withMeta = !m_corpus.m_meta.empty();
    const ParallelChunks chunks(records.size(), 4096);
    chunks.run([&](size_t, size_t b, size_t e) {
        for (size_t i = b; i < e; ++i) {
            Corpus::Record &r = records[i];
            quint64 h = contentHash64(m_corpus.utf8(r.authors), 0x5EED);
            h = contentHash64(r.tldr.isNull() ? QByteArrayView("\x01") : m_corpus.utf8(r.tldr), h);
            h = contentHash64(m_corpus.utf8(r.abstract), h);
            // Native records keep the ids they always had; a title tells apart papers that share
            // an empty abstract.
            if (withMeta && !m_corpus.m_meta[i].title.isNull())
                h = contentHash64(m_corpus.utf8(m_corpus.m_meta[i].title), h);
            r.hash = h;
        }
    });
    AuthorInterner::run(m_corpus.m_text, records, m_corpus.m_authors, m_corpus.m_authorIds);
    std::unordered_map<quint64, quint32> seen; // hash -> copies after the first
    m_corpus.m_rowByHash.reserve(records.size());
    for (size_t row = 0; row < records.size(); ++row) {
        const auto [it, inserted] = m_corpus.m_rowByHash.try_emplace(records[row].hash, qsizetype(row));
        if (!inserted)
            records[row].duplicate = ++seen[records[row].hash];
    }
}
