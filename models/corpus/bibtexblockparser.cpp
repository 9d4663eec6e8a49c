#include "corpus/bibtexblockparser.h"

#include "corpus/bibtexentry.h"
#include "corpus/recordsink.h"
#include "text/parallelchunks.h"

#include <QCoreApplication>

#include <algorithm>
#include <thread>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

using Scanner = BibtexScanner;

namespace {

int newlines(const char *p, const char *end)
{
    int n = 0;
#if defined(__SSE2__)
    for (; end - p >= 16; p += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        n += __builtin_popcount(unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n')))));
    }
#endif
    for (; p < end; ++p)
        n += *p == '\n';
    return n;
}

} // namespace

// Line numbers of positions in one block, counted forward from the last one asked for.
class BibtexLineCounter
{
public:
    BibtexLineCounter(QByteArrayView text, int first) : m_text(text), m_first(first), m_line(first) { }
    int at(qsizetype pos)
    {
        if (pos < m_pos) {
            m_pos = 0;
            m_line = m_first;
        }
        m_line += newlines(m_text.data() + m_pos, m_text.data() + pos);
        m_pos = pos;
        return m_line;
    }

private:
    QByteArrayView m_text;
    int m_first;
    int m_line;
    qsizetype m_pos = 0;
};

BibtexBlockParser::BibtexBlockParser(RecordSink &sink, const BibtexReader::Blocks &blocks) : m_sink(sink), m_blocks(blocks)
{
    static const char *const months[] = {"january", "february", "march",     "april",   "may",      "june",
                                         "july",    "august",   "september", "october", "november", "december"};
    for (const char *m : months)
        m_macros.insert(QByteArray(m, 3), QByteArray(m));
}

// 0, then lines that start an entry about evenly apart, then the end of what may be scanned.
std::vector<qsizetype> BibtexBlockParser::chunkStarts(QByteArrayView text, bool atEnd) const
{
    const Scanner lookahead(text, false);
    const auto lineAfter = [&](qsizetype from) {
        try {
            return lookahead.nextEntryLine(from);
        } catch (const Scanner::NeedMore &) {
            return qsizetype(-1);
        }
    };
    qsizetype end = text.size();
    if (!atEnd) { // the last entry line that is whole: what follows it may be cut
        for (qsizetype nl = text.lastIndexOf('\n'); nl >= 0; nl = nl > 0 ? text.lastIndexOf('\n', nl - 1) : -1) {
            bool starts = false;
            try {
                starts = lookahead.startsEntry(nl + 1);
            } catch (const Scanner::NeedMore &) {
            }
            if (starts) {
                end = nl + 1;
                break;
            }
        }
    }
    const size_t threads = m_blocks.threads > 0 ? size_t(m_blocks.threads) : std::max(1u, std::thread::hardware_concurrency());
    const size_t n = std::clamp<size_t>(size_t(end / std::max<qsizetype>(1, m_blocks.minChunk)), 1, threads);
    std::vector<qsizetype> starts{0};
    for (size_t k = 1; k < n; ++k) {
        const qsizetype at = lineAfter(qsizetype(size_t(end) * k / n));
        if (at > starts.back() && at < end)
            starts.push_back(at);
    }
    starts.push_back(end);
    return starts;
}

qsizetype BibtexBlockParser::scan(QByteArrayView text, bool atEnd)
{
    const std::vector<qsizetype> starts = chunkStarts(text, atEnd);
    const size_t n = starts.size() - 1;
    m_results.assign(n, {});
    ParallelChunks(n, 1).run([&](size_t, size_t b, size_t e) {
        for (size_t k = b; k < e; ++k)
            m_results[k] = Scanner(text, atEnd).scan(starts[k], starts[k + 1]);
    });
    // A piece is right when the one before stopped at or before its start: then the whole-file scan
    // would search for the next @ from there too. Else (an entry ran over) it is scanned again
    // from where the one before stopped.
    qsizetype pos = 0;
    BibtexLineCounter lines(text, m_line);
    for (size_t k = 0; k < n; ++k) {
        if (pos > starts[k])
            m_results[k] = Scanner(text, atEnd).scan(pos, starts[k + 1]);
        pos = m_results[k].stop;
        resolve(k, lines);
        if (m_results[k].needMore)
            break;
    }
    m_line = lines.at(pos);
    return pos;
}

// Macros in file order: an @string is known from its entry on, an unknown one is reported.
void BibtexBlockParser::resolve(size_t chunk, BibtexLineCounter &lines)
{
    Scanner::Result &r = m_results[chunk];
    for (size_t i = 0; i < r.entries.size(); ++i) {
        const Scanner::Entry &e = r.entries[i];
        const int line = lines.at(e.at);
        for (int p = e.partsBegin; p < e.partsEnd; ++p) {
            Scanner::Part &part = r.parts[size_t(p)];
            if (!part.macro)
                continue;
            const auto it = m_macros.constFind(part.text);
            if (it != m_macros.cend()) {
                part.resolved = *it;
                continue;
            }
            m_ops.push_back({lines.at(part.pos),
                             QCoreApplication::translate("BibtexReader", "unknown @string macro “%1”; left empty.")
                                 .arg(QString::fromUtf8(part.text))});
        }
        switch (e.kind) {
        case Scanner::Entry::Record:
            m_ops.push_back({line, {}, int(m_pending.size())});
            m_pending.push_back({chunk, i, line, {}});
            break;
        case Scanner::Entry::String:
            for (int s = e.stringsBegin; s < e.stringsEnd; ++s) {
                const auto &[name, range] = r.strings[size_t(s)];
                const QByteArray v = BibtexEntry::value(r, range);
                m_macros.insert(QByteArray(name.constData(), name.size()), QByteArray(v.constData(), v.size()));
            }
            break;
        case Scanner::Entry::Failed:
            m_ops.push_back({lines.at(e.failurePos),
                             QCoreApplication::translate("BibtexReader", "%1 (in the @%2 entry on line %3); skipped to the next entry.")
                                 .arg(e.message, e.type).arg(line)});
            break;
        case Scanner::Entry::Unclosed:
            m_ops.push_back({line, QCoreApplication::translate("BibtexReader", "@%1 is not closed; reading goes on at the next entry.")
                                       .arg(e.type)});
            break;
        }
    }
}

void BibtexBlockParser::finish()
{
    ParallelChunks(m_pending.size(), 256).run([this](size_t, size_t b, size_t e) {
        for (size_t i = b; i < e; ++i) {
            Pending &p = m_pending[i];
            const Scanner::Result &r = m_results[p.chunk];
            p.prepared = BibtexEntry::prepare(r, r.entries[p.entry], p.line);
        }
    });
    for (const Op &op : m_ops) {
        if (op.pending < 0)
            m_sink.warn(op.line, op.message);
        else
            m_sink.add(m_pending[size_t(op.pending)].prepared);
    }
    m_ops.clear();
    m_pending.clear();
    m_results.clear();
}
