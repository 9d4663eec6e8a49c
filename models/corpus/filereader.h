#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <atomic>

// Reads an input whole, within a size bound. A large regular file is read by one thread per core
// into a buffer the kernel may back with huge pages: at a gigabyte, the page faults of a fresh
// buffer and the copy out of the page cache are most of the loading time. Pipes and FIFOs are read
// in chunks until they end or pass the bound, so an endless stream cannot exhaust memory; a FIFO
// that has no writer yet is waited for without blocking in open(), so a cancel still gets through.
namespace FileReader {

// 8 GiB: well above the largest real corpus (the 4.6 GB arXiv metadata snapshot), small enough
// that an endless stream is refused long before the machine runs out of memory.
inline constexpr qint64 kMaxBytes = qint64(8) << 30;

enum class Kind { Regular, Stream, Folder, Device, Missing };
// What path is, following symlinks: a character or block device (/dev/zero) is never read.
Kind kindOf(const QString &path);

enum class Status { Ok, TooLarge, Cancelled, Failed };
struct Read
{
    QByteArray data;
    Status status = Status::Ok;
    QString error; // for Failed: the system's reason
};

// Opens and reads path (a regular file or a stream) up to maxBytes; more is TooLarge.
Read readAll(const QString &path, qint64 maxBytes = kMaxBytes, const std::atomic_bool *cancel = nullptr);

} // namespace FileReader
