#include "corpus/bibtexreader.h"

#include "corpus/bibtexentry.h"
#include "corpus/bibtexscanner.h"
#include "corpus/recordsink.h"
#include "text/parallelchunks.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>

#include <algorithm>
#include <cstring>
#include <future>
#include <thread>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace {

using Scanner = BibtexScanner;

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

// Line numbers of positions in one block, counted forward from the last one asked for.
class LineCounter
{
public:
    LineCounter(QByteArrayView text, int first) : m_text(text), m_first(first), m_line(first) { }
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

// The records and messages of one block, in file order: the scan on every core, the macros in
// order, then the fields of each record on every core again.
class BlockParser
{
public:
    BlockParser(RecordSink &sink, const BibtexReader::Blocks &blocks) : m_sink(sink), m_blocks(blocks)
    {
        static const char *const months[] = {"january", "february", "march",     "april",   "may",      "june",
                                             "july",    "august",   "september", "october", "november", "december"};
        for (const char *m : months)
            m_macros.insert(QByteArray(m, 3), QByteArray(m));
    }

    // Scans text (a prefix of the rest of the input unless atEnd) and resolves its macros; returns
    // how much of it is done: the next block starts there.
    qsizetype scan(QByteArrayView text, bool atEnd);
    // Decodes and hands over the records found by scan().
    void finish();

private:
    std::vector<qsizetype> chunkStarts(QByteArrayView text, bool atEnd) const;
    void resolve(size_t chunk, LineCounter &lines);

    struct Pending
    {
        size_t chunk;
        size_t entry;
        int line;
        CorpusBuilder::Prepared prepared;
    };
    struct Op
    {
        int line;
        QString message;
        int pending = -1; // or the record to add
    };

    RecordSink &m_sink;
    BibtexReader::Blocks m_blocks;
    QHash<QByteArray, QByteArray> m_macros;
    std::vector<Scanner::Result> m_results;
    std::vector<Pending> m_pending;
    std::vector<Op> m_ops;
    int m_line = 1; // of the block's first byte
};

// 0, then lines that start an entry about evenly apart, then the end of what may be scanned.
std::vector<qsizetype> BlockParser::chunkStarts(QByteArrayView text, bool atEnd) const
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

qsizetype BlockParser::scan(QByteArrayView text, bool atEnd)
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
    LineCounter lines(text, m_line);
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
void BlockParser::resolve(size_t chunk, LineCounter &lines)
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

void BlockParser::finish()
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

// Bytes at the end that begin a UTF-8 sequence the next read may complete.
qsizetype incompleteTail(const QByteArray &block, qsizetype filled)
{
    for (qsizetype k = 1; k <= std::min<qsizetype>(3, filled); ++k) {
        const auto b = quint8(block[filled - k]);
        if ((b & 0xC0) == 0x80)
            continue; // a continuation byte
        const int need = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
        return need > k ? k : 0;
    }
    return 0;
}

// Makes block[clean, usable) valid UTF-8 the way QString::fromUtf8() reads it (each bad byte one
// U+FFFD), so that scanning bytes decides as scanning the decoded text did.
void sanitize(QByteArray &block, qsizetype clean, qsizetype *usable, qsizetype *filled)
{
    const QByteArrayView part(block.constData() + clean, *usable - clean);
    if (part.isValidUtf8())
        return;
    const QByteArray fixed = QString::fromUtf8(part).toUtf8();
    const QByteArray tail = block.sliced(*usable, *filled - *usable);
    const qsizetype room = block.size() - *filled;
    block.truncate(clean);
    block += fixed + tail;
    *usable = clean + fixed.size();
    *filled = block.size();
    block.resize(*filled + room);
}

} // namespace

CorpusParser::Result BibtexReader::read(QIODevice &in, const QString &name, const CorpusParser::Options &options,
                                        qint64 totalBytes)
{
    return read(in, name, options, totalBytes, defaultBlocks());
}

CorpusParser::Result BibtexReader::read(QIODevice &in, const QString &name, const CorpusParser::Options &options,
                                        qint64 totalBytes, const Blocks &blocks)
{
    RecordSink sink(name);
    sink.reserveFor(totalBytes, 256);
    BlockParser parser(sink, blocks);
    // Two buffers, as in ArxivReader: while one block is decoded, the next is read (or inflated)
    // into the other, after what the scan left over. No bigger than the input when its size is
    // known; else small, doubling when a read fills it.
    QByteArray block(qsizetype(std::clamp<qint64>(totalBytes > 0 ? totalBytes + 1 : blocks.first, 16, blocks.max)),
                     Qt::Uninitialized);
    QByteArray spare;
    qsizetype filled = 0, clean = 0, carried = 0;
    std::future<qint64> ahead; // the read into `spare`, after the `carried` bytes
    qint64 consumed = 0;
    bool eof = false, first = true;
    for (;;) {
        if (RecordSink::isCancelled(options)) {
            if (ahead.valid())
                ahead.wait();
            return RecordSink::cancelled();
        }
        qint64 got = 0;
        if (ahead.valid()) {
            got = ahead.get();
            std::swap(block, spare);
            clean -= filled - carried; // what was kept of the checked bytes
            filled = carried;
        } else if (block.size() > filled) {
            got = in.read(block.data() + filled, block.size() - filled);
        }
        eof = got <= 0 || (!in.isSequential() && in.atEnd());
        filled += qsizetype(std::max<qint64>(got, 0));
        consumed += std::max<qint64>(got, 0);
        if (first && (filled >= 3 || eof)) {
            first = false;
            if (QByteArrayView(block.constData(), filled).startsWith("\xEF\xBB\xBF")) {
                std::memmove(block.data(), block.constData() + 3, size_t(filled - 3));
                filled -= 3;
            }
        }
        qsizetype usable = eof ? filled : filled - incompleteTail(block, filled);
        if (first) {
            continue;
        }
        sanitize(block, clean, &usable, &filled);
        clean = usable;
        const qsizetype done = parser.scan(QByteArrayView(block.constData(), usable), eof);
        if (!eof && done == 0) { // one entry needs more than this block: read on, growing a full one
            if (filled == block.size())
                block.resize(block.size() * 2);
            continue;
        }
        if (!eof) {
            const bool full = filled == block.size();
            carried = filled - done;
            qsizetype next = full && block.size() < blocks.max ? std::min(block.size() * 2, blocks.max) : block.size();
            next = std::max(next, carried * 2);
            if (spare.size() < next)
                spare.resize(next);
            std::memcpy(spare.data(), block.constData() + done, size_t(carried));
            ahead = std::async(std::launch::async, [&in, &spare, carried] {
                return in.read(spare.data() + carried, spare.size() - carried);
            });
        }
        parser.finish();
        if (options.progress && totalBytes > 0)
            options.progress(0.9 * double(consumed) / double(totalBytes));
        if (eof)
            break;
    }
    if (RecordSink::isCancelled(options))
        return RecordSink::cancelled();
    CorpusParser::Result result = sink.finish(QStringLiteral("BibTeX"));
    if (options.progress)
        options.progress(1.0);
    return result;
}
