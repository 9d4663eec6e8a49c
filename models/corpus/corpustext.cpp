#include "corpus/corpustext.h"

#include "text/parallelchunks.h"
#include "text/utf8.h"

#include <algorithm>
#include <cstring>

namespace CorpusText {

namespace {
// Appends the non-blank lines (trimmed of surrounding blanks) of d[from, to) to `lines`, numbered
// from `number`; to is the end of the text or just after a '\n'. Returns the number after the last.
int appendLines(const char *d, qsizetype from, qsizetype to, int number, bool hasCr, std::vector<Line> &lines)
{
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
            lines.push_back({b, e - b, number});
        ++number;
        if (end >= to)
            break;
        pos = next;
    }
    return number;
}
} // namespace

// Splits into lines (LF, CRLF or CR), trimmed of surrounding blanks; blank lines are dropped.
// LF-only text is split in parallel chunks that end just after a '\n'.
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
    std::vector<std::vector<Line>> parts(chunks.count());
    std::vector<int> numbers(chunks.count());
    chunks.run([&](size_t c, size_t, size_t) {
        parts[c].reserve(size_t(cut[c + 1] - cut[c]) / 300 + 16);
        // Line breaks in the chunk: every chunk but the last ends just after one, which starts an empty line.
        numbers[c] = appendLines(d, cut[c], cut[c + 1], 1, hasCr, parts[c]) - 2;
    });
    std::vector<Line> lines = std::move(parts[0]);
    int base = numbers[0];
    for (size_t c = 1; c < parts.size(); ++c) {
        for (Line &l : parts[c])
            l.number += base;
        lines.insert(lines.end(), parts[c].begin(), parts[c].end());
        base += numbers[c];
    }
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
