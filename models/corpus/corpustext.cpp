#include "corpus/corpustext.h"

#include "text/parallelchunks.h"
#include "text/utf8.h"

#include <algorithm>
#include <cstring>

namespace CorpusText {

namespace {
// Writes the non-blank lines (trimmed of surrounding blanks) of d[from, to) to `out`, numbered
// from `number`; to is the end of the text or just after a '\n'. Returns the number after the last
// and sets *written. `out` has room for every line break of the range plus one.
int writeLines(const char *d, qsizetype from, qsizetype to, int number, bool hasCr, Line *out, size_t *written)
{
    Line *const first = out;
    qsizetype pos = from;
    while (pos <= to) {
        qsizetype end;
        qsizetype next;
        if (!hasCr) {
            const void *nl = std::memchr(d + pos, '\n', size_t(to - pos));
            end = nl ? static_cast<const char *>(nl) - d : to;
            next = end + 1;
        } else {
            end = pos;
            while (end < to && d[end] != '\n' && d[end] != '\r')
                ++end;
            next = end + 1;
            if (end < to && d[end] == '\r' && end + 1 < to && d[end + 1] == '\n')
                ++next;
        }
        qsizetype b = pos;
        qsizetype e = end;
        while (b < e && isBlank(d[b]))
            ++b;
        while (e > b && isBlank(d[e - 1]))
            --e;
        if (e > b)
            *out++ = {b, qint32(std::min<qsizetype>(e - b, kLongLine)), number};
        ++number;
        if (end >= to)
            break;
        pos = next;
    }
    *written = size_t(out - first);
    return number;
}

size_t countBreaks(const char *d, qsizetype from, qsizetype to, bool hasCr)
{
    size_t n = 0;
    for (qsizetype i = from; i < to; ++i)
        n += d[i] == '\n' || (hasCr && d[i] == '\r');
    return n;
}
} // namespace

// Splits into lines (LF, CRLF or CR), trimmed of surrounding blanks; blank lines are dropped.
// LF-only text is split in parallel chunks that end just after a '\n'. The line breaks are counted
// first, so the lines are written once into one vector of the right size: growing per-chunk vectors
// and joining them cost three times the lines' size at the peak (issue 17, 5 M one-letter lines).
std::vector<Line> splitLines(const QByteArray &data, qsizetype start)
{
    const char *d = data.constData();
    const qsizetype n = data.size();
    const bool hasCr = std::memchr(d + start, '\r', size_t(n - start)) != nullptr;
    const ParallelChunks chunks(hasCr ? 1 : size_t(n - start), 1 << 20);
    std::vector<qsizetype> cut(chunks.count() + 1, n);
    cut[0] = start;
    for (size_t c = 1; c < chunks.count(); ++c) {
        const qsizetype at = std::max(cut[c - 1], start + qsizetype(chunks.begin(c)));
        const void *nl = std::memchr(d + at, '\n', size_t(n - at));
        cut[c] = nl ? static_cast<const char *>(nl) - d + 1 : n;
    }
    std::vector<size_t> offset(chunks.count() + 1, 0);
    chunks.run([&](size_t c, size_t, size_t) { offset[c + 1] = countBreaks(d, cut[c], cut[c + 1], hasCr) + 1; });
    for (size_t c = 0; c < chunks.count(); ++c)
        offset[c + 1] += offset[c];
    std::vector<Line> lines(offset.back());
    std::vector<size_t> written(chunks.count());
    std::vector<int> numbers(chunks.count());
    chunks.run([&](size_t c, size_t, size_t) {
        // Line breaks in the chunk: every chunk but the last ends just after one, which starts an empty line.
        numbers[c] = writeLines(d, cut[c], cut[c + 1], 1, hasCr, lines.data() + offset[c], &written[c]) - 2;
    });
    size_t end = written[0];
    int base = numbers[0];
    for (size_t c = 1; c < chunks.count(); ++c) {
        for (size_t k = 0; k < written[c]; ++k) {
            Line l = lines[offset[c] + k];
            l.number += base;
            lines[end++] = l;
        }
        base += numbers[c];
    }
    lines.resize(end);
    return lines;
}

// Looks for NUL bytes and validates UTF-8 from `start` on, in parallel chunks cut at the start of
// a UTF-8 sequence (a valid sequence never crosses such a cut).
ByteCheck checkBytes(const QByteArray &data, qsizetype start)
{
    const char *d = data.constData();
    const qsizetype n = data.size();
    const ParallelChunks chunks(size_t(n - start), 1 << 20);
    std::vector<qsizetype> cut(chunks.count() + 1, n);
    cut[0] = start;
    for (size_t c = 1; c < chunks.count(); ++c) {
        qsizetype at = std::max(cut[c - 1], start + qsizetype(chunks.begin(c)));
        while (at < n && (quint8(d[at]) & 0xC0) == 0x80)
            ++at;
        cut[c] = at;
    }
    std::vector<ByteCheck> parts(chunks.count());
    chunks.run([&](size_t c, size_t, size_t) {
        const QByteArrayView slice(d + cut[c], cut[c + 1] - cut[c]);
        if (const void *nul = std::memchr(slice.data(), '\0', size_t(slice.size())))
            parts[c].nul = static_cast<const char *>(nul) - d;
        parts[c].validUtf8 = Utf8::firstInvalid(slice) < 0;
    });
    ByteCheck all;
    for (const ByteCheck &p : parts) {
        if (all.nul < 0)
            all.nul = p.nul;
        all.validUtf8 = all.validUtf8 && p.validUtf8;
    }
    return all;
}

} // namespace CorpusText
