#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <vector>

// The byte-level passes of corpus parsing, each over parallel chunks of the text: NUL and UTF-8
// checks, and splitting into trimmed, numbered lines.
namespace CorpusText {

struct Line
{
    qsizetype pos;
    qsizetype len;
    int number; // 1-based, counting blank lines too
};

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
