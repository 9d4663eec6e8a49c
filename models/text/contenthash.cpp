#include "text/contenthash.h"

#include <QtEndian>

#include <cstring>

namespace {
constexpr quint64 kMul1 = 0x9E3779B97F4A7C15ULL;
constexpr quint64 kMul2 = 0xC2B2AE3D27D4EB4FULL;

quint64 mix(quint64 x)
{
    x ^= x >> 33;
    x *= 0xFF51AFD7ED558CCDULL;
    x ^= x >> 33;
    x *= 0xC4CEB9FE1A85EC53ULL;
    x ^= x >> 33;
    return x;
}
} // namespace

quint64 contentHash64(QByteArrayView data, quint64 seed)
{
    const char *p = data.data();
    qsizetype n = data.size();
    quint64 h = seed ^ (quint64(n) * kMul1);
    while (n >= 8) {
        quint64 w;
        std::memcpy(&w, p, 8);
        h = (h ^ mix(qFromLittleEndian(w) * kMul2)) * kMul1;
        h = (h << 29) | (h >> 35);
        p += 8;
        n -= 8;
    }
    quint64 tail = 0;
    for (qsizetype i = 0; i < n; ++i)
        tail |= quint64(quint8(p[i])) << (8 * i);
    h = (h ^ mix(tail * kMul2 + quint64(n))) * kMul1;
    return mix(h);
}
