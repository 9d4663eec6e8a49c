#pragma once

#include <QByteArray>
#include <QRandomGenerator>

// Random BibTeX for the equality tests: @string macros defined (and redefined) anywhere in the
// file and used before and after, # concatenation, nested braces, escaped braces and quotes,
// @comment and @preamble, ( ) entries, broken entries (unbalanced braces, a missing key comma, a
// line that starts an entry inside a value), stray @ in free text, non-ASCII letters and spaces,
// 4-byte characters, invalid UTF-8, CRLF and a BOM.
namespace BibtexSamples {

QByteArray randomFile(QRandomGenerator &rng, int entries);
// The same bytes with a few random cuts, doublings and inserted delimiters.
QByteArray mutated(QRandomGenerator &rng, QByteArray data);
// gzip (not zlib) compressed, as a .bib.gz file is.
QByteArray gzip(const QByteArray &data);

} // namespace BibtexSamples
