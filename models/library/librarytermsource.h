#pragma once

#include "search/libraryterms.h"

#include <QPointer>

#include <functional>

class Corpus;
class LibraryStore;

// The library's rows for the query terms list:NAME, is:starred, is:read, is:unread, read from the
// store (on its thread) for the corpus shown now (asked of corpus each time). No store, or a closed
// one: no rows.
class LibraryTermSource : public LibraryTerms
{
public:
    LibraryTermSource(std::function<const Corpus *()> corpus, const LibraryStore *store)
        : m_corpus(std::move(corpus)), m_store(store) {}
    void setStore(const LibraryStore *store) { m_store = store; }

    RowSet starredRows() const override;
    RowSet readRows() const override;
    RowSet listRows(const QString &name) const override;

private:
    std::function<const Corpus *()> m_corpus;
    QPointer<const LibraryStore> m_store;
};
