#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

class Corpus;
class LibraryStore;

// Which part of the corpus the paper view shows: everything, the bookmarked papers, the unread ones,
// or one reading list (in the list's own order). A plain value; rowFilter() turns it into the
// post-filter predicate the search evaluator takes, precomputed as a row bitset.
class LibraryScope
{
public:
    enum class Kind { All, Bookmarked, Unread, List };
    using RowFilter = std::function<bool(quint32 row)>;
    using Members = std::shared_ptr<const std::vector<bool>>; // one flag per corpus row

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

    // Membership of each corpus row, read once from the store now; an empty function for All.
    RowFilter rowFilter(const Corpus &corpus, const LibraryStore &store) const { return filterOf(members(corpus, store)); }
    // The same membership as flags (null for All), so a caller can tell whether it changed.
    Members members(const Corpus &corpus, const LibraryStore &store) const;
    static RowFilter filterOf(Members members);
    // For a list scope: the corpus rows of its entries in the list's order (entries whose paper is
    // not in this corpus are left out). Empty for other scopes.
    QList<quint32> listOrder(const Corpus &corpus, const LibraryStore &store) const;

private:
    LibraryScope(Kind kind, const QString &name) : m_kind(kind), m_listName(name) {}

    Kind m_kind = Kind::All;
    QString m_listName;
};
Q_DECLARE_METATYPE(LibraryScope)
