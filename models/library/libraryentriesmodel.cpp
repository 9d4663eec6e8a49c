#include "library/libraryentriesmodel.h"

#include <QSet>

LibraryEntriesModel::LibraryEntriesModel(QObject *parent) : QAbstractListModel(parent) {}

void LibraryEntriesModel::setStore(LibraryStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store)
        connect(m_store, &LibraryStore::changed, this, &LibraryEntriesModel::refresh);
    refresh();
}

void LibraryEntriesModel::setList(const QString &name)
{
    if (name == m_list)
        return;
    m_list = name;
    // Another list is another set of rows: the one reset this model makes.
    beginResetModel();
    m_entries.clear();
    endResetModel();
    refresh();
}

void LibraryEntriesModel::setCorpus(std::shared_ptr<const Corpus> corpus)
{
    m_corpus = std::move(corpus);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0), index(int(m_entries.size()) - 1), {CorpusIndexRole, InCorpusRole, Qt::ToolTipRole});
}

int LibraryEntriesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant LibraryEntriesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LibraryStore::Entry &e = m_entries[index.row()];
    const qsizetype row = m_corpus ? m_corpus->indexOfId(e.paper.id) : -1;
    switch (role) {
    case Qt::DisplayRole:
        return m_corpus && row < 0 ? tr("%1 — not in this corpus").arg(e.paper.headline) : e.paper.headline;
    case HeadlineRole: return e.paper.headline;
    case IdRole: return e.paper.id;
    case AuthorLabelRole: return e.paper.authorLabel;
    case CorpusIndexRole: return int(row);
    case InCorpusRole: return row >= 0;
    case ReadRole: return e.read;
    case NoteRole: return e.note;
    case AddedRole: return e.added;
    case BookmarkedRole: return m_store && m_store->isBookmarked(e.paper.id);
    case Qt::ToolTipRole: return row >= 0 ? e.note : tr("Not in this corpus");
    default: return {};
    }
}

QHash<int, QByteArray> LibraryEntriesModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(AuthorLabelRole, "authorLabel");
    names.insert(HeadlineRole, "headline");
    names.insert(CorpusIndexRole, "corpusIndex");
    names.insert(InCorpusRole, "inCorpus");
    names.insert(BookmarkedRole, "bookmarked");
    names.insert(ReadRole, "read");
    names.insert(NoteRole, "note");
    names.insert(AddedRole, "added");
    return names;
}

void LibraryEntriesModel::refresh()
{
    const QList<LibraryStore::Entry> next =
        m_store && m_store->isOpen() && !m_list.isEmpty() ? m_store->entries(m_list) : QList<LibraryStore::Entry>{};
    removeMissing(next);
    arrangeLike(next);
    for (int i = 0; i < next.size(); ++i) {
        if (next[i] == m_entries[i])
            continue;
        m_entries[i] = next[i];
        emit dataChanged(index(i), index(i));
    }
}

void LibraryEntriesModel::removeMissing(const QList<LibraryStore::Entry> &next)
{
    QSet<QString> keep;
    for (const LibraryStore::Entry &e : next)
        keep.insert(e.paper.id);
    // From the bottom, one signal per run of removed rows.
    for (int last = int(m_entries.size()) - 1; last >= 0;) {
        if (keep.contains(m_entries[last].paper.id)) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !keep.contains(m_entries[first - 1].paper.id))
            --first;
        beginRemoveRows({}, first, last);
        m_entries.remove(first, last - first + 1);
        endRemoveRows();
        last = first - 1;
    }
}

void LibraryEntriesModel::arrangeLike(const QList<LibraryStore::Entry> &next)
{
    // Every row left is in next. Walk next: a row already in place stays, one further down moves up
    // (a move keeps selection and scroll), and a run of new papers is inserted at once.
    QSet<QString> present;
    for (const LibraryStore::Entry &e : std::as_const(m_entries))
        present.insert(e.paper.id);
    for (int i = 0; i < next.size();) {
        const QString &id = next[i].paper.id;
        if (i < m_entries.size() && m_entries[i].paper.id == id) {
            ++i;
            continue;
        }
        if (present.contains(id)) {
            int from = i + 1;
            while (m_entries[from].paper.id != id)
                ++from;
            beginMoveRows({}, from, from, {}, i);
            m_entries.move(from, i);
            endMoveRows();
            ++i;
            continue;
        }
        int end = i + 1;
        while (end < next.size() && !present.contains(next[end].paper.id))
            ++end;
        beginInsertRows({}, i, end - 1);
        for (int k = i; k < end; ++k)
            m_entries.insert(k, next[k]);
        endInsertRows();
        i = end;
    }
}
