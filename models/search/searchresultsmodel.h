#pragma once

#include "search/highlighter.h"
#include "corpus/papermodel.h"
#include "search/searchengine.h"

#include <QAbstractListModel>
#include <QPointer>

#include <span>

#include <vector>

// The papers of the current search, in result order: a thin list over a PaperModel that forwards
// every PaperModel role and fills the search roles (score, headline matches, snippet and its
// matches). A new result replaces the rows in one reset; the row of a corpus row (rowOfSource) is
// a table lookup, the table rebuilt on the first question after a reset. A lazily ranked result
// (SearchResult::unranked) is ranked whole the first time a row past its ranked prefix is asked
// for, or the rows in display order; matchedRows() hands out the set without ranking it.
class SearchResultsModel : public QAbstractListModel, public PaperRowLookup
{
    Q_OBJECT

public:
    explicit SearchResultsModel(PaperModel *source, QObject *parent = nullptr);

    void setResult(SearchResult result, SearchQuery query);
    // The rows in display order (ranks a lazy result whole).
    const std::vector<quint32> &rows() const;
    // The same rows in no particular order (the facets count a set): never ranks.
    std::span<const quint32> matchedRows() const { return m_result.rows; }
    // Rows in final order so far (rowCount() once everything is ranked).
    int rankedCount() const { return int(m_result.rankedCount()); }
    const SearchQuery &query() const { return m_query; }
    PaperModel *sourceModel() const { return m_source; }

    QModelIndex sourceIndex(int row) const;
    // The row showing this source row, or -1.
    int rowOfSource(int sourceRow) const;
    int rowOfCorpusRow(int corpusRow) const override { return rowOfSource(corpusRow); }
    int rowOfPaper(const QString &id) const override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static constexpr int kSnippetLength = 200;
    // Rows a search ranks before it is shown (SearchEngine::run's rankFirst): many screens.
    static constexpr size_t kFirstRanked = 1000;
    // An excerpt of `text` around the first of `spans`, cut at spaces, with ellipses.
    static QString snippet(const QString &text, const QList<int> &spans);

private:
    void showAllRows();
    void rankRow(size_t row) const; // ranks everything if row is past the ranked prefix

    QPointer<PaperModel> m_source;
    mutable SearchResult m_result; // mutable: ranked on demand
    SearchQuery m_query;
    Highlighter m_highlighter;
    mutable std::vector<int> m_rowOfSource; // source row -> row; empty until asked after a reset
};
