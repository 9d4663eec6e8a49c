#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <limits>
#include <vector>

// The byte-level passes of corpus parsing, each over parallel chunks of the text: NUL and UTF-8
// checks, and splitting into trimmed, numbered lines.
namespace CorpusText {

// 16 bytes (was 24): a file has a Line per non-blank line while it is parsed.
struct Line
{
    qint64 pos;
    qint32 len;    // saturated at kLongLine: the parser cuts lines far shorter anyway
    qint32 number; // 1-based, counting blank lines too
};
inline constexpr qint32 kLongLine = std::numeric_limits<qint32>::max();

inline bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\f' || c == '\v';
}

struct ByteCheck
{
    qsizetype nul = -1; // offset of the first NUL byte
    bool validUtf8 = true;
};

// Looks for NUL bytes and validates UTF-8 from `start` on.
ByteCheck checkBytes(const QByteArray &data, qsizetype start);

// Splits into lines (LF, CRLF or CR), trimmed of surrounding blanks; blank lines are dropped.
std::vector<Line> splitLines(const QByteArray &data, qsizetype start);

} // namespace CorpusText
