#include "window/savedviewscontroller.h"

#include "corpus/papermodel.h"
#include "facets/fieldfacetdock.h"
#include "facets/fieldfacetmodel.h"
#include "facets/filtercontroller.h"
#include "library/librarycontroller.h"
#include "library/librarypanel.h"
#include "library/libraryundo.h"
#include "library/savedviewsdialog.h"
#include "library/savedviewsmodel.h"
#include "pipeline/resultspipeline.h"
#include "pipeline/savedviewstate.h"
#include "search/searchcontroller.h"
#include "search/sortmenu.h"
#include "window/actionlistmodel.h"

#include <QAction>
#include <QInputDialog>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>

#include <array>

namespace {

constexpr std::array kFieldKinds{FieldFacetIndex::Kind::Year, FieldFacetIndex::Kind::Category,
                                 FieldFacetIndex::Kind::Venue, FieldFacetIndex::Kind::Keyword};
constexpr int kNumberedViews = 9;

} // namespace

SavedViewsController::SavedViewsController(const Parts &parts) : QObject(parts.window), m_parts(parts)
{
    QMenu *menu = parts.menu;
    m_save = menu->addAction(tr("&Save Current View…"), this, &SavedViewsController::askForName);
    m_save->setObjectName(QStringLiteral("saveViewAction"));
    m_save->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S));
    m_save->setToolTip(tr("Keep the query, facets, scope and sort under a name"));
    m_manage = menu->addAction(tr("&Manage Views…"), this, &SavedViewsController::manage);
    m_manage->setObjectName(QStringLiteral("manageViewsAction"));
    m_manage->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_V));
    menu->addSeparator();
    m_placeholder = menu->addAction(tr("No saved views"));
    m_placeholder->setEnabled(false);
    m_placeholder->setProperty(ActionListModel::placeholderProperty, true);

    SavedViewsModel *model = parts.library->viewsModel();
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &SavedViewsController::rebuildMenu);
    connect(model, &QAbstractItemModel::rowsMoved, this, &SavedViewsController::rebuildMenu);
    connect(model, &QAbstractItemModel::modelReset, this, &SavedViewsController::rebuildMenu);
    connect(model, &QAbstractItemModel::dataChanged, this, &SavedViewsController::rebuildMenu);
    rebuildMenu();
}

SavedView SavedViewsController::currentState(const QString &name) const
{
    SavedView view;
    view.name = name.trimmed();
    view.query = m_parts.searchEdit->text();
    if (const auto corpus = m_parts.pipeline->paperModel()->corpus())
        view.authors = SavedViewState::fromAuthors(m_parts.filters->selection(), corpus->authorTable());
    for (const auto kind : kFieldKinds) {
        const SavedView::Facet facet = SavedViewState::fromField(m_parts.filters->fieldFacets()->model(kind)->selection());
        if (!facet.isEmpty())
            view.fields.insert(SavedViewState::fieldKey(kind), facet);
    }
    view.scope = m_parts.pipeline->scope();
    view.sort = m_parts.pipeline->search()->sortOrder();
    view.reverse = m_parts.sort->isReversed();
    view.likeList = view.sort == SortOrder::Likeness ? m_parts.sort->likeList() : QString();
    return view;
}

void SavedViewsController::askForName()
{
    if (!m_parts.library->store() || m_parts.library->store()->isReadOnly())
        return;
    auto *dialog = new QInputDialog(m_parts.window);
    dialog->setObjectName(QStringLiteral("saveViewDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Save Current View"));
    dialog->setLabelText(tr("Name of the view (a taken name is replaced):"));
    dialog->setTextValue(m_parts.searchEdit->text().trimmed().left(40));
    connect(dialog, &QInputDialog::textValueSelected, this, &SavedViewsController::saveCurrentView);
    dialog->open();
}

void SavedViewsController::saveCurrentView(const QString &name)
{
    LibraryStore *store = m_parts.library->store();
    if (!store || name.trimmed().isEmpty())
        return;
    m_parts.library->push(LibraryUndoCommand::saveView(store, currentState(name)));
}

bool SavedViewsController::recall(int row)
{
    const QList<SavedView> &views = m_parts.library->viewsModel()->views();
    if (row < 0 || row >= views.size())
        return false;
    recall(views[row]);
    return true;
}

void SavedViewsController::recall(const SavedView &view, bool announce)
{
    emit recallStarted();
    QStringList problems;
    FieldFacetDock *fields = m_parts.filters->fieldFacets();
    for (const auto kind : kFieldKinds)
        fields->setSelection(kind, SavedViewState::toField(view.fields.value(SavedViewState::fieldKey(kind))));
    QStringList missing;
    if (const auto corpus = m_parts.pipeline->paperModel()->corpus())
        m_parts.filters->setSelection(SavedViewState::toAuthors(view.authors, corpus->authorTable(), &missing));
    if (!missing.isEmpty())
        problems << tr("not in this corpus: %1").arg(missing.join(QStringLiteral(", ")));
    LibraryScope scope = view.scope;
    LibraryStore *store = m_parts.library->store();
    if (scope.kind() == LibraryScope::Kind::List && (!store || !store->hasList(scope.listName()))) {
        problems << tr("no list “%1”").arg(scope.listName());
        scope = LibraryScope::all();
    }
    m_parts.library->panel()->setScope(scope);
    if (!m_parts.sort->choose(view.sort, view.reverse, view.likeList))
        problems << tr("cannot sort like “%1”").arg(view.likeList);
    if (m_parts.searchEdit->text() != view.query)
        m_parts.searchEdit->setText(view.query);
    emit recallFinished();
    if (!announce) { // the session's own view: silent unless part of it could not be restored
        if (!problems.isEmpty())
            m_parts.window->statusBar()->showMessage(tr("Last session, not restored: %1").arg(problems.join(QStringLiteral("; "))), 8000);
        return;
    }
    const QString done = tr("View “%1”").arg(view.name);
    m_parts.window->statusBar()->showMessage(problems.isEmpty() ? done : tr("%1 (%2)").arg(done, problems.join(QStringLiteral("; "))),
                                             problems.isEmpty() ? 3000 : 8000);
}

void SavedViewsController::manage()
{
    if (!m_dialog) {
        m_dialog = new SavedViewsDialog(m_parts.library, m_parts.window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &SavedViewsDialog::recallRequested, this, qOverload<int>(&SavedViewsController::recall));
    }
    m_dialog->open();
}

void SavedViewsController::rebuildMenu()
{
    qDeleteAll(m_viewActions);
    m_viewActions.clear();
    const QList<SavedView> &views = m_parts.library->viewsModel()->views();
    for (int i = 0; i < views.size(); ++i) {
        const QString name = QString(views[i].name).replace(u'&', u"&&"_qs);
        auto *a = new QAction(i < kNumberedViews ? tr("&%1 %2").arg(i + 1).arg(name) : name, this);
        a->setObjectName(QStringLiteral("savedViewAction%1").arg(i));
        a->setToolTip(views[i].summary());
        a->setStatusTip(views[i].summary());
        if (i < kNumberedViews)
            a->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        connect(a, &QAction::triggered, this, [this, i] { recall(i); });
        m_parts.menu->addAction(a);
        m_parts.window->addAction(a); // the keys work while the menu bar is hidden too
        m_viewActions.append(a);
    }
    m_placeholder->setVisible(views.isEmpty());
    updateActions();
}

void SavedViewsController::updateActions()
{
    LibraryStore *store = m_parts.library->store();
    m_save->setEnabled(store && !store->isReadOnly());
    m_manage->setEnabled(store);
}
