#pragma once

#include "corpus/corpus.h"
#include "corpus/paperrowlookup.h"
#include "corpus/paperroles.h"

#include <QAbstractListModel>

#include <memory>

// The parsed corpus as a flat list model: one row per paper in corpus order, one column, many roles.
// Display text is derived on demand from the shared, immutable Corpus, so a million rows cost
// no more than the corpus itself.
class PaperModel : public QAbstractListModel, public PaperRowLookup
{
    Q_OBJECT

public:

    explicit PaperModel(QObject *parent = nullptr);

    void setCorpus(std::shared_ptr<const Corpus> corpus);
    std::shared_ptr<const Corpus> corpus() const { return m_corpus; }
    int rowOfCorpusRow(int corpusRow) const override { return corpusRow < rowCount() ? corpusRow : -1; }
    int rowOfPaper(const QString &id) const override { return m_corpus ? int(m_corpus->indexOfId(id)) : -1; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void corpusChanged();

private:
    QVariant metadata(qsizetype row, int role) const;

    std::shared_ptr<const Corpus> m_corpus;
};
