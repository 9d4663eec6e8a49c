#include "library/libraryscope.h"

#include "corpus/corpus.h"
#include "library/librarystore.h"

#include <QCoreApplication>

#include <vector>

QString LibraryScope::label() const
{
    switch (m_kind) {
    case Kind::All: return QCoreApplication::translate("LibraryScope", "All papers");
    case Kind::Bookmarked: return QCoreApplication::translate("LibraryScope", "Bookmarked");
    case Kind::Unread: return QCoreApplication::translate("LibraryScope", "Unread");
    case Kind::List: return m_listName;
    }
    return {};
}

RowSet LibraryScope::rows(const Corpus &corpus, const LibraryStore &store) const
{
    if (m_kind == Kind::All)
        return {};
    // One bit per row, so the test costs a shift and a mask even at a million rows.
    std::vector<bool> bits(size_t(corpus.size()), m_kind == Kind::Unread);
    auto set = [&](const QString &id, bool value) {
        const qsizetype row = corpus.indexOfId(id);
        if (row >= 0)
            bits[size_t(row)] = value;
    };
    switch (m_kind) {
    case Kind::Bookmarked:
        for (const QString &id : store.bookmarkedIds())
            set(id, true);
        break;
    case Kind::Unread:
        for (const QString &id : store.readIds())
            set(id, false);
        break;
    case Kind::List:
        for (const LibraryStore::Entry &e : store.entries(m_listName))
            set(e.paper.id, true);
        break;
    case Kind::All: break;
    }
    return RowSet(std::move(bits));
}

QList<quint32> LibraryScope::listOrder(const Corpus &corpus, const LibraryStore &store) const
{
    QList<quint32> rows;
    if (m_kind != Kind::List)
        return rows;
    for (const LibraryStore::Entry &e : store.entries(m_listName)) {
        const qsizetype row = corpus.indexOfId(e.paper.id);
        if (row >= 0)
            rows.append(quint32(row));
    }
    return rows;
}
