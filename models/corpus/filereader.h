#pragma once

#include <QByteArray>
#include <QFile>

// Reads an opened file whole. A large regular file is read by one thread per core into a buffer
// the kernel may back with huge pages: at a gigabyte, the page faults of a fresh buffer and the
// copy out of the page cache are most of the loading time. Errors are left in file.error().
namespace FileReader {

QByteArray readAll(QFile &file);

} // namespace FileReader
