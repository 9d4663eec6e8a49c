#pragma once

#include <QString>
#include <QStringView>

// Case- and accent-folding shared by author interning, indexing, querying and highlighting:
// "Schölkopf" and "SCHOLKOPF" fold to the same "scholkopf".
namespace TextFold {

// Folds one character (a UTF-16 code unit pair when surrogate) to zero or more characters.
void appendFolded(QString &out, char32_t ch);

// Folds a whole string: case-folded, diacritics removed, compatibility forms decomposed.
QString fold(QStringView text);

// An author name's normalized key: folded, punctuation other than letters/digits turned into
// single spaces, trimmed. "Bernhard  Schölkopf" and "bernhard scholkopf" share one key.
QString authorKey(QStringView name);

} // namespace TextFold
