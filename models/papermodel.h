#pragma once

#include "corpus.h"

#include <QAbstractListModel>

#include <memory>

// The parsed corpus as a flat list model: one row per paper in corpus order, one column, many roles.
// Display text is derived on demand from the shared, immutable Corpus, so a million rows cost
// no more than the corpus itself.
class PaperModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        AuthorsRole,       // QStringList, as written
        AuthorLabelRole,   // "Xu, Zhang et al."
        HeadlineRole,      // tl;dr, else the abstract's first sentence
        HeadlineIsTldrRole,
        TldrRole,          // QString, null when the paper has none
        AbstractRole,
        TruncatedRole,
        SourceLineRole,    // 1-based line of the record in its file
        CorpusIndexRole,   // 0-based position in the corpus
        AuthorCountRole,
        FirstAuthorRole,   // raw value for sorting by first author

        // Filled by models stacked on top of this one (PaperModel itself returns nothing for them):
        // search results (match positions are flattened QList<int>: start0, length0, start1, ...)
        ScoreRole = Qt::UserRole + 100, // double, relevance of the current query
        HeadlineMatchesRole,            // QList<int> spans in HeadlineRole's text
        SnippetRole,                    // QString, a short abstract excerpt around the first match
        SnippetMatchesRole,             // QList<int> spans in SnippetRole's text
        // the user's library
        BookmarkedRole = Qt::UserRole + 200, // bool
        ReadRole,                            // bool
        ListsRole,                           // QStringList, names of the reading lists holding the paper
        NoteRole,                            // QString, the note of the entry in the list being viewed
    };
    Q_ENUM(Role)

    explicit PaperModel(QObject *parent = nullptr);

    void setCorpus(std::shared_ptr<const Corpus> corpus);
    std::shared_ptr<const Corpus> corpus() const { return m_corpus; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void corpusChanged();

private:
    std::shared_ptr<const Corpus> m_corpus;
};
