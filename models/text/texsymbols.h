#pragma once

#include <QString>
#include <QStringView>

// The Unicode tables behind TexConverter: symbol commands, blackboard and calligraphic letters,
// superscript and subscript characters.
namespace TexSymbols {

// "\alpha" → "α" (name without the backslash); null when the command is not a symbol we know.
QString symbol(QStringView name);
// True for commands that only switch fonts or sizes (\large, \sf, \displaystyle, \left …): dropped.
bool isIgnoredSwitch(QStringView name);
// The combining mark of an accent command (\tilde → U+0303), or null.
QString accent(QStringView name);
// \mathbb{R} → ℝ, \mathcal{O} → 𝒪; the character itself when there is no such letter.
QString blackboard(QChar c);
QString calligraphic(QChar c);
// Unicode superscript/subscript form of a character, or a null char when there is none.
QChar superscript(QChar c);
QChar subscript(QChar c);

} // namespace TexSymbols
