#include "facets/filtercontroller.h"

#include "facets/authorfacetmodel.h"
#include "facets/authorfacetpanel.h"
#include "facets/coauthorfacetmodel.h"
#include "facets/fieldfacetdock.h"
#include "facets/filterchipbar.h"
#include "library/librarypanel.h"
#include "corpus/papermodel.h"
#include "pipeline/resultspipeline.h"
#include "search/searchcontroller.h"

#include <QAction>
#include <QDockWidget>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>

namespace {
const QString queryKey = QStringLiteral("query");
const QString scopeKey = QStringLiteral("scope");
const QString authorKeyPrefix = QStringLiteral("author:");
}

FilterController::FilterController(QMainWindow *window, QMenu *menu, ResultsPipeline *pipeline,
                                   QLineEdit *searchEdit, FilterChipBar *chipBar)
    : QObject(window), m_pipeline(pipeline), m_papers(pipeline->paperModel()), m_searchEdit(searchEdit),
      m_chipBar(chipBar)
{
    createDock(window);
    createMenu(window, menu);
    connect(m_panel, &AuthorFacetPanel::selectionRequested, this, &FilterController::setSelection);
    connect(m_facets, &AuthorFacetModel::authorIndexChanged, this,
            [this] { m_coauthors->setAuthorIndex(m_facets->sharedAuthorIndex()); });
    // Facet counts follow every result change: the query, the other facet choices, the scope.
    connect(m_pipeline->search(), &SearchController::resultsChanged, this, [this] {
        m_facets->setResultRows(m_pipeline->search()->rows());
        m_fields->setResultRows(m_pipeline->search()->rows());
        updateChips();
    });
    connect(m_pipeline, &ResultsPipeline::scopeChanged, this, &FilterController::updateChips);
    connect(m_chipBar, &FilterChipBar::removeRequested, this, &FilterController::removeFilter);
    connect(m_chipBar, &FilterChipBar::clearAllRequested, this, &FilterController::clearAll);
    m_searchEdit->installEventFilter(this);
}

void FilterController::createDock(QMainWindow *window)
{
    m_facets = new AuthorFacetModel(this);
    m_coauthors = new CoauthorFacetModel(this);
    m_panel = new AuthorFacetPanel(m_facets, m_coauthors);
    m_dock = new QDockWidget(tr("Authors"), window);
    m_dock->setObjectName(QStringLiteral("authorFacetDock"));
    m_dock->setWidget(m_panel);
    m_dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    window->addDockWidget(Qt::LeftDockWidgetArea, m_dock);
    window->resizeDocks({m_dock}, {260}, Qt::Horizontal);
    connect(m_panel, &AuthorFacetPanel::leaveRequested, this,
            [this] { m_searchEdit->setFocus(Qt::ShortcutFocusReason); });
    m_fields = new FieldFacetDock(window, m_dock, this);
    connect(m_fields, &FieldFacetDock::selectionChanged, this, &FilterController::applyAuthorFilter);
    connect(m_fields, &FieldFacetDock::leaveRequested, this,
            [this] { m_searchEdit->setFocus(Qt::ShortcutFocusReason); });
}

void FilterController::createMenu(QMainWindow *window, QMenu *menu)
{
    menu->setTitle(tr("F&acets"));
    QAction *toggle = m_dock->toggleViewAction();
    toggle->setText(tr("Show &Authors Panel"));
    toggle->setShortcut(Qt::Key_F9);
    menu->addAction(toggle);
    QAction *focus = menu->addAction(tr("&Filter Authors…"), this, [this] {
        m_dock->show();
        m_dock->raise();
        m_panel->focusFilter();
    });
    focus->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_A);
    menu->addSeparator();
    menu->addActions(m_fields->actions());
    menu->addSeparator();
    const QList<QAction *> actions = m_panel->facetActions();
    for (int i = 0; i < actions.size(); ++i) {
        if (i == 3)
            menu->addSeparator();
        menu->addAction(actions[i]);
    }
    menu->addSeparator();
    QAction *removeLast = menu->addAction(tr("&Remove Last Filter"), m_chipBar, &FilterChipBar::removeLast);
    removeLast->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_Backspace);
    removeLast->setToolTip(tr("Also Backspace in the empty search field"));
    QAction *clear = menu->addAction(tr("&Clear All Filters"), this, [this] {
        clearAll();
        m_searchEdit->setFocus(Qt::ShortcutFocusReason); // the next thing a reader does is type
    });
    clear->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_X);
    clear->setToolTip(tr("Also Esc twice in the search field"));
    // Also on the window, so the shortcuts work while the menu bar is hidden or native.
    window->addActions({toggle, focus, removeLast, clear});
}

