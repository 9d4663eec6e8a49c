#pragma once

#include <QList>
#include <QString>

#include <functional>
#include <vector>

struct TexSegment;

// Renders the TeX in abstracts readably: $\alpha$ → α, x^2 → x² or x<sup>2</sup>, \frac{a}{b} → a/b,
// \mathbb{R} → ℝ, \emph{…} unwrapped, \% unescaped. Anything not understood is kept as its original
// source. Model-side (no widgets): the detail pane uses toHtml, the list uses toPlainText.
class TexConverter
{
public:
    // Turns a piece of plain text into HTML. The default escapes it; a search highlighter can mark
    // matches instead, and TeX rendering composes with it because it only calls this on plain pieces.
    using Escaper = std::function<QString(const QString &plain)>;

    static QString toHtml(const QString &text, const Escaper &escape = {});
    // Unicode plain text. *spans (flattened start, length pairs in `text`) are mapped onto the
    // result; a span touching a TeX construct grows to cover all of it.
    static QString toPlainText(const QString &text, QList<int> *spans = nullptr);

    // The same from TexParser::parse(text) of text that mightContainTex(), for a caller that needs
    // both forms of one text (the fuzz target): parsed once, rendered twice.
    static QString toHtml(const std::vector<TexSegment> &segments, const Escaper &escape = {});
    static QString toPlainText(const std::vector<TexSegment> &segments, QList<int> *spans = nullptr);
};
