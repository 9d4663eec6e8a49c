#include "library/savedviewsmodel.h"

#include <algorithm>

namespace {

QStringList namesOf(const QList<SavedView> &views)
{
    QStringList names;
    for (const SavedView &v : views)
        names.append(v.name.toCaseFolded());
    return names;
}

} // namespace

SavedViewsModel::SavedViewsModel(QObject *parent) : QAbstractListModel(parent) {}

void SavedViewsModel::setStore(LibraryStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store)
        connect(m_store, &LibraryStore::changed, this, &SavedViewsModel::refresh);
    // Another library: a reset, even when both have the same views (or none).
    beginResetModel();
    m_views = m_store && m_store->isOpen() ? m_store->views() : QList<SavedView>();
    endResetModel();
}

int SavedViewsModel::rowOf(const QString &name) const
{
    for (int i = 0; i < m_views.size(); ++i)
        if (m_views[i].name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

int SavedViewsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_views.size());
}

QVariant SavedViewsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SavedView &v = m_views[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case NameRole: return v.name;
    case SummaryRole:
    case Qt::ToolTipRole: return v.summary();
    case ViewRole: return QVariant::fromValue(v);
    default: return {};
    }
}

QHash<int, QByteArray> SavedViewsModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(NameRole, "name");
    names.insert(SummaryRole, "summary");
    names.insert(ViewRole, "view");
    return names;
}

Qt::ItemFlags SavedViewsModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractListModel::flags(index);
    return index.isValid() && m_store && !m_store->isReadOnly() ? base | Qt::ItemIsEditable : base;
}

bool SavedViewsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || role != Qt::EditRole)
        return false;
    const QString name = m_views[index.row()].name;
    const QString newName = value.toString().trimmed();
    if (newName.isEmpty() || newName == name)
        return false;
    emit renameRequested(name, newName);
    return true;
}

void SavedViewsModel::refresh()
{
    QList<SavedView> next = m_store && m_store->isOpen() ? m_store->views() : QList<SavedView>();
    if (next == m_views || applyOneRowChange(next))
        return;
    beginResetModel();
    m_views = std::move(next);
    endResetModel();
}

// The changes one undoable step makes: one view in or out, one moved, or rows changed in place.
bool SavedViewsModel::applyOneRowChange(const QList<SavedView> &next)
{
    const QStringList before = namesOf(m_views);
    const QStringList after = namesOf(next);
    const int n = int(before.size());
    if (after.size() == n + 1 || after.size() == n - 1) {
        const bool inserting = after.size() == n + 1;
        const QStringList &longer = inserting ? after : before;
        const QStringList &shorter = inserting ? before : after;
        const int at = int(std::mismatch(shorter.begin(), shorter.end(), longer.begin()).first - shorter.begin());
        QStringList without = longer;
        without.removeAt(at);
        if (without != shorter)
            return false;
        inserting ? beginInsertRows({}, at, at) : beginRemoveRows({}, at, at);
        m_views = next;
        inserting ? endInsertRows() : endRemoveRows();
        return true;
    }
    if (after.size() != n)
        return false;
    int first = 0, last = n - 1;
    while (first < n && before[first] == after[first])
        ++first;
    while (last > first && before[last] == after[last])
        --last;
    if (first < last) {
        // One view moved: the first and last differing rows bound it.
        QStringList moved = before;
        const bool down = after[last] == before[first];
        moved.move(down ? first : last, down ? last : first);
        if (moved != after)
            return false;
        const int from = down ? first : last;
        beginMoveRows({}, from, from, {}, down ? last + 1 : first);
        m_views = next;
        endMoveRows();
        return true;
    }
    // At most one name differs (a rename) and states may have changed: rows changed in place.
    for (int i = 0; i < n; ++i) {
        if (m_views[i] == next[i])
            continue;
        m_views[i] = next[i];
        emit dataChanged(index(i), index(i));
    }
    return true;
}
