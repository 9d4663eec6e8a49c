#include "authorfacetmodel.h"

#include "logging.h"

#include <algorithm>
#include <numeric>

AuthorFacetModel::AuthorFacetModel(QObject *parent) : QAbstractListModel(parent) { }

AuthorFacetModel::~AuthorFacetModel() = default;

void AuthorFacetModel::setCorpus(std::shared_ptr<const Corpus> corpus)
{
    const bool hadSelection = !m_selection.isEmpty();
    beginResetModel();
    m_corpus = corpus;
    m_index = AuthorIndex(corpus, m_collator);
    m_counter.setIndex(&m_index);
    m_selection = FacetSelection();
    m_resultRows.resize(corpus ? size_t(corpus->size()) : 0);
    std::iota(m_resultRows.begin(), m_resultRows.end(), quint32(0));
    m_counted.clear();
    m_ids.clear();
    m_counts.clear();
    m_rowOf.assign(size_t(m_index.size()), -1);
    m_scratch.assign(size_t(m_index.size()), -1);
    endResetModel();
    recount();
    rebuild();
    if (hadSelection)
        emit selectionChanged();
}

void AuthorFacetModel::setResultRows(std::span<const quint32> rows)
{
    const auto size = quint32(m_corpus ? m_corpus->size() : 0);
    if (std::any_of(rows.begin(), rows.end(), [size](quint32 row) { return row >= size; })) {
        qCWarning(lcSearch) << "author facet: ignoring result rows that are not in the current corpus";
        return;
    }
    m_resultRows.assign(rows.begin(), rows.end());
    const qint64 subject = coauthorSubject();
    if (subject >= 0 && subject == m_countedSubject)
        return; // co-authors are counted over the subject's papers, not over the results
    recount();
    rebuild();
}

void AuthorFacetModel::setFilterText(const QString &text)
{
    m_filterText = text;
    const QStringList words = AuthorIndex::filterWords(text);
    if (words == m_filterWords)
        return;
    const bool narrowing = AuthorIndex::refines(words, m_filterWords);
    m_filterWords = words;
    if (narrowing)
        narrow();
    else
        rebuild();
}

// Typing more of the filter only drops rows: test the listed authors, not every counted one.
void AuthorFacetModel::narrow()
{
    std::vector<Id> ids;
    std::vector<quint32> counts;
    for (size_t row = 0; row < m_ids.size(); ++row) {
        const Id id = m_ids[row];
        if (m_selection.state(id) != FacetSelection::State::Off || m_index.matchesFilter(id, m_filterWords)) {
            ids.push_back(id);
            counts.push_back(m_counts[row]);
        }
    }
    apply(std::move(ids), std::move(counts));
}

void AuthorFacetModel::setSortOrder(SortOrder order)
{
    if (order == m_order)
        return;
    m_order = order;
    m_counted = m_counter.reorder(m_counted, order);
    rebuild();
}

void AuthorFacetModel::setCollator(const QCollator &collator)
{
    m_collator = collator;
    if (!m_index.corpus())
        return;
    m_index = AuthorIndex(m_corpus, m_collator);
    m_counter.setIndex(&m_index);
    m_counted = m_counter.reorder(m_counted, m_order);
    rebuild();
}

bool AuthorFacetModel::setSelection(const FacetSelection &selection)
{
    const bool changed = !(selection == m_selection);
    m_selection = selection;
    return commitSelection(changed);
}

bool AuthorFacetModel::setState(Id id, FacetSelection::State state)
{
    return commitSelection(m_selection.setState(id, state));
}

bool AuthorFacetModel::cycleState(Id id)
{
    return commitSelection(m_selection.cycle(id));
}

bool AuthorFacetModel::setMode(FacetSelection::Mode mode)
{
    return commitSelection(m_selection.setMode(mode));
}

bool AuthorFacetModel::clearSelection()
{
    return commitSelection(m_selection.clear());
}

bool AuthorFacetModel::removeLastSelected()
{
    return commitSelection(m_selection.removeLast());
}