void FilterController::setCorpus(const std::shared_ptr<const Corpus> &corpus)
{
    m_pipeline->setFacetRows(RowSet::all());
    m_facets->setCorpus(corpus);
    const bool hadFields = !m_fields->isSelectionEmpty();
    m_fields->setCorpus(corpus); // its selections are of the old corpus too
    if (!m_selection.isEmpty() || hadFields) {
        m_selection = FacetSelection(); // ids of the old corpus; the models cleared their copies
        applyAuthorFilter();
    }
}

bool FilterController::setSelection(const FacetSelection &selection)
{
    if (selection == m_selection)
        return false;
    m_selection = selection;
    m_facets->setSelection(selection);
    m_coauthors->setSelection(selection);
    applyAuthorFilter();
    return true;
}

bool FilterController::includeAuthor(const QString &name)
{
    const auto corpus = m_papers->corpus();
    const qint64 id = corpus ? corpus->authorTable().find(name) : -1;
    if (id < 0)
        return false;
    FacetSelection next = m_selection;
    next.setState(AuthorTable::Id(id), FacetSelection::State::Included);
    setSelection(next);
    m_dock->show();
    return true;
}

QString FilterController::describeAuthors() const
{
    const auto corpus = m_papers->corpus();
    if (!corpus || m_selection.isEmpty())
        return {};
    return m_selection.describe(corpus->authorTable());
}

void FilterController::applyAuthorFilter()
{
    std::vector<bool> fieldRows;
    if (const auto corpus = m_papers->corpus(); corpus && !m_fields->isSelectionEmpty()) {
        fieldRows.assign(size_t(corpus->size()), true);
        m_fields->narrow(fieldRows);
    }
    m_pipeline->setFacetSelection(m_selection, m_facets->authorIndex(), fieldRows);
    updateChips();
}

void FilterController::updateChips()
{
    QList<FilterChipBar::Chip> chips;
    const LibraryScope scope = m_pipeline->scope();
    if (!scope.isAll()) {
        const QString text = scope.kind() == LibraryScope::Kind::List ? tr("list “%1”").arg(scope.label())
                                                                      : scope.label();
        chips.append({scopeKey, text, FilterChipBar::Kind::Scope});
    }
    if (const QString query = m_pipeline->search()->queryText(); !query.trimmed().isEmpty())
        chips.append({queryKey, tr("“%1”").arg(query), FilterChipBar::Kind::Query});
    const std::shared_ptr<const Corpus> corpus = m_papers->corpus();
    const FacetSelection &selection = m_selection;
    for (AuthorTable::Id id : selection.order()) {
        const QString name = corpus->authorTable().displayName(id);
        const QString key = authorKeyPrefix + QString::number(id);
        if (selection.state(id) == FacetSelection::State::Included)
            chips.append({key, name, FilterChipBar::Kind::Include});
        else
            chips.append({key, tr("not %1").arg(name), FilterChipBar::Kind::Exclude});
    }
    chips.append(m_fields->chips());
    m_chipBar->setChips(chips);
}

QStringList FilterController::narrowingFilters() const
{
    QStringList names;
    for (const FilterChipBar::Chip &chip : m_chipBar->chips())
        if (chip.key != queryKey)
            names << chip.text;
    return names;
}

void FilterController::removeFilter(const QString &key)
{
    if (key == queryKey) {
        m_searchEdit->clear();
    } else if (key == scopeKey) {
        if (m_libraryPanel)
            m_libraryPanel->setScope(LibraryScope::all());
        else
            m_pipeline->setScope(LibraryScope::all());
    } else if (key.startsWith(authorKeyPrefix)) {
        FacetSelection next = m_selection;
        next.setState(QStringView(key).mid(authorKeyPrefix.size()).toUInt(), FacetSelection::State::Off);
        setSelection(next);
    } else if (FieldFacetDock::isChipKey(key)) {
        m_fields->removeChip(key);
    }
}

void FilterController::clearAll()
{
    m_searchEdit->clear();
    FacetSelection next = m_selection;
    next.clear(); // keeps the AND/ANY mode
    setSelection(next);
    m_fields->clear();
    if (!m_pipeline->scope().isAll())
        removeFilter(scopeKey);
}

bool FilterController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_searchEdit && event->type() == QEvent::KeyPress && m_searchEdit->text().isEmpty()) {
        // Esc is the SearchFieldNavigator's: the first clears the query, the second every filter.
        if (static_cast<QKeyEvent *>(event)->key() == Qt::Key_Backspace)
            return m_chipBar->removeLast();
    }
    return QObject::eventFilter(watched, event);
}
