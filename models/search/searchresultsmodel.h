#pragma once

#include "search/highlighter.h"
#include "corpus/papermodel.h"
#include "search/searchengine.h"

#include <QAbstractListModel>
#include <QPointer>

#include <vector>

// The papers of the current search, in result order: a thin list over a PaperModel that forwards
// every PaperModel role and fills the search roles (score, headline matches, snippet and its
// matches). A new result replaces the rows in one reset; the row of a corpus row (rowOfSource) is
// a table lookup, the table rebuilt on the first question after a reset.
class SearchResultsModel : public QAbstractListModel, public PaperRowLookup
{
    Q_OBJECT

public:
    explicit SearchResultsModel(PaperModel *source, QObject *parent = nullptr);

    void setResult(SearchResult result, SearchQuery query);
    const std::vector<quint32> &rows() const { return m_result.rows; }
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
    // An excerpt of `text` around the first of `spans`, cut at spaces, with ellipses.
    static QString snippet(const QString &text, const QList<int> &spans);

private:
    void showAllRows();

    QPointer<PaperModel> m_source;
    SearchResult m_result;
    SearchQuery m_query;
    Highlighter m_highlighter;
    mutable std::vector<int> m_rowOfSource; // source row -> row; empty until asked after a reset
};
