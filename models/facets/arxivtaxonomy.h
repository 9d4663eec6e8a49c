#pragma once

#include <QString>

// Human names of arXiv archives ("cs" → "Computer Science") and categories ("cs.LG" → "Machine
// Learning"), from a small static table of the common ones; empty for a code it does not know.
namespace ArxivTaxonomy {
// The archive of a category: the part before the dot ("cs" of "cs.LG"), the code itself without one.
QString groupOf(const QString &category);
QString nameOf(const QString &code);
} // namespace ArxivTaxonomy
