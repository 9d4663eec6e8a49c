#include "library/librarytermsource.h"

#include "corpus/corpus.h"
#include "library/libraryscope.h"
#include "library/librarystore.h"

namespace {

RowSet scopeRows(const Corpus *corpus, const LibraryStore *store, const LibraryScope &scope)
{
    if (!corpus || !store || !store->isOpen())
        return LibraryRows::none();
    return scope.rows(*corpus, *store);
}

} // namespace

RowSet LibraryTermSource::starredRows() const
{
    return scopeRows(m_corpus(), m_store, LibraryScope::bookmarked());
}

RowSet LibraryTermSource::readRows() const
{
    const Corpus *corpus = m_corpus();
    if (!corpus || !m_store || !m_store->isOpen())
        return LibraryRows::none();
    std::vector<bool> bits(size_t(corpus->size()));
    for (const QString &id : m_store->readIds()) {
        if (const qsizetype row = corpus->indexOfId(id); row >= 0)
            bits[size_t(row)] = true;
    }
    return RowSet(std::move(bits));
}

RowSet LibraryTermSource::listRows(const QString &name) const
{
    if (!m_store || !m_store->isOpen() || !m_store->hasList(name))
        return LibraryRows::none();
    return scopeRows(m_corpus(), m_store, LibraryScope::list(m_store->canonicalListName(name)));
}
