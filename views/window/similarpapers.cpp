#include "window/similarpapers.h"

#include "corpus/papermodel.h"
#include "pipeline/resultspipeline.h"
#include "reading/detailview.h"
#include "search/searchresultsmodel.h"
#include "search/similaritybuilder.h"

#include <QAbstractItemView>
#include <QLineEdit>

SimilarPapers::SimilarPapers(DetailView *detail, ResultsPipeline *pipeline, QLineEdit *searchEdit,
                             QAbstractItemView *list)
    : QObject(detail), m_detail(detail), m_pipeline(pipeline), m_searchEdit(searchEdit), m_list(list),
      m_builder(new SimilarityBuilder(this))
{
    connect(m_builder, &SimilarityBuilder::ready, m_detail, &DetailView::setSimilarityIndex);
    connect(m_detail, &DetailView::paperActivated, this, &SimilarPapers::open);
}

void SimilarPapers::build(const std::shared_ptr<const Corpus> &corpus)
{
    m_detail->setSimilarityIndex(nullptr);
    m_builder->build(corpus);
}

void SimilarPapers::open(const QString &id)
{
    const auto corpus = m_pipeline->paperModel()->corpus();
    const qsizetype source = corpus ? corpus->indexOfId(id) : -1;
    if (source < 0)
        return;
    if (m_pipeline->results()->rowOfSource(int(source)) < 0)
        m_searchEdit->clear(); // hidden by the current search: show everything again
    // Still not there while a large corpus searches in a worker.
    if (const QModelIndex index = m_pipeline->indexOfCorpusRow(int(source)); index.isValid())
        m_list->setCurrentIndex(index);
    m_list->scrollTo(m_list->currentIndex());
}
