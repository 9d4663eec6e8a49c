#pragma once

#include <QString>

class LibraryStore;
class QWidget;

// Opens the user's library for the window. When the file is damaged, unreadable or from a newer
// Skimmer, says so and lets the user choose: read-only (newer schema), a fresh library (the old file
// is first moved aside with a timestamp, never deleted), or no library this session.
// On success also keeps the last few verified backups next to the library.
namespace LibraryOpener {

bool open(LibraryStore &store, const QString &path, QWidget *parent);

} // namespace LibraryOpener