bool AuthorFacetModel::commitSelection(bool changed)
{
    if (!changed)
        return false;
    m_statesDirty = true;
    if (coauthorSubject() != m_countedSubject)
        recount();
    rebuild();
    emit selectionChanged();
    return true;
}

void AuthorFacetModel::setCoauthorMode(bool on)
{
    if (on == m_coauthorMode)
        return;
    m_coauthorMode = on;
    if (coauthorSubject() != m_countedSubject)
        recount();
    rebuild();
}

qint64 AuthorFacetModel::coauthorSubject() const
{
    return m_coauthorMode && m_selection.included().size() == 1 ? qint64(m_selection.included().constFirst()) : -1;
}

int AuthorFacetModel::rowOfAuthor(Id id) const
{
    return id < m_rowOf.size() ? m_rowOf[id] : -1;
}

qint64 AuthorFacetModel::findAuthor(const QString &name) const
{
    return m_index.corpus() ? m_index.corpus()->authorTable().find(name) : -1;
}

void AuthorFacetModel::recount()
{
    m_countedSubject = coauthorSubject();
    if (m_countedSubject >= 0)
        m_counted = m_counter.count(m_index.rowsOf(Id(m_countedSubject)), m_order, m_countedSubject);
    else
        m_counted = m_counter.count(m_resultRows, m_order);
}

// The list is the pinned (selected, excluded) authors in the order they were chosen, then the
// counted authors the filter text lets through.
void AuthorFacetModel::rebuild()
{
    std::vector<Id> pins;
    for (Id id : m_selection.order()) {
        if (qint64(id) != m_countedSubject)
            pins.push_back(id);
    }
    std::vector<Id> ids(pins);
    std::vector<quint32> counts(pins.size(), 0);
    for (size_t k = 0; k < pins.size(); ++k)
        m_scratch[pins[k]] = int(k);
    for (const AuthorCounter::Entry &e : m_counted) {
        if (const int pin = m_scratch[e.id]; pin >= 0) {
            counts[size_t(pin)] = e.count;
        } else if (qint64(e.id) != m_countedSubject && m_index.matchesFilter(e.id, m_filterWords)) {
            ids.push_back(e.id);
            counts.push_back(e.count);
        }
    }
    for (Id id : pins)
        m_scratch[id] = -1;
    apply(std::move(ids), std::move(counts));
}

void AuthorFacetModel::apply(std::vector<Id> ids, std::vector<quint32> counts)
{
    const std::vector<Id> oldIds = m_ids;
    const bool sameOrder = ids == m_ids;
    const bool countsChanged = counts != m_counts;
    if (!sameOrder) {
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
    if (!m_ids.empty() && (!sameOrder || countsChanged || m_statesDirty)) {
        emit dataChanged(index(0), index(int(m_ids.size()) - 1),
                         {CountRole, StateRole, PinnedRole, Qt::ToolTipRole});
    }
    m_statesDirty = false;
    emit listChanged();
}

// Never a reset, so persistent indexes (a view's current item) follow their author: one layout
// change gathers the rows that went away at the end, one removal drops them, one insertion
// appends the new authors, and a last layout change puts every row in its place.
void AuthorFacetModel::applyIncrementally(const std::vector<Id> &ids, const std::vector<quint32> &counts)
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

void AuthorFacetModel::relayout(std::vector<Id> ids, std::vector<quint32> counts)
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

int AuthorFacetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

QVariant AuthorFacetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Id id = m_ids[size_t(index.row())];
    const AuthorTable &table = m_corpus->authorTable();
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
        return int(m_index.rowsOf(id).size());
    case Qt::ToolTipRole: {
        const int count = int(m_counts[size_t(index.row())]);
        const QString shown = m_countedSubject >= 0 ? tr("%n shared paper(s)", nullptr, count)
                                                    : tr("%n paper(s) shown", nullptr, count);
        return tr("%1 — %2, %n in the corpus", nullptr, int(m_index.rowsOf(id).size()))
            .arg(table.displayName(id), shown);
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> AuthorFacetModel::roleNames() const
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
