#pragma once

#include "facets/authorlistmodel.h"

#include <QCollator>

class BackgroundJob;

#include <memory>
#include <span>
#include <vector>

// The author facet's counts: the authors of the current result rows with their paper counts,
// recounted live as the results change, listed as AuthorListModel lists them (pinned authors on
// top, bounded, narrowed by a filter text). It builds the corpus's AuthorIndex, which the
// co-author list shares (sharedAuthorIndex()). The selection is not its own: the filter
// controller owns it, filters the results by it and passes it down for the pins.
class AuthorFacetModel : public AuthorListModel
{
    Q_OBJECT

public:
    explicit AuthorFacetModel(QObject *parent = nullptr);
    ~AuthorFacetModel() override;

    // Corpora with at least this many papers get their AuthorIndex built on a worker thread (1M
    // papers took 1.2 s, 100k 69 ms on the GUI thread: skimmer-stall-bench); the list is empty
    // until it is ready, then counts the latest result rows.
    static constexpr qsizetype kBackgroundIndexPapers = 20000;

    void setCorpus(std::shared_ptr<const Corpus> corpus);
    bool isIndexing() const { return m_indexing; }
    std::shared_ptr<const AuthorIndex> sharedAuthorIndex() const { return sharedIndex(); }
    // Recounts over these rows (the papers currently shown). Call after every query change.
    void setResultRows(std::span<const quint32> rows);
    // Papers in the last result rows.
    qsizetype resultSize() const { return qsizetype(m_resultRows.size()); }

signals:
    // A new AuthorIndex was built (a new corpus); sharedAuthorIndex() has it.
    void authorIndexChanged();

protected:
    QString countText(int count) const override;

private:
    void installIndex(std::shared_ptr<const AuthorIndex> index);

    std::shared_ptr<const Corpus> m_corpus;
    QCollator m_collator; // the default locale's, as when the model was made
    std::vector<quint32> m_resultRows;
    BackgroundJob *m_job;
    bool m_indexing = false;
};
