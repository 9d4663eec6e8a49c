#pragma once

#include <cstddef>

// Tables describing SQLite FTS5's `unicode61 remove_diacritics 2` tokenizer for non-ASCII code
// points, generated from SQLite itself by scripts/gen-fts5-tables.py (see models/fts5tables.cpp).
namespace Fts5Tables {

struct CodeRange
{
    char32_t first;
    char32_t end; // one past the last
};
struct FoldPair
{
    char32_t from;
    char32_t to; // 0: the character is dropped from the token
};

// Non-ASCII token characters, sorted and disjoint.
extern const CodeRange kTokenRanges[];
extern const std::size_t kTokenRangeCount;
// Token characters whose folded form differs from themselves, sorted by `from`.
extern const FoldPair kFolds[];
extern const std::size_t kFoldCount;

} // namespace Fts5Tables
