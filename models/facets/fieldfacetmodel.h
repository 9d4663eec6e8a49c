#pragma once

#include "facets/authorlistmodel.h"
#include "facets/fieldfacetindex.h"
#include "facets/fieldselection.h"

#include <QAbstractListModel>

#include <memory>
#include <span>
#include <vector>

// One metadata facet's list: its values with how many of the current results hold each, live
// like the author counts. Years: every year of the corpus ascending (the histogram's bars, zero
// counts included). Categories: two levels, each arXiv archive ("cs", with its papers counted once)
// followed by its categories, both by count. Venues and keywords: flat, by count. Values in the
// selection stay listed at count 0; a filter text narrows all but years to matching codes or names.
class FieldFacetModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        CountRole = AuthorListModel::CountRole, // int; the author delegate paints these two roles
        StateRole = AuthorListModel::StateRole, // int, a FieldSelection::State
        TermRole = Qt::UserRole + 100,          // QString, what the selection stores ("cs", "cs.LG", "2019")
        DepthRole,                              // int, 0 or 1 (a category under its archive)
        NameRole,                               // QString, a human name ("Machine Learning") or empty
        CorpusCountRole,                        // int, papers of the whole corpus with this value
    };
    // Rows beyond this many (by count) are left out; a filter text finds the rest.
    static constexpr int kMaxRows = 2000;

    explicit FieldFacetModel(FieldFacetIndex::Kind kind, QObject *parent = nullptr);

    FieldFacetIndex::Kind kind() const { return m_kind; }
    // Builds the index of this facet's field for the corpus (none: an empty facet).
    void setCorpus(const std::shared_ptr<const Corpus> &corpus);
    void setIndex(std::shared_ptr<const FieldFacetIndex> index);
    const FieldFacetIndex *facetIndex() const { return m_index.get(); }
    bool isEmpty() const { return !m_index || m_index->isEmpty(); }
    void setResultRows(std::span<const quint32> rows);
    void setSelection(const FieldSelection &selection);
    const FieldSelection &selection() const { return m_selection; }
    void setFilterText(const QString &text);
    QString filterText() const { return m_filter; }
    // Distinct result papers counted; the row of a term, -1 when not listed.
    int resultCount() const { return int(m_resultRows.size()); }
    int rowOfTerm(const QString &term) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        QString term;
        QString name;
        int count = 0;
        int depth = 0;
        int corpusCount = 0;
    };
    void rebuild();
    std::vector<Row> buildCategoryRows(const std::vector<quint32> &counts) const;
    bool matchesFilter(const Row &row) const;

    FieldFacetIndex::Kind m_kind;
    std::shared_ptr<const FieldFacetIndex> m_index;
    std::vector<quint32> m_resultRows;
    FieldSelection m_selection;
    QString m_filter;
    std::vector<Row> m_rows;
    std::vector<quint32> m_corpusCounts; // per value id, over every paper
};
