#include "library/librarydecorationmodel.h"

#include "library/librarylistsmodel.h"
#include "library/librarystore.h"
#include "corpus/paperroles.h"
#include "corpus/paperrowlookup.h"

#include <QMimeData>

namespace {

template<typename Set>
QSet<QString> symmetricDifference(const Set &a, const Set &b)
{
    QSet<QString> result;
    for (const QString &id : a)
        if (!b.contains(id))
            result.insert(id);
    for (const QString &id : b)
        if (!a.contains(id))
            result.insert(id);
    return result;
}

template<typename Value>
QSet<QString> changedKeys(const QHash<QString, Value> &a, const QHash<QString, Value> &b)
{
    QSet<QString> result;
    for (auto it = a.cbegin(); it != a.cend(); ++it)
        if (b.value(it.key()) != it.value())
            result.insert(it.key());
    for (auto it = b.cbegin(); it != b.cend(); ++it)
        if (!a.contains(it.key()))
            result.insert(it.key());
    return result;
}

} // namespace

LibraryDecorationModel::LibraryDecorationModel(QObject *parent) : QIdentityProxyModel(parent) {}

void LibraryDecorationModel::setStore(LibraryStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store)
        connect(m_store, &LibraryStore::papersChanged, this, &LibraryDecorationModel::apply);
    refresh();
}

void LibraryDecorationModel::setNoteList(const QString &name)
{
    if (name == m_noteList)
        return;
    m_noteList = name;
    refresh();
}

void LibraryDecorationModel::setSourceModel(QAbstractItemModel *source)
{
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    m_rowByIdValid = false;
    m_lookup = dynamic_cast<const PaperRowLookup *>(source);
    QIdentityProxyModel::setSourceModel(source);
    if (!source)
        return;
    const auto invalidate = [this] { m_rowByIdValid = false; };
    connect(source, &QAbstractItemModel::modelReset, this, invalidate);
    connect(source, &QAbstractItemModel::rowsInserted, this, invalidate);
    connect(source, &QAbstractItemModel::rowsRemoved, this, invalidate);
    connect(source, &QAbstractItemModel::rowsMoved, this, invalidate);
    connect(source, &QAbstractItemModel::layoutChanged, this, invalidate);
}

QVariant LibraryDecorationModel::data(const QModelIndex &index, int role) const
{
    switch (role) {
    case PaperRoles::BookmarkedRole:
    case PaperRoles::ReadRole:
    case PaperRoles::ListsRole:
    case PaperRoles::NoteRole: {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid))
            return {};
        const QString id = index.data(PaperRoles::IdRole).toString();
        if (role == PaperRoles::BookmarkedRole)
            return m_state.bookmarked.contains(id);
        if (role == PaperRoles::ReadRole)
            return m_state.read.contains(id);
        if (role == PaperRoles::ListsRole)
            return m_state.lists.value(id);
        return m_state.notes.value(id);
    }
    default:
        return QIdentityProxyModel::data(index, role);
    }
}

Qt::ItemFlags LibraryDecorationModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QIdentityProxyModel::flags(index);
    return index.isValid() ? base | Qt::ItemIsDragEnabled : base;
}

QStringList LibraryDecorationModel::mimeTypes() const
{
    return {LibraryListsModel::kMimeType};
}

QMimeData *LibraryDecorationModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &i : indexes)
        ids << i.data(PaperRoles::IdRole).toString();
    auto *data = new QMimeData;
    data->setData(LibraryListsModel::kMimeType, ids.join(QLatin1Char('\n')).toUtf8());
    data->setText(ids.join(QLatin1Char('\n')));
    return data;
}

LibraryDecorationModel::State LibraryDecorationModel::load() const
{
    State s;
    if (!m_store || !m_store->isOpen())
        return s;
    s.bookmarked = m_store->bookmarkedIds();
    s.read = m_store->readIds();
    s.lists = m_store->listsByPaper();
    if (!m_noteList.isEmpty())
        for (const LibraryStore::Entry &e : m_store->entries(m_noteList))
            s.notes.insert(e.paper.id, e.note);
    return s;
}

void LibraryDecorationModel::refresh()
{
    State next = load();
    std::swap(m_state, next);
    announce(symmetricDifference(next.bookmarked, m_state.bookmarked), PaperRoles::BookmarkedRole);
    announce(symmetricDifference(next.read, m_state.read), PaperRoles::ReadRole);
    announce(changedKeys(next.lists, m_state.lists), PaperRoles::ListsRole);
    announce(changedKeys(next.notes, m_state.notes), PaperRoles::NoteRole);
}

void LibraryDecorationModel::apply(const LibraryChange &change)
{
    if (change.everything || !m_store || !m_store->isOpen()) {
        refresh();
        return;
    }
    applyFlags(change.bookmarked, m_state.bookmarked, PaperRoles::BookmarkedRole);
    applyFlags(change.read, m_state.read, PaperRoles::ReadRole);
    applyLists(change.listed);
    if (!m_noteList.isEmpty() && !(change.listed.isEmpty() && change.noted.isEmpty()))
        reloadNotes();
}

void LibraryDecorationModel::applyFlags(const QHash<QString, bool> &now, QSet<QString> &state, int role)
{
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        if (state.contains(it.key()) == it.value())
            continue;
        if (it.value())
            state.insert(it.key());
        else
            state.remove(it.key());
        announce(it.key(), role);
    }
}

void LibraryDecorationModel::applyLists(const QSet<QString> &ids)
{
    // Beyond a few hundred papers one query for every list beats one query per paper.
    constexpr qsizetype kPerPaperLimit = 256;
    if (ids.size() > kPerPaperLimit) {
        QHash<QString, QStringList> next = m_store->listsByPaper();
        std::swap(m_state.lists, next);
        announce(changedKeys(next, m_state.lists), PaperRoles::ListsRole);
        return;
    }
    for (const QString &id : ids) {
        const QStringList lists = m_store->listsContaining(id);
        if (lists == m_state.lists.value(id))
            continue;
        if (lists.isEmpty())
            m_state.lists.remove(id);
        else
            m_state.lists.insert(id, lists);
        announce(id, PaperRoles::ListsRole);
    }
}

void LibraryDecorationModel::reloadNotes()
{
    QHash<QString, QString> next;
    for (const LibraryStore::Entry &e : m_store->entries(m_noteList))
        next.insert(e.paper.id, e.note);
    std::swap(m_state.notes, next);
    announce(changedKeys(next, m_state.notes), PaperRoles::NoteRole);
}

int LibraryDecorationModel::rowOf(const QString &id) const
{
    if (m_lookup)
        return m_lookup->rowOfPaper(id);
    if (!m_rowByIdValid && sourceModel()) {
        m_rowById.clear();
        for (int row = 0, n = sourceModel()->rowCount(); row < n; ++row)
            m_rowById.insert(sourceModel()->index(row, 0).data(PaperRoles::IdRole).toString(), row);
        m_rowByIdValid = true;
    }
    return m_rowById.value(id, -1);
}

void LibraryDecorationModel::announce(const QSet<QString> &ids, int role)
{
    for (const QString &id : ids)
        announce(id, role);
}

void LibraryDecorationModel::announce(const QString &id, int role)
{
    const int row = rowOf(id);
    if (row < 0 || row >= rowCount())
        return;
    const QModelIndex i = index(row, 0);
    emit dataChanged(i, i, {role});
}
