#include "library/librarylistsmodel.h"

#include <QMimeData>

LibraryListsModel::LibraryListsModel(QObject *parent) : QAbstractListModel(parent) {}

void LibraryListsModel::setStore(LibraryStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store)
        connect(m_store, &LibraryStore::changed, this, &LibraryListsModel::refresh);
    refresh();
}

int LibraryListsModel::rowOf(const QString &name) const
{
    for (int i = 0; i < m_lists.size(); ++i)
        if (m_lists[i].name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

QString LibraryListsModel::nameAt(int row) const
{
    return row >= 0 && row < m_lists.size() ? m_lists[row].name : QString();
}

int LibraryListsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lists.size());
}

QVariant LibraryListsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LibraryStore::ListInfo &l = m_lists[index.row()];
    switch (role) {
    case Qt::DisplayRole: return tr("%1 (%2)").arg(l.name).arg(l.count);
    case Qt::EditRole:
    case NameRole: return l.name;
    case CountRole: return l.count;
    case Qt::ToolTipRole: return tr("“%1”: %n paper(s)", nullptr, l.count).arg(l.name);
    default: return {};
    }
}

QHash<int, QByteArray> LibraryListsModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(NameRole, "name");
    names.insert(CountRole, "count");
    return names;
}

Qt::ItemFlags LibraryListsModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractListModel::flags(index);
    return index.isValid() ? base | Qt::ItemIsDropEnabled : base;
}

QStringList LibraryListsModel::mimeTypes() const
{
    return {kMimeType};
}

Qt::DropActions LibraryListsModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::LinkAction;
}

bool LibraryListsModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int, const QModelIndex &parent) const
{
    return data && data->hasFormat(kMimeType) && parent.isValid();
}

bool LibraryListsModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                     const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QStringList ids = QString::fromUtf8(data->data(kMimeType)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (ids.isEmpty())
        return false;
    emit papersDropped(nameAt(parent.row()), ids);
    return true;
}

void LibraryListsModel::refresh()
{
    const QList<LibraryStore::ListInfo> next = m_store && m_store->isOpen() ? m_store->lists() : QList<LibraryStore::ListInfo>{};
    // Both sides are sorted the same way: walk them together, removing and inserting single rows.
    const auto before = [](const QString &a, const QString &b) {
        const int c = a.compare(b, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a < b;
    };
    int i = 0;
    for (const LibraryStore::ListInfo &want : next) {
        while (i < m_lists.size() && before(m_lists[i].name, want.name)) {
            beginRemoveRows({}, i, i);
            m_lists.removeAt(i);
            endRemoveRows();
        }
        if (i < m_lists.size() && m_lists[i].name == want.name) {
            if (m_lists[i].count != want.count) {
                m_lists[i].count = want.count;
                emit dataChanged(index(i), index(i), {Qt::DisplayRole, Qt::ToolTipRole, CountRole});
            }
        } else {
            beginInsertRows({}, i, i);
            m_lists.insert(i, want);
            endInsertRows();
        }
        ++i;
    }
    if (i < m_lists.size()) {
        beginRemoveRows({}, i, int(m_lists.size()) - 1);
        m_lists.resize(i);
        endRemoveRows();
    }
}
