#include "facets/authorlistmodel.h"

#include <algorithm>

AuthorListModel::AuthorListModel(QObject *parent)
    : QAbstractListModel(parent), m_index(std::make_shared<const AuthorIndex>())
{
    m_counter.setIndex(m_index.get());
}

AuthorListModel::~AuthorListModel() = default;

void AuthorListModel::resetIndex(std::shared_ptr<const AuthorIndex> index)
{
    const bool hadSelection = !m_selection.isEmpty();
    beginResetModel();
    m_index = index ? std::move(index) : std::make_shared<const AuthorIndex>();
    m_counter.setIndex(m_index.get());
    m_selection = FacetSelection();
    m_matchesStale = !m_filterWords.isEmpty();
    m_filterMatches.clear();
    m_ids.clear();
    m_counts.clear();
    m_rowOf.assign(size_t(m_index->size()), -1);
    m_scratch.assign(size_t(m_index->size()), -1);
    endResetModel();
    if (hadSelection)
        emit selectionChanged();
}

// The name-word index finds the matching authors by binary search; the counts decide which show.
void AuthorListModel::setFilterText(const QString &text)
{
    m_filterText = text;
    const QStringList words = AuthorIndex::filterWords(text);
    if (words == m_filterWords)
        return;
    m_filterWords = words;
    m_filterMatches.clear();
    m_matchesStale = !words.isEmpty();
    relist();
}

void AuthorListModel::setSortOrder(SortOrder order)
{
    if (order == m_order)
        return;
    m_order = order;
    relist();
}

void AuthorListModel::setRowLimit(int limit)
{
    limit = std::max(0, limit);
    if (limit == m_rowLimit)
        return;
    m_rowLimit = limit;
    relist();
}

void AuthorListModel::setSelection(const FacetSelection &selection)
{
    if (selection == m_selection)
        return;
    m_selection = selection;
    m_statesDirty = true;
    onSelectionChanged();
    emit selectionChanged();
}

int AuthorListModel::rowOfAuthor(Id id) const
{
    return id < m_rowOf.size() ? m_rowOf[id] : -1;
}

qint64 AuthorListModel::findAuthor(const QString &name) const
{
    return corpus() ? corpus()->authorTable().find(name) : -1;
}

// The list is the pinned (selected, excluded) authors in the order they were chosen, then the
// first rowLimit() counted authors the filter text lets through.
void AuthorListModel::relist()
{
    if (!hasCounts()) {
        m_hidden = 0;
        apply({}, {});
        return;
    }
    if (m_matchesStale) {
        m_filterMatches = m_index->authorsMatching(m_filterWords);
        m_matchesStale = false;
    }
    const qint64 unlisted = unlistedAuthor();
    std::vector<Id> skip;
    for (Id id : m_selection.order()) {
        if (qint64(id) != unlisted && id < Id(m_index->size()))
            skip.push_back(id);
    }
    std::vector<Id> ids(skip);
    std::vector<quint32> counts;
    for (Id id : ids)
        counts.push_back(m_counter.countOf(id));
    if (unlisted >= 0)
        skip.push_back(Id(unlisted));
    qsizetype total = 0;
    const auto limit = size_t(m_rowLimit);
    const std::vector<AuthorCounter::Entry> first = m_filterWords.isEmpty()
        ? m_counter.top(limit, m_order, skip, &total)
        : m_counter.topOf(m_filterMatches, limit, m_order, skip, &total);
    for (const AuthorCounter::Entry &e : first) {
        ids.push_back(e.id);
        counts.push_back(e.count);
    }
    m_hidden = total - qsizetype(first.size());
    apply(std::move(ids), std::move(counts));
}

void AuthorListModel::apply(std::vector<Id> ids, std::vector<quint32> counts)
{
    const std::vector<Id> oldIds = m_ids;
    const std::vector<quint32> oldCounts = m_counts;
    if (ids != m_ids) {
        for (size_t k = 0; k < ids.size(); ++k)
            m_scratch[ids[k]] = int(k);
        applyIncrementally(ids, counts);
        for (Id id : oldIds)
            m_scratch[id] = -1;
        for (Id id : ids)
            m_scratch[id] = -1;
        for (Id id : oldIds)
            m_rowOf[id] = -1;
        for (size_t k = 0; k < m_ids.size(); ++k)
            m_rowOf[m_ids[k]] = int(k);
    }
    m_counts = std::move(counts);
    emitCountChanges(oldCounts, oldIds);
    m_statesDirty = false;
    emit listChanged();
}

