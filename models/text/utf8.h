#pragma once

#include <QByteArrayView>
#include <QList>

// Strict UTF-8 validation (no overlongs, no surrogates, nothing above U+10FFFF).
namespace Utf8 {

// Byte offset of the first invalid sequence, or -1 when the text is valid.
qsizetype firstInvalid(QByteArrayView text);

// 1-based numbers of the lines (LF, CRLF or CR separated) that contain invalid sequences.
QList<int> invalidLines(QByteArrayView text);

} // namespace Utf8
