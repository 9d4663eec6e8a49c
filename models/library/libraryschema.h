#pragma once

#include <QSqlDatabase>
#include <QString>

class LibraryStore;

// The library file's schema: checks a file before anything writes to it, and migrates it forward
// one version at a time (a fresh file starts at version 0 and runs every step, so each migration
// is exercised on every new library). Part of LibraryStore; holds its schema SQL.
class LibrarySchema
{
public:
    // Checks an existing file through a read-only connection: SQLite header, integrity_check, and a
    // schema version this build knows. Never writes to the file. Sets the store's error on failure.
    static bool inspect(LibraryStore &store, const QString &path, bool allowNewer);
    // Brings the open read-write store to LibraryStore::kSchemaVersion in one transaction.
    static bool migrate(LibraryStore &store);
    // Points db at path for reading only; `immutable` for a folder where SQLite cannot make the
    // files a WAL database is read through (nothing can write there either).
    static void setReadOnly(QSqlDatabase &db, const QString &path, bool immutable);
    // Creates a library file as an older build would have left it (schema `version`): for migration tests.
    static bool createAtVersion(const QString &path, int version);
};
