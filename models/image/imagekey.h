#pragma once

#include <QByteArray>
#include <QString>

// What ties an index image to one version of one corpus file: its absolute path, size, modification
// and status-change times in nanoseconds, inode and device, a checksum of its first and last MiB,
// and what else changes the result (the forced input format, the collation locale that orders
// first authors, the image format). Any write to the file changes its ctime, which no user tool can
// set back (touch sets mtime and atime only), so an edited file never matches an old key even when
// the size and mtime are restored; the head and tail checksums also catch a file replaced by
// a copy from another file system (new inode) being compared with a stale key. Plain text, compared
// byte for byte.
class ImageKey
{
public:
    // Empty when the file cannot be read.
    static QByteArray forFile(const QString &path, const QString &extra);
    // The cache file name stem for a corpus path and extra (hex of a hash): one image per source file.
    static QString stem(const QString &path, const QString &extra);
};
