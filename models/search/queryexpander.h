#pragma once

#include "search/searchquery.h"

#include <QStringList>

// Rewrites a parsed query before it runs, adding alternatives (a known acronym also matches its
// expansion, models/acronyms). Implementations are immutable, so the search controller may call
// expand() on the GUI thread while a worker still runs the previous query.
class QueryExpander
{
public:
    virtual ~QueryExpander() = default;
    // The widened query; `notes` receives what was added, for the window to show ("graph neural network").
    virtual SearchQuery expand(const SearchQuery &query, QStringList *notes) const = 0;
};
