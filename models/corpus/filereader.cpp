#include "corpus/filereader.h"

#include "text/parallelchunks.h"

#include <QFileInfo>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

namespace FileReader {

namespace {
constexpr qint64 kParallelFrom = 16 << 20;
constexpr qint64 kChunk = 4 << 20;

bool isCancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

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

// Appends what the open file holds, a chunk at a time, until its end, maxBytes or a cancel.
Status readChunks(QFile &file, qint64 maxBytes, const std::atomic_bool *cancel, QByteArray &data)
{
    for (;;) {
        if (isCancelled(cancel))
            return Status::Cancelled;
        const qint64 want = std::min(kChunk, maxBytes + 1 - data.size());
        const qsizetype old = data.size();
        data.resize(old + qsizetype(want));
        const qint64 got = file.read(data.data() + old, want);
        data.resize(old + qsizetype(std::max<qint64>(got, 0)));
        if (got < 0)
            return Status::Failed;
        if (got == 0)
            return Status::Ok;
        if (data.size() > maxBytes)
            return Status::TooLarge;
    }
}

// Opens a FIFO without blocking (open() waits for a writer, and nothing can interrupt it), then
// waits for data or the writer's end in short polls that let a cancel through.
int openStream(const QString &path, const std::atomic_bool *cancel, Status *status)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        *status = Status::Failed;
        return -1;
    }
    pollfd p{fd, POLLIN, 0};
    while (!isCancelled(cancel)) {
        const int ready = ::poll(&p, 1, 100);
        if (ready > 0 || (ready < 0 && errno != EINTR))
            break;
    }
    if (isCancelled(cancel)) {
        ::close(fd);
        *status = Status::Cancelled;
        return -1;
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK); // from here on, reads wait for data
    return fd;
#else
    Q_UNUSED(path);
    Q_UNUSED(cancel);
    *status = Status::Failed;
    return -1;
#endif
}
} // namespace

Kind kindOf(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return QFileInfo::exists(path) ? Kind::Regular : Kind::Missing; // e.g. a Qt resource
    if (S_ISDIR(st.st_mode))
        return Kind::Folder;
    if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode))
        return Kind::Device;
    return S_ISREG(st.st_mode) ? Kind::Regular : Kind::Stream;
#else
    const QFileInfo info(path);
    return !info.exists() ? Kind::Missing : info.isDir() ? Kind::Folder : Kind::Regular;
#endif
}

Read readAll(const QString &path, qint64 maxBytes, const std::atomic_bool *cancel)
{
    Read r;
    QFile file(path);
    if (kindOf(path) == Kind::Stream) {
        const int fd = openStream(path, cancel, &r.status);
        if (fd < 0) {
            r.error = QString::fromLocal8Bit(std::strerror(errno));
            return r;
        }
        file.open(fd, QIODevice::ReadOnly | QIODevice::Unbuffered, QFileDevice::AutoCloseHandle);
    } else if (!file.open(QIODevice::ReadOnly)) {
        return {{}, Status::Failed, file.errorString()};
    }
    const qint64 size = file.isSequential() ? 0 : file.size();
    if (size > maxBytes)
        return {{}, Status::TooLarge, {}};
    if (size >= kParallelFrom) {
        r.data = QByteArray(qsizetype(size), Qt::Uninitialized);
        adviseHugePages(r.data);
        if (readInParallel(path, r.data))
            return r;
        r.data.clear();
    }
    r.data.reserve(qsizetype(std::min(size, maxBytes)) + 1);
    r.status = readChunks(file, maxBytes, cancel, r.data);
    if (r.status == Status::Failed)
        r.error = file.errorString();
    if (r.status != Status::Ok)
        r.data.clear();
    return r;
}

} // namespace FileReader
