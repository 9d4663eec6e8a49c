#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include "corpus/diagnostic.h"

// Encodings other than UTF-8 that corpus files arrive in. UTF-16 with a byte-order mark (what some
// Windows tools export) is decoded to UTF-8; UTF-16 or UTF-32 without a usable mark is named, so
// the message says what the file is instead of calling it binary.
namespace CorpusEncoding {

enum class Encoding { Utf8, Utf16LE, Utf16BE, Utf32LE, Utf32BE };

// The encoding its byte-order mark declares; Utf8 when there is none.
Encoding fromBom(QByteArrayView data);

// The text as UTF-8 (without the mark) for Utf16LE/Utf16BE; unpaired surrogates become U+FFFD.
QByteArray toUtf8(QByteArrayView data, Encoding encoding);

// For a file with NUL bytes and no mark: the UTF-16 or UTF-32 encoding its NUL pattern shows
// (mostly-ASCII text puts a NUL in every other byte, or three in four), else Utf8 (binary).
Encoding guessWithoutBom(QByteArrayView data);

// Turns data into UTF-8 from *start on (past a UTF-8 mark): decodes UTF-16 with a byte-order mark,
// refuses binary files and other encodings (false, *error says why), and replaces invalid UTF-8,
// reported line by line in diagnostics.
bool makeUtf8(QByteArray &data, qsizetype *start, Diagnostics &diagnostics, QString *error);

// "UTF-16 (little-endian)" and the like, for messages.
QString name(Encoding encoding);

} // namespace CorpusEncoding
