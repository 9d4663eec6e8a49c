#include "window/likesortcontroller.h"

#include "corpus/papermodel.h"
#include "corpus/paperroles.h"
#include "library/librarycontroller.h"
#include "library/librarylistsmodel.h"
#include "library/libraryundo.h"
#include "pipeline/resultspipeline.h"
#include "ranking/listranker.h"
#include "search/searchcontroller.h"
#include "search/similarityindex.h"
#include "search/sortmenu.h"

#include <QAbstractItemView>
#include <QLabel>
#include <QMainWindow>

LikeSortController::LikeSortController(QMainWindow *window, SortMenu *sort, LibraryController *library,
                                       ResultsPipeline *pipeline, QAbstractItemView *list)
    : QObject(window), m_sort(sort), m_library(library), m_pipeline(pipeline), m_list(list),
      m_ranker(new ListRanker(this)), m_explanation(new QLabel), m_notRelevant(new QAction(this))
{
    m_explanation->setObjectName(QStringLiteral("likeExplanation"));
    m_explanation->setTextFormat(Qt::PlainText); // list names and words come from files
    m_explanation->setWordWrap(true);
    m_explanation->hide();
    m_notRelevant->setText(tr("&Not Relevant to This List"));
    m_notRelevant->setObjectName(QStringLiteral("notRelevantAction"));
    // A single key wherever a paper is being read, as B, M and L are; text fields keep it.
    m_notRelevant->setShortcut(QKeySequence(Qt::Key_N));
    m_notRelevant->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_notRelevant->setEnabled(false);
    (window->centralWidget() ? window->centralWidget() : list)->addAction(m_notRelevant);
    sort->addSeparator();
    sort->addAction(m_notRelevant);
    connect(m_notRelevant, &QAction::triggered, this, &LikeSortController::voteNotRelevant);

    LibraryListsModel *lists = library->listsModel();
    connect(lists, &QAbstractItemModel::modelReset, this, &LikeSortController::listsChanged);
    connect(lists, &QAbstractItemModel::rowsInserted, this, &LikeSortController::listsChanged);
    connect(lists, &QAbstractItemModel::rowsRemoved, this, &LikeSortController::listsChanged);
    connect(lists, &QAbstractItemModel::dataChanged, this, &LikeSortController::listsChanged);
    connect(sort, &SortMenu::likeListChosen, m_ranker, &ListRanker::setList);
    connect(sort, &SortMenu::likeListChosen, this, &LikeSortController::rankingChanged);
    connect(m_ranker, &ListRanker::candidatesChanged, this, &LikeSortController::rankingChanged);
    connect(m_ranker, &ListRanker::ranked, this, &LikeSortController::rankingChanged);
    connect(pipeline->paperModel(), &PaperModel::corpusChanged, this, [this] { setIndex(nullptr); });
    listsChanged();
}

QWidget *LikeSortController::explanation() const
{
    return m_explanation;
}

void LikeSortController::setIndex(std::shared_ptr<const SimilarityIndex> index)
{
    if (index && index->corpus() != m_pipeline->paperModel()->corpus())
        return; // of a corpus no longer shown
    m_ranker->setIndex(std::move(index));
}

void LikeSortController::listsChanged()
{
    m_ranker->setStore(m_library->store());
    QStringList names;
    if (m_library->store())
        names.append(LibraryStore::kBookmarksName);
    const LibraryListsModel *lists = m_library->listsModel();
    for (int row = 0; row < lists->rowCount(); ++row)
        names.append(lists->nameAt(row));
    m_sort->setLikeLists(names);
}

void LikeSortController::rankingChanged()
{
    const bool on = !m_ranker->list().isEmpty();
    m_pipeline->search()->setLikeness(on ? m_ranker->scores() : nullptr, on ? m_ranker->candidates() : RowSet::all());
    m_notRelevant->setEnabled(on && m_library->store());
    m_explanation->setVisible(on);
    m_explanation->setText(explanationText());
}

QString LikeSortController::explanationText() const
{
    const QString name = m_ranker->list();
    if (name.isEmpty())
        return {};
    if (m_ranker->positiveCount() == 0 && !m_ranker->isTraining())
        return tr("“%1” has no paper in this corpus: nothing to learn from, so the papers are in relevance order.").arg(name);
    if (!m_ranker->scores())
        return tr("Learning what “%1” is about…").arg(name);
    QString text = tr("Ranked by likeness to “%1”: %2 …").arg(name, m_ranker->topWords().join(u", "_qs));
    text += u"  "_qs + tr("(%n paper(s) of the list and its “not relevant” votes hidden; N: not relevant)", nullptr,
                          m_ranker->positiveCount() + m_ranker->voteCount());
    return text;
}

void LikeSortController::voteNotRelevant()
{
    const QModelIndex current = m_list->currentIndex();
    LibraryStore *store = m_library->store();
    if (!current.isValid() || !store || m_ranker->list().isEmpty())
        return;
    const LibraryStore::Paper paper{current.data(PaperRoles::IdRole).toString(),
                                    current.data(PaperRoles::AuthorLabelRole).toString(),
                                    current.data(PaperRoles::HeadlineRole).toString()};
    m_library->push(LibraryUndoCommand::setNotRelevant(store, m_ranker->list(), {paper}, true));
}
