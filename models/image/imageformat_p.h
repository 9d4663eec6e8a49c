#pragma once

// The index image's layout, shared by its writer (indeximage_write.cpp) and its reader
// (indeximage.cpp): the magic, the header and table sizes, the section types and the checksum.
#include <QByteArray>
#include <QString>

#include <zlib.h>

#include <type_traits>

namespace ImageFormat {

constexpr char kMagic[8] = {'S', 'K', 'I', 'M', 'I', 'M', 'G', '1'};
constexpr qint64 kHeaderBytes = 32;
constexpr qint64 kEntryBytes = 24;
constexpr quint32 kMaxSections = 4096;

// Section types. Numbers are never reused; a reader skips the ones it does not know.
enum Type : quint32 {
    Key = 1,
    Info = 2,            // counts, element sizes, name, source path, diagnostics
    CorpusText = 3,
    Records = 4,
    Metadata = 5,
    AuthorIds = 6,
    Authors = 7,         // key, display name and paper count per author
    IndexInfo = 20,      // doc count, average field lengths, whether metadata tokens follow
    Terms = 21,
    TermOffsets = 22,
    PostingOffsets = 23,
    PostingDocs = 24,
    PostingFreqs = 25,
    PostingImpacts = 26,
    RankToTerm = 27,
    TermToRank = 28,
    TokenBytes = 29,
    TokenOffsets = 30,
    FieldLengths = 31,
    FirstAuthorRank = 32,
    MetaInfo = 40,
    MetaText = 41,
    MetaTokenEnd = 42,
    MetaTokenLength = 43,
    MetaFieldBegin = 44,
};

inline quint32 crcOf(const void *data, qint64 n)
{
    uLong crc = crc32_z(0, nullptr, 0);
    return quint32(crc32_z(crc, static_cast<const Bytef *>(data), size_t(n)));
}

template<typename T>
inline void put(QByteArray &b, T v)
{
    static_assert(std::is_trivially_copyable_v<T>);
    b.append(reinterpret_cast<const char *>(&v), sizeof v);
}
inline void putString(QByteArray &b, const QString &s)
{
    const QByteArray u = s.toUtf8();
    put(b, quint32(u.size()));
    b.append(u);
}

} // namespace ImageFormat
