#pragma once

#include <QString>
#include <QStringView>

// Makes control characters visible in one-line output (text and TSV on a terminal, messages): a
// newline in a list name must not start a new output line, and an escape sequence read from a
// file must not reach the terminal. \n, \r and \t become those two-character escapes, every other
// C0/C1 control and DEL becomes \xNN or \uNNNN; everything else passes through unchanged.
namespace ControlEscape {

QString escaped(QStringView text);

} // namespace ControlEscape