// One dataChanged over the rows that were listed before and whose count changed (every row when
// states changed); moved and new rows are covered by the layout and insert signals.
void AuthorListModel::emitCountChanges(const std::vector<quint32> &oldCounts, const std::vector<Id> &oldIds)
{
    if (m_ids.empty())
        return;
    int first = m_statesDirty ? 0 : -1;
    int last = m_statesDirty ? int(m_ids.size()) - 1 : -1;
    for (size_t k = 0; k < oldIds.size() && !m_statesDirty; ++k)
        m_scratch[oldIds[k]] = int(k);
    for (size_t row = 0; row < m_ids.size() && !m_statesDirty; ++row) {
        const int was = m_scratch[m_ids[row]];
        if (was >= 0 && oldCounts[size_t(was)] != m_counts[row]) {
            first = first < 0 ? int(row) : first;
            last = int(row);
        }
    }
    for (size_t k = 0; k < oldIds.size() && !m_statesDirty; ++k)
        m_scratch[oldIds[k]] = -1;
    if (first >= 0)
        emit dataChanged(index(first), index(last), {CountRole, StateRole, PinnedRole, Qt::ToolTipRole});
}

// Never a reset, so persistent indexes (a view's current item) follow their author: one layout
// change gathers the rows that went away at the end, one removal drops them, one insertion
// appends the new authors, and a last layout change puts every row in its place.
void AuthorListModel::applyIncrementally(const std::vector<Id> &ids, const std::vector<quint32> &counts)
{
    std::vector<Id> kept;
    std::vector<quint32> keptCounts;
    std::vector<Id> gone;
    std::vector<quint32> goneCounts;
    for (size_t k = 0; k < ids.size(); ++k) {
        if (m_rowOf[ids[k]] >= 0) {
            kept.push_back(ids[k]);
            keptCounts.push_back(counts[k]);
        }
    }
    for (size_t row = 0; row < m_ids.size(); ++row) {
        if (m_scratch[m_ids[row]] < 0) {
            gone.push_back(m_ids[row]);
            goneCounts.push_back(m_counts[row]);
        }
    }
    const int keptCount = int(kept.size());
    kept.insert(kept.end(), gone.begin(), gone.end());
    keptCounts.insert(keptCounts.end(), goneCounts.begin(), goneCounts.end());
    if (kept != m_ids)
        relayout(std::move(kept), std::move(keptCounts));
    if (!gone.empty()) {
        beginRemoveRows({}, keptCount, int(m_ids.size()) - 1);
        m_ids.resize(size_t(keptCount));
        m_counts.resize(size_t(keptCount));
        endRemoveRows();
    }
    if (ids.size() > m_ids.size()) {
        beginInsertRows({}, int(m_ids.size()), int(ids.size()) - 1);
        for (size_t k = 0; k < ids.size(); ++k) {
            if (m_rowOf[ids[k]] < 0) {
                m_ids.push_back(ids[k]);
                m_counts.push_back(counts[k]);
            }
        }
        endInsertRows();
    }
    if (m_ids != ids)
        relayout(ids, counts);
}

void AuthorListModel::relayout(std::vector<Id> ids, std::vector<quint32> counts)
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    for (size_t k = 0; k < ids.size(); ++k)
        m_scratch[ids[k]] = int(k);
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex &i : from)
        to.append(index(m_scratch[m_ids[size_t(i.row())]]));
    changePersistentIndexList(from, to);
    m_ids = std::move(ids);
    m_counts = std::move(counts);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

int AuthorListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

QVariant AuthorListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Id id = m_ids[size_t(index.row())];
    const AuthorTable &table = corpus()->authorTable();
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return table.displayName(id);
    case KeyRole:
        return table.key(id);
    case CountRole:
        return int(m_counts[size_t(index.row())]);
    case StateRole:
        return int(m_selection.state(id));
    case PinnedRole:
        return m_selection.state(id) != FacetSelection::State::Off;
    case AuthorIdRole:
        return uint(id);
    case CorpusCountRole:
        return int(m_index->rowsOf(id).size());
    case Qt::ToolTipRole:
        return tr("%1 — %2, %n in the corpus", nullptr, int(m_index->rowsOf(id).size()))
            .arg(table.displayName(id), countText(int(m_counts[size_t(index.row())])));
    default:
        return {};
    }
}

QHash<int, QByteArray> AuthorListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(NameRole, "name");
    names.insert(KeyRole, "key");
    names.insert(CountRole, "count");
    names.insert(StateRole, "state");
    names.insert(PinnedRole, "pinned");
    names.insert(AuthorIdRole, "authorId");
    names.insert(CorpusCountRole, "corpusCount");
    return names;
}
