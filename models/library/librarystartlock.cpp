#include "library/librarystartlock.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QThread>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

LibraryStartLock::LibraryStartLock(const QString &libraryPath, int timeoutMs)
    : m_path(libraryPath + QStringLiteral(".lock"))
{
#ifdef Q_OS_UNIX
    const QByteArray name = QFile::encodeName(m_path);
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        const int fd = ::open(name.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        if (fd < 0)
            return; // read-only folder: see the header
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0) {
            // The holder before us may have removed the file after we opened it: then this lock
            // is on a file nobody else can find, and it does not count.
            struct stat held {};
            struct stat named {};
            if (::fstat(fd, &held) == 0 && ::stat(name.constData(), &named) == 0 && held.st_ino == named.st_ino
                && held.st_dev == named.st_dev) {
                m_fd = fd;
                return;
            }
        }
        ::close(fd);
        QThread::msleep(20);
    }
    m_timedOut = true;
#else
    Q_UNUSED(timeoutMs);
#endif
}

LibraryStartLock::~LibraryStartLock()
{
#ifdef Q_OS_UNIX
    if (m_fd < 0)
        return;
    ::unlink(QFile::encodeName(m_path).constData()); // while still holding it, so no one else can be
    ::close(m_fd);
#endif
}
