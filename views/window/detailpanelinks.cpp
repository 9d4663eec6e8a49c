#include "window/detailpanelinks.h"

#include "corpus/papermodel.h"
#include "facets/filtercontroller.h"
#include "library/librarycontroller.h"
#include "library/readtracker.h"
#include "pipeline/resultspipeline.h"
#include "reading/detailview.h"
#include "search/searchcontroller.h"
#include "search/searchresultsmodel.h"
#include "search/similaritybuilder.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>
#include <QLineEdit>

DetailPaneLinks::DetailPaneLinks(DetailView *detail, ResultsPipeline *pipeline, QLineEdit *searchEdit,
                             QAbstractItemView *list)
    : QObject(detail), m_detail(detail), m_pipeline(pipeline), m_searchEdit(searchEdit), m_list(list),
      m_builder(new SimilarityBuilder(this))
{
    connect(m_builder, &SimilarityBuilder::ready, m_detail, &DetailView::setSimilarityIndex);
    connect(m_detail, &DetailView::paperActivated, this, &DetailPaneLinks::open);
    // Several papers selected: the pane offers more like them.
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, m_detail,
            [this] { m_detail->setSelection(m_list->selectionModel()->selectedRows()); });
}

void DetailPaneLinks::connectCommands(LibraryController *library, FilterController *filters)
{
    connect(m_detail, &DetailView::bookmarkToggleRequested, library, &LibraryController::toggleBookmark);
    connect(m_detail, &DetailView::readToggleRequested, library, &LibraryController::toggleRead);
    connect(m_detail, &DetailView::addToListRequested, library, &LibraryController::addToList);
    // An author link in the detail pane adds that author to the facet selection.
    connect(m_detail, &DetailView::authorActivated, filters, &FilterController::includeAuthor);
    // After open() moved there: a similar paper the user opened is one they chose.
    connect(m_detail, &DetailView::paperActivated, library->readTracker(), &ReadTracker::setCurrentChosen);
    m_filters = filters;
}

void DetailPaneLinks::build(const std::shared_ptr<const Corpus> &corpus)
{
    m_detail->setSimilarityIndex(nullptr);
    m_builder->build(corpus);
}

void DetailPaneLinks::open(const QString &id)
{
    const auto corpus = m_pipeline->paperModel()->corpus();
    const qsizetype source = corpus ? corpus->indexOfId(id) : -1;
    if (source < 0)
        return;
    if (m_pipeline->results()->rowOfSource(int(source)) < 0)
        m_searchEdit->clear(); // hidden by the current search: show everything again
    const SearchController *search = m_pipeline->search();
    if (m_filters && !(search->facetRows().contains(quint32(source)) && search->scopeRows().contains(quint32(source))))
        m_filters->clearAll(); // hidden by an author or the scope too (Go ▸ Back returns to them)
    // Still not there while a large corpus searches in a worker.
    if (const QModelIndex index = m_pipeline->indexOfCorpusRow(int(source)); index.isValid())
        m_list->setCurrentIndex(index);
    m_list->scrollTo(m_list->currentIndex());
}
