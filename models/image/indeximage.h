#pragma once

#include "corpus/diagnostic.h"
#include "search/searchindex.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>
#include <optional>

class QFile;
class QIODevice;

// The saved index image: a parsed corpus (its text, record, metadata and author-id arrays, author
// table, diagnostics) and its search index (vocabulary, postings, token streams, metadata tokens)
// in one binary file, so a reopen reads arrays instead of parsing and indexing.
//
// Layout (little-endian, as the arrays are in memory): a 32-byte header (magic "SKIMIMG1", format
// version, section count, file size, CRC32 of the section table, CRC32 of the header), then the
// section table (per section: type, CRC32 of its bytes, offset, size), then the sections, back to
// back. A section is one raw array or a small record written field by field. Readers skip
// section types they do not know, so the format can grow; a required section that is missing, a
// section outside the file, a checksum that does not match, a size that is no whole number of
// elements, an offset, count or id out of range, a wrong version or magic, a trailing or missing
// byte: the image is refused (nullopt) and the caller parses the file again.
class IndexImage
{
public:
    static constexpr quint32 kFormatVersion = 1;

    struct Contents
    {
        std::shared_ptr<const Corpus> corpus;
        std::shared_ptr<const SearchIndex> index;
        Diagnostics diagnostics;
    };

    // Random access to the image's bytes: a file read piece by piece (no mapping, so a file truncated
    // meanwhile is a short read, never SIGBUS) or a buffer.
    class Source
    {
    public:
        virtual ~Source() = default;
        virtual qint64 size() const = 0;
        virtual bool readAt(qint64 pos, char *out, qint64 n) = 0;
    };

    // Writes the image; false when the device fails. `key` is stored and must match on reading.
    static bool write(QIODevice &out, const QByteArray &key, const SearchIndex &index, const Diagnostics &diagnostics);
    // The contents when the image is whole, of this version and for this key (empty key: any).
    // verifyChecksums = false is for the fuzzer only, to reach the structural checks.
    static std::optional<Contents> read(Source &source, const QByteArray &key, bool verifyChecksums = true);
    static std::optional<Contents> read(QByteArrayView bytes, const QByteArray &key, bool verifyChecksums = true);
    static std::optional<Contents> read(QFile &file, const QByteArray &key);

private:
    class Reader;
    class Writer;
};
