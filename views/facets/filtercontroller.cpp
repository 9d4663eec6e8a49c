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
#include "search/searchquery.h"

#include <QAction>
#include <QDockWidget>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QRegularExpression>

namespace {
const QString queryKey = QStringLiteral("query");
const QString scopeKey = QStringLiteral("scope");
const QString authorKeyPrefix = QStringLiteral("author:");
const QString termKeyPrefix = QStringLiteral("term:");
const QString regionKey = QStringLiteral("region");

// The query's library terms (list:, is:) that get chips of their own: all of them, unless the query
// joins items with OR (a chip per term would then misread it; the query chip shows them).
QList<SearchQuery::LibrarySpan> chipTerms(const QString &query)
{
    static const QRegularExpression orWord(QStringLiteral("(^|\\s)OR(\\s|$)"));
    return query.contains(orWord) ? QList<SearchQuery::LibrarySpan>() : SearchQuery::librarySpans(query);
}

QString withoutSpan(QString query, const SearchQuery::LibrarySpan &span)
{
    return query.remove(span.start, span.length).simplified();
}
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
        m_facets->setResultRows(m_pipeline->search()->matchedRows());
        m_fields->setResultRows(m_pipeline->search()->matchedRows());
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
        m_region.clear();
        applyAuthorFilter();
    } else if (!m_region.empty()) {
        m_region.clear(); // rows of the old corpus
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
    if (!m_region.empty()) {
        if (fieldRows.empty())
            fieldRows = m_region;
        else
            for (size_t i = 0; i < fieldRows.size(); ++i)
                fieldRows[i] = fieldRows[i] && i < m_region.size() && m_region[i];
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
    QString query = m_pipeline->search()->queryText();
    const QList<SearchQuery::LibrarySpan> terms = chipTerms(query);
    for (qsizetype i = terms.size() - 1; i >= 0; --i)
        query.remove(terms[i].start, terms[i].length);
    if (query = query.simplified(); !query.isEmpty())
        chips.append({queryKey, tr("“%1”").arg(query), FilterChipBar::Kind::Query});
    for (qsizetype i = 0; i < terms.size(); ++i)
        chips.append({termKeyPrefix + QString::number(i),
                      terms[i].term.library == SearchQuery::Library::Cluster ? clusterLabel(terms[i].term, terms[i].excluded)
                                                                            : termLabel(terms[i].term, terms[i].excluded),
                      terms[i].excluded ? FilterChipBar::Kind::Exclude : FilterChipBar::Kind::Scope});
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
    if (!m_region.empty())
        chips.append({regionKey, tr("region: %n paper(s)", nullptr, m_regionCount), FilterChipBar::Kind::Scope});
    m_chipBar->setChips(chips);
}

void FilterController::setRegion(std::vector<bool> inside, int count)
{
    m_region = std::move(inside);
    m_regionCount = count;
    applyAuthorFilter();
}

QString FilterController::clusterLabel(const SearchQuery::Phrase &term, bool excluded) const
{
    const QString id = term.clusterLevel == 0 ? QString::number(term.clusterId)
                                              : QStringLiteral("%1.%2").arg(term.clusterLevel + 1).arg(term.clusterId);
    bool ready = true;
    const QString name = m_clusterNamer ? m_clusterNamer(term.clusterLevel, term.clusterId, &ready) : QString();
    if (!ready)
        return tr("cluster %1 (no map yet)").arg(id);
    if (name.isEmpty())
        return m_clusterNamer ? tr("cluster %1 (not on the map)").arg(id) : tr("cluster %1").arg(id);
    return excluded ? tr("not cluster “%1”").arg(name) : tr("cluster “%1”").arg(name);
}

QStringList FilterController::narrowingFilters() const
{
    QStringList names;
    for (const FilterChipBar::Chip &chip : m_chipBar->chips())
        if (chip.key != queryKey)
            names << chip.text;
    return names;
}

QString FilterController::termLabel(const SearchQuery::Phrase &term, bool excluded)
{
    switch (term.library) {
    case SearchQuery::Library::List:
        return excluded ? tr("not in “%1”").arg(term.listName) : tr("in “%1”").arg(term.listName);
    case SearchQuery::Library::Starred: return excluded ? tr("not starred") : tr("starred");
    case SearchQuery::Library::Read: return excluded ? tr("not read") : tr("read");
    case SearchQuery::Library::Unread: return excluded ? tr("not unread") : tr("unread");
    case SearchQuery::Library::None: case SearchQuery::Library::Cluster: break;
    }
    return {};
}

void FilterController::removeFilter(const QString &key)
{
    if (key == queryKey) {
        // The words go; the library terms that have chips of their own stay.
        QString kept;
        for (const SearchQuery::LibrarySpan &span : chipTerms(m_searchEdit->text()))
            kept += m_searchEdit->text().mid(span.start, span.length) + u' ';
        m_searchEdit->setText(kept.trimmed());
    } else if (key.startsWith(termKeyPrefix)) {
        const QList<SearchQuery::LibrarySpan> terms = chipTerms(m_searchEdit->text());
        const qsizetype i = QStringView(key).mid(termKeyPrefix.size()).toInt();
        if (i >= 0 && i < terms.size())
            m_searchEdit->setText(withoutSpan(m_searchEdit->text(), terms[i]));
    } else if (key == scopeKey) {
        if (m_libraryPanel)
            m_libraryPanel->setScope(LibraryScope::all());
        else
            m_pipeline->setScope(LibraryScope::all());
    } else if (key.startsWith(authorKeyPrefix)) {
        FacetSelection next = m_selection;
        next.setState(QStringView(key).mid(authorKeyPrefix.size()).toUInt(), FacetSelection::State::Off);
        setSelection(next);
    } else if (key == regionKey) {
        m_region.clear();
        applyAuthorFilter();
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
    if (!m_region.empty())
        removeFilter(regionKey);
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
