#include "text/utf8.h"

#include <cstring>

namespace Utf8 {

namespace {
// Length of the valid sequence starting at p, or 0 if it is invalid.
int sequenceLength(const unsigned char *p, const unsigned char *end)
{
    const unsigned char c = p[0];
    if (c < 0x80)
        return 1;
    int len;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        if (c == 0xE0)
            lo = 0xA0;
        else if (c == 0xED)
            hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        if (c == 0xF0)
            lo = 0x90;
        else if (c == 0xF4)
            hi = 0x8F;
    } else {
        return 0;
    }
    if (end - p < len)
        return 0;
    if (p[1] < lo || p[1] > hi)
        return 0;
    for (int k = 2; k < len; ++k) {
        if ((p[k] & 0xC0) != 0x80)
            return 0;
    }
    return len;
}
} // namespace

qsizetype firstInvalid(QByteArrayView text)
{
    const auto *begin = reinterpret_cast<const unsigned char *>(text.data());
    const auto *p = begin;
    const auto *end = begin + text.size();
    while (p < end) {
        // Fast path: eight ASCII bytes at a time.
        if (end - p >= 8) {
            quint64 w;
            std::memcpy(&w, p, 8);
            if ((w & 0x8080808080808080ULL) == 0) {
                p += 8;
                continue;
            }
        }
        const int len = sequenceLength(p, end);
        if (len == 0)
            return p - begin;
        p += len;
    }
    return -1;
}

QList<int> invalidLines(QByteArrayView text)
{
    QList<int> lines;
    const auto *begin = reinterpret_cast<const unsigned char *>(text.data());
    const auto *p = begin;
    const auto *end = begin + text.size();
    int line = 1;
    int lastReported = 0;
    while (p < end) {
        if (*p == '\n' || *p == '\r') {
            if (*p == '\r' && p + 1 < end && p[1] == '\n')
                ++p;
            ++line;
            ++p;
            continue;
        }
        const int len = sequenceLength(p, end);
        if (len == 0) {
            if (lastReported != line)
                lines.append(line);
            lastReported = line;
            ++p;
        } else {
            p += len;
        }
    }
    return lines;
}

} // namespace Utf8
