#include "facets/fieldfacetmodel.h"

#include "facets/arxivtaxonomy.h"

#include <QHash>

#include <algorithm>

namespace {
template <typename Row> void sortByCount(std::vector<Row> &rows)
{
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (a.count != b.count)
            return a.count > b.count;
        return a.term.compare(b.term, Qt::CaseInsensitive) < 0;
    });
}
} // namespace

FieldFacetModel::FieldFacetModel(FieldFacetIndex::Kind kind, QObject *parent) : QAbstractListModel(parent), m_kind(kind)
{
}

void FieldFacetModel::setCorpus(const std::shared_ptr<const Corpus> &corpus)
{
    setIndex(corpus ? std::make_shared<const FieldFacetIndex>(*corpus, m_kind) : nullptr);
}

void FieldFacetModel::setIndex(std::shared_ptr<const FieldFacetIndex> index)
{
    m_index = std::move(index);
    m_selection = FieldSelection();
    m_resultRows.clear();
    if (m_index) {
        m_resultRows.resize(m_index->rowCount());
        for (quint32 row = 0; row < m_resultRows.size(); ++row)
            m_resultRows[row] = row;
        m_corpusCounts = m_index->count(m_resultRows);
    } else {
        m_corpusCounts.clear();
    }
    rebuild();
}

void FieldFacetModel::setResultRows(std::span<const quint32> rows)
{
    m_resultRows.assign(rows.begin(), rows.end());
    if (m_index) // rows of another corpus are not counted
        std::erase_if(m_resultRows, [n = m_index->rowCount()](quint32 row) { return row >= n; });
    rebuild();
}

void FieldFacetModel::setSelection(const FieldSelection &selection)
{
    if (selection == m_selection)
        return;
    m_selection = selection;
    rebuild();
}

void FieldFacetModel::setFilterText(const QString &text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    rebuild();
}

int FieldFacetModel::rowOfTerm(const QString &term) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].term.compare(term, Qt::CaseInsensitive) == 0)
            return int(i);
    }
    return -1;
}

bool FieldFacetModel::matchesFilter(const Row &row) const
{
    const QString f = m_filter.trimmed();
    return f.isEmpty() || row.term.contains(f, Qt::CaseInsensitive) || row.name.contains(f, Qt::CaseInsensitive);
}

void FieldFacetModel::rebuild()
{
    std::vector<Row> rows;
    if (m_index && !m_index->isEmpty()) {
        const std::vector<quint32> counts = m_index->count(m_resultRows);
        if (m_kind == FieldFacetIndex::Kind::Category) {
            rows = buildCategoryRows(counts);
        } else {
            for (qsizetype id = 0; id < m_index->valueCount(); ++id) {
                Row row{m_index->value(id), {}, int(counts[size_t(id)]), 0, int(m_corpusCounts[size_t(id)])};
                const bool keep = m_kind == FieldFacetIndex::Kind::Year
                                  || ((row.count > 0 || m_selection.state(row.term) != FieldSelection::State::Off)
                                      && matchesFilter(row));
                if (keep)
                    rows.push_back(std::move(row));
            }
            if (m_kind != FieldFacetIndex::Kind::Year)
                sortByCount(rows);
        }
        // Selected terms not among the values (a year range, a typed group) are not rows.
        if (m_kind != FieldFacetIndex::Kind::Year && rows.size() > size_t(kMaxRows))
            rows.resize(size_t(kMaxRows));
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

// Archives with their papers counted once each (a paper in cs.LG and cs.AI is one cs paper),
// then each archive's categories beneath it.
std::vector<FieldFacetModel::Row> FieldFacetModel::buildCategoryRows(const std::vector<quint32> &counts) const
{
    QHash<QString, int> groupOf; // folded group code → group number
    std::vector<Row> groups;
    std::vector<int> groupOfValue(size_t(m_index->valueCount()));
    for (qsizetype id = 0; id < m_index->valueCount(); ++id) {
        const QString code = ArxivTaxonomy::groupOf(m_index->value(id));
        auto it = groupOf.find(code.toCaseFolded());
        if (it == groupOf.end()) {
            it = groupOf.insert(code.toCaseFolded(), int(groups.size()));
            groups.push_back({code, ArxivTaxonomy::nameOf(code), 0, 0});
        }
        groupOfValue[size_t(id)] = *it;
    }
    std::vector<quint32> lastRow(groups.size(), quint32(-1));
    for (const quint32 row : m_resultRows) {
        for (const quint32 id : m_index->valuesOf(row)) {
            const int g = groupOfValue[id];
            if (lastRow[size_t(g)] != row) {
                lastRow[size_t(g)] = row;
                ++groups[size_t(g)].count;
            }
        }
    }
    std::vector<std::vector<Row>> children(groups.size());
    for (qsizetype id = 0; id < m_index->valueCount(); ++id) {
        const QString code = m_index->value(id);
        if (code.compare(groups[size_t(groupOfValue[size_t(id)])].term, Qt::CaseInsensitive) == 0)
            continue; // an archive without categories ("hep-th") is its own row
        children[size_t(groupOfValue[size_t(id)])].push_back({code, ArxivTaxonomy::nameOf(code), int(counts[size_t(id)]), 1});
    }
    std::vector<int> order(groups.size());
    for (size_t g = 0; g < groups.size(); ++g)
        order[g] = int(g);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const Row &ra = groups[size_t(a)], &rb = groups[size_t(b)];
        return ra.count != rb.count ? ra.count > rb.count : ra.term.compare(rb.term, Qt::CaseInsensitive) < 0;
    });
    const auto listed = [&](const Row &r) {
        return r.count > 0 || m_selection.state(r.term) != FieldSelection::State::Off;
    };
    std::vector<Row> out;
    for (const int g : order) {
        std::vector<Row> kids;
        for (Row &kid : children[size_t(g)]) {
            if (listed(kid) && (matchesFilter(kid) || matchesFilter(groups[size_t(g)])))
                kids.push_back(std::move(kid));
        }
        sortByCount(kids);
        if (!listed(groups[size_t(g)]) || (kids.empty() && !matchesFilter(groups[size_t(g)])))
            continue;
        out.push_back(groups[size_t(g)]);
        std::move(kids.begin(), kids.end(), std::back_inserter(out));
    }
    return out;
}

int FieldFacetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant FieldFacetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        const QString indent = row.depth > 0 ? QStringLiteral("    ") : QString();
        return row.name.isEmpty() ? indent + row.term : indent + row.term + QStringLiteral("  ") + row.name;
    }
    case Qt::ToolTipRole:
        return row.name.isEmpty() ? row.term : row.term + QStringLiteral(" — ") + row.name;
    case CountRole: return row.count;
    case StateRole: return int(m_selection.state(row.term));
    case TermRole: return row.term;
    case DepthRole: return row.depth;
    case NameRole: return row.name;
    case CorpusCountRole: return row.corpusCount;
    default: return {};
    }
}

QHash<int, QByteArray> FieldFacetModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(CountRole, "count");
    names.insert(StateRole, "state");
    names.insert(TermRole, "term");
    names.insert(DepthRole, "depth");
    names.insert(NameRole, "name");
    names.insert(CorpusCountRole, "corpusCount");
    return names;
}
