#include "corpus/bibtexreader.h"

#include "corpus/bibtexblockparser.h"
#include "corpus/recordsink.h"

#include <QCoreApplication>
#include <QIODevice>

#include <algorithm>
#include <cstring>
#include <future>

namespace {

constexpr qsizetype kAsyncReadFrom = 1 << 20;

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
    BibtexBlockParser parser(sink, blocks);
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
            clean -= filled - carried; // the checked bytes that were carried over
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
            // A thread pays off for big blocks only: small inputs (the fuzzer's gzip ones) read in turn.
            const auto policy = spare.size() >= kAsyncReadFrom ? std::launch::async : std::launch::deferred;
            ahead = std::async(policy, [&in, &spare, carried] {
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
