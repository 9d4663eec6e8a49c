#pragma once

#include "facets/authorcounter.h"
#include "facets/authorindex.h"
#include "facets/facetselection.h"

#include <QAbstractListModel>

#include <memory>
#include <vector>

// What the two author facet lists share: counted authors as rows, narrowed by a filter text,
// ordered by count then name (or by name), at most rowLimit() of them below the pinned ones, and
// how many more the filter text would find (hiddenAuthors()). The pinned rows are the selected
// and excluded authors of the FacetSelection its owner (the filter controller) passes down; the
// model never changes the selection. What is counted is the subclass's job (AuthorFacetModel:
// the shown papers; CoauthorFacetModel: one author's co-authors). Relists keep rows' identity
// (counts change by dataChanged, reorders by layoutChanged, never a reset), so views keep their
// current item.
class AuthorListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    using Id = AuthorTable::Id;
    using SortOrder = AuthorCounter::Order;
    enum Role {
        NameRole = Qt::UserRole + 1, // QString, the most frequent spelling in the corpus
        KeyRole,                     // QString, the normalized name
        CountRole,                   // int, papers counted for this list (shown, or shared)
        StateRole,                   // int, a FacetSelection::State
        PinnedRole,                  // bool, selected or excluded (kept on top)
        AuthorIdRole,                // uint, the id in the corpus's AuthorTable
        CorpusCountRole,             // int, papers in the whole corpus
    };
    Q_ENUM(Role)

    // A screenful is about 30 rows; a small corpus (the shipped one has 1,773 authors) stays complete.
    static constexpr int kDefaultRowLimit = 2000;

    ~AuthorListModel() override;

    const Corpus *corpus() const { return m_index->corpus(); }
    const AuthorIndex &authorIndex() const { return *m_index; }

    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }
    void setSortOrder(SortOrder order);
    SortOrder sortOrder() const { return m_order; }
    // At most this many unpinned authors are listed (the first ones in the current order).
    void setRowLimit(int limit);
    int rowLimit() const { return m_rowLimit; }
    // Authors the filter text lets through that the row limit leaves out of the list.
    qsizetype hiddenAuthors() const { return m_hidden; }

    // The selection as its owner last passed it down (a new corpus clears it).
    const FacetSelection &selection() const { return m_selection; }
    void setSelection(const FacetSelection &selection);

    Id authorAt(int row) const { return m_ids[size_t(row)]; }
    int rowOfAuthor(Id id) const;
    // Looks an author up by any spelling (normalized); -1 when the corpus has none.
    qint64 findAuthor(const QString &name) const;
    // Authors counted before the filter text narrowed the list.
    qsizetype countedAuthors() const { return m_counter.distinct(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    // The passed-down selection changed (also when a new corpus cleared it).
    void selectionChanged();
    // The rows were recounted, refiltered or reordered (also after a reset).
    void listChanged();

protected:
    explicit AuthorListModel(QObject *parent = nullptr);

    // Resets the model onto a new index (of a new corpus); the selection is cleared.
    void resetIndex(std::shared_ptr<const AuthorIndex> index);
    const std::shared_ptr<const AuthorIndex> &sharedIndex() const { return m_index; }
    AuthorCounter &counter() { return m_counter; }
    // Lists the pinned authors, then the first counted ones the filter text lets through.
    void relist();
    // The selection changed: recount when it changes what is counted, then relist().
    virtual void onSelectionChanged() { relist(); }
    // False while there is nothing to count (the list is then empty).
    virtual bool hasCounts() const { return true; }
    // An author never listed (the one whose co-authors are counted), or -1.
    virtual qint64 unlistedAuthor() const { return -1; }
    // The tooltip's count part ("3 papers shown").
    virtual QString countText(int count) const = 0;

private:
    void apply(std::vector<Id> ids, std::vector<quint32> counts);
    void emitCountChanges(const std::vector<quint32> &oldCounts, const std::vector<Id> &oldIds);
    void applyIncrementally(const std::vector<Id> &ids, const std::vector<quint32> &counts);
    void relayout(std::vector<Id> ids, std::vector<quint32> counts);

    std::shared_ptr<const AuthorIndex> m_index;
    AuthorCounter m_counter;
    FacetSelection m_selection;
    QString m_filterText;
    QStringList m_filterWords;
    std::vector<Id> m_filterMatches; // every author the filter words match (when there are words)
    bool m_matchesStale = false;     // m_filterMatches is worked out when a list needs it
    int m_rowLimit = kDefaultRowLimit;
    qsizetype m_hidden = 0;
    SortOrder m_order = SortOrder::ByCount;

    std::vector<Id> m_ids; // the rows of the model
    std::vector<quint32> m_counts;
    std::vector<int> m_rowOf;   // author id -> row, -1 when not listed
    std::vector<int> m_scratch; // author id -> row in the list being applied, -1 otherwise
    bool m_statesDirty = false;
};
