#include "corpus/filereader.h"

#include "text/parallelchunks.h"

#include <atomic>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

namespace FileReader {

namespace {
constexpr qint64 kParallelFrom = 16 << 20;

void adviseHugePages(QByteArray &buffer)
{
#if defined(Q_OS_LINUX) && defined(MADV_HUGEPAGE)
    constexpr quintptr page = 2 << 20;
    const auto begin = (reinterpret_cast<quintptr>(buffer.data()) + page - 1) & ~(page - 1);
    const auto end = (reinterpret_cast<quintptr>(buffer.data()) + quintptr(buffer.size())) & ~(page - 1);
    if (end > begin)
        madvise(reinterpret_cast<void *>(begin), end - begin, MADV_HUGEPAGE); // a hint; failure is harmless
#else
    Q_UNUSED(buffer);
#endif
}

// Each chunk through its own QFile, so no seek position is shared. False if any part fell short
// (the file shrank, an I/O error): the caller then reads it the ordinary way.
bool readInParallel(const QString &path, QByteArray &buffer)
{
    const ParallelChunks chunks(size_t(buffer.size()), 8 << 20);
    std::atomic_bool ok = true;
    char *out = buffer.data();
    chunks.run([&](size_t, size_t b, size_t e) {
        QFile part(path);
        if (!part.open(QIODevice::ReadOnly) || !part.seek(qint64(b))) {
            ok = false;
            return;
        }
        for (qint64 pos = qint64(b); pos < qint64(e) && ok;) {
            const qint64 got = part.read(out + pos, qint64(e) - pos);
            if (got <= 0)
                ok = false;
            pos += got;
        }
    });
    return ok;
}
} // namespace

QByteArray readAll(QFile &file)
{
    const qint64 size = file.size();
    if (!file.isSequential() && size >= kParallelFrom) {
        QByteArray buffer(qsizetype(size), Qt::Uninitialized);
        adviseHugePages(buffer);
        if (readInParallel(file.fileName(), buffer))
            return buffer;
    }
    return file.readAll();
}

} // namespace FileReader
