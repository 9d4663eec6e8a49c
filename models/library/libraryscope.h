#pragma once

#include "search/rowset.h"

#include <QList>
#include <QMetaType>
#include <QString>


class Corpus;
class LibraryStore;

// Which part of the corpus the paper view shows: everything, the bookmarked papers, the unread ones,
// or one reading list (in the list's own order). A plain value; rows() reads its papers from the
// store into the RowSet the search controller keeps results to.
class LibraryScope
{
public:
    enum class Kind { All, Bookmarked, Unread, List };
    LibraryScope() = default;
    static LibraryScope all() { return {}; }
    static LibraryScope bookmarked() { return LibraryScope(Kind::Bookmarked, {}); }
    static LibraryScope unread() { return LibraryScope(Kind::Unread, {}); }
    static LibraryScope list(const QString &name) { return LibraryScope(Kind::List, name); }

    Kind kind() const { return m_kind; }
    QString listName() const { return m_listName; }
    bool isAll() const { return m_kind == Kind::All; }
    QString label() const; // for the filter-bar chip: "Bookmarked", "Unread", the list's name
    bool operator==(const LibraryScope &) const = default;

    // Membership of each corpus row, read once from the store now; every row for All.
    RowSet rows(const Corpus &corpus, const LibraryStore &store) const;
    // For a list scope: the corpus rows of its entries in the list's order (entries whose paper is
    // not in this corpus are left out). Empty for other scopes.
    QList<quint32> listOrder(const Corpus &corpus, const LibraryStore &store) const;

private:
    LibraryScope(Kind kind, const QString &name) : m_kind(kind), m_listName(name) {}

    Kind m_kind = Kind::All;
    QString m_listName;
};
Q_DECLARE_METATYPE(LibraryScope)
