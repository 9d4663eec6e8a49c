#pragma once

#include "facets/authorcounter.h"
#include "facets/authorindex.h"
#include "facets/facetselection.h"

#include <QAbstractListModel>
#include <QCollator>

#include <memory>
#include <span>
#include <vector>

// The author facet: the authors of the current result rows with their paper counts, ordered by
// count then name (or by name), selected and excluded authors pinned on top, narrowed by a filter
// text. It lists at most rowLimit() authors besides the pinned ones (a corpus may have 300,000)
// and says how many more the filter text would find (hiddenAuthors()). It owns the author
// selection (FacetSelection) and says when it changes. With co-author mode on and exactly one
// author included, it lists that author's co-authors over the whole corpus with the number of
// shared papers. Recounts keep rows' identity (counts change by dataChanged, reorders by
// layoutChanged, never a reset), so views keep their current item.
class AuthorFacetModel : public QAbstractListModel
{
    Q_OBJECT

public:
    using Id = AuthorTable::Id;
    using SortOrder = AuthorCounter::Order;
    enum Role {
        NameRole = Qt::UserRole + 1, // QString, the most frequent spelling in the corpus
        KeyRole,                     // QString, the normalized name
        CountRole,                   // int, papers in the result rows (shared papers in co-author mode)
        StateRole,                   // int, a FacetSelection::State
        PinnedRole,                  // bool, selected or excluded (kept on top)
        AuthorIdRole,                // uint, the id in the corpus's AuthorTable
        CorpusCountRole,             // int, papers in the whole corpus
    };
    Q_ENUM(Role)

    // A screenful is about 30 rows; a small corpus (the shipped one has 1,773 authors) stays complete.
    static constexpr int kDefaultRowLimit = 2000;

    explicit AuthorFacetModel(QObject *parent = nullptr);
    ~AuthorFacetModel() override;

    void setCorpus(std::shared_ptr<const Corpus> corpus);
    const Corpus *corpus() const { return m_index.corpus(); }
    const AuthorIndex &authorIndex() const { return m_index; }
    // Recounts over these rows (the papers currently shown). Call after every query change.
    void setResultRows(std::span<const quint32> rows);
    // Papers in the last result rows.
    qsizetype resultSize() const { return qsizetype(m_resultRows.size()); }

    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }
    void setSortOrder(SortOrder order);
    SortOrder sortOrder() const { return m_order; }
    void setCollator(const QCollator &collator);
    // At most this many unpinned authors are listed (the first ones in the current order).
    void setRowLimit(int limit);
    int rowLimit() const { return m_rowLimit; }
    // Authors the filter text lets through that the row limit leaves out of the list.
    qsizetype hiddenAuthors() const { return m_hidden; }

    const FacetSelection &selection() const { return m_selection; }
    bool setSelection(const FacetSelection &selection);
    bool setState(Id id, FacetSelection::State state);
    bool cycleState(Id id);
    bool setMode(FacetSelection::Mode mode);
    bool clearSelection();
    bool removeLastSelected();

    void setCoauthorMode(bool on);
    bool coauthorMode() const { return m_coauthorMode; }
    // The author whose co-authors are listed, or -1 when the normal list is shown.
    qint64 coauthorSubject() const;

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
    void selectionChanged();
    // The rows were recounted, refiltered or reordered (also after a reset).
    void listChanged();

private:
    bool commitSelection(bool changed);
    void recount();
    void rebuild();
    void apply(std::vector<Id> ids, std::vector<quint32> counts);
    void emitCountChanges(const std::vector<quint32> &oldCounts, const std::vector<Id> &oldIds);
    void applyIncrementally(const std::vector<Id> &ids, const std::vector<quint32> &counts);
    void relayout(std::vector<Id> ids, std::vector<quint32> counts);

    std::shared_ptr<const Corpus> m_corpus;
    AuthorIndex m_index;
    AuthorCounter m_counter;
    QCollator m_collator;
    FacetSelection m_selection;
    std::vector<quint32> m_resultRows;
    QString m_filterText;
    QStringList m_filterWords;
    std::vector<Id> m_filterMatches; // every author the filter words match (when there are words)
    int m_rowLimit = kDefaultRowLimit;
    qsizetype m_hidden = 0;
    SortOrder m_order = SortOrder::ByCount;
    bool m_coauthorMode = false;
    qint64 m_countedSubject = -1; // the co-author subject the counter counted for

    std::vector<Id> m_ids; // the rows of the model
    std::vector<quint32> m_counts;
    std::vector<int> m_rowOf; // author id -> row, -1 when not listed
    std::vector<int> m_scratch; // author id -> row in the list being applied, -1 otherwise
    bool m_statesDirty = false;
};
