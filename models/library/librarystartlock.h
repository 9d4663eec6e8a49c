#pragma once

#include <QString>

// Serializes the opening of one library file between processes: creating the schema and switching
// to WAL take SQLite locks that its busy timeout does not wait for, so two instances starting on a
// new library at once failed with "database is locked". A kernel lock (flock) on `<library>.lock`:
// a process killed while holding it releases it with its death, so a crash never blocks a start.
class LibraryStartLock
{
public:
    // Waits up to timeoutMs for the lock. Where no lock file can be made (a read-only folder)
    // nothing can create or change a library either, and the lock is not needed.
    LibraryStartLock(const QString &libraryPath, int timeoutMs);
    ~LibraryStartLock(); // removes the lock file and releases the lock
    LibraryStartLock(const LibraryStartLock &) = delete;
    LibraryStartLock &operator=(const LibraryStartLock &) = delete;

    // False only when another process held the lock for all of timeoutMs.
    bool isAcquired() const { return !m_timedOut; }

private:
    QString m_path;
    int m_fd = -1;
    bool m_timedOut = false;
};
