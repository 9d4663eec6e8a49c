#include "facets/authorfacetpanel.h"

#include "facets/authorfacetdelegate.h"
#include "facets/authorfacetmodel.h"
#include "facets/coauthorfacetmodel.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QToolButton>
#include <QVBoxLayout>

AuthorFacetPanel::AuthorFacetPanel(AuthorFacetModel *counts, CoauthorFacetModel *coauthors, QWidget *parent)
    : QWidget(parent), m_counts(counts), m_coauthors(coauthors), m_filterEdit(new QLineEdit), m_list(new QListView), m_header(new QLabel),
      m_more(new QLabel), m_modeButton(new QToolButton), m_sortButton(new QToolButton),
      m_coauthorButton(new QToolButton)
{
    setObjectName(QStringLiteral("authorFacetPanel"));
    m_filterEdit->setObjectName(QStringLiteral("authorFilterEdit"));
    m_filterEdit->setPlaceholderText(tr("Filter authors"));
    m_filterEdit->setAccessibleName(tr("Filter authors"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->installEventFilter(this);
    m_header->setObjectName(QStringLiteral("authorFacetHeader"));
    m_header->setTextFormat(Qt::PlainText);
    m_header->setWordWrap(true);
    m_more->setObjectName(QStringLiteral("authorFacetMore"));
    m_more->setTextFormat(Qt::PlainText);
    m_more->setWordWrap(true);
    m_more->setForegroundRole(QPalette::PlaceholderText);
    m_list->setObjectName(QStringLiteral("authorFacets"));
    m_list->setAccessibleName(tr("Authors"));
    m_list->setModel(counts);
    m_list->setItemDelegate(new AuthorFacetDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->installEventFilter(this);
    m_modeButton->setObjectName(QStringLiteral("authorModeButton"));
    m_sortButton->setObjectName(QStringLiteral("authorSortButton"));
    m_coauthorButton->setObjectName(QStringLiteral("coauthorButton"));
    setFocusProxy(m_list); // Ctrl+3 lands in the author list
    m_modeButton->setAccessibleName(tr("Combine selected authors"));
    m_sortButton->setAccessibleName(tr("Sort authors"));
    m_coauthorButton->setAccessibleName(tr("Co-authors of the selected author"));
    createActions();

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    for (QToolButton *b : {m_modeButton, m_sortButton, m_coauthorButton}) {
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filterEdit);
    layout->addLayout(buttons);
    layout->addWidget(m_header);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_more);

    // Typing makes the best match current, so Enter includes it and Down enters the list on it.
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_counts->setFilterText(text);
        m_coauthors->setFilterText(text);
        selectBestMatch();
    });
    connect(m_filterEdit, &QLineEdit::returnPressed, this, &AuthorFacetPanel::includeCurrent);
    connect(m_list, &QListView::clicked, this, &AuthorFacetPanel::onClicked);
    watchCurrent();
    for (AuthorListModel *model : std::initializer_list<AuthorListModel *>{m_counts, m_coauthors}) {
        connect(model, &AuthorListModel::listChanged, this, &AuthorFacetPanel::followList);
        connect(model, &QAbstractItemModel::modelReset, this, [this] { m_lastCurrent = -1; });
    }
    updateHeader();
}

AuthorListModel *AuthorFacetPanel::shown() const
{
    return m_coauthors->subject() >= 0 ? static_cast<AuthorListModel *>(m_coauthors) : m_counts;
}

// The view shows the list it should (a new selection model then), on the author it was on.
void AuthorFacetPanel::followList()
{
    if (m_list->model() != shown()) {
        QItemSelectionModel *old = m_list->selectionModel();
        m_list->setModel(shown());
        old->deleteLater(); // a view never deletes the selection model it replaces
        watchCurrent();
    }
    restoreCurrent();
    updateHeader();
}

void AuthorFacetPanel::watchCurrent()
{
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_lastCurrent = current.data(AuthorListModel::AuthorIdRole).toLongLong();
            });
}

// Typing makes the first match below the pinned authors current, when there is one.
void AuthorFacetPanel::selectBestMatch()
{
    const AuthorListModel *model = shown();
    int best = 0;
    while (best + 1 < model->rowCount() && model->index(best).data(AuthorListModel::PinnedRole).toBool())
        ++best;
    if (model->rowCount() > 0)
        m_list->selectionModel()->setCurrentIndex(model->index(best), QItemSelectionModel::ClearAndSelect);
}

void AuthorFacetPanel::request(const std::function<bool(FacetSelection &)> &edit)
{
    FacetSelection next = m_counts->selection();
    if (edit(next))
        emit selectionRequested(next);
}

void AuthorFacetPanel::createActions()
{
    m_includeAction = new QAction(tr("&Include Author"), this);
    m_includeAction->setShortcuts({Qt::Key_Space, Qt::Key_Return, Qt::Key_Enter});
    connect(m_includeAction, &QAction::triggered, this, &AuthorFacetPanel::includeCurrent);
    m_excludeAction = new QAction(tr("&Exclude Author"), this);
    m_excludeAction->setShortcuts({Qt::SHIFT | Qt::Key_Return, Qt::SHIFT | Qt::Key_Enter});
    connect(m_excludeAction, &QAction::triggered, this, &AuthorFacetPanel::excludeCurrent);
    m_hopAction = new QAction(tr("&Hop to Author"), this);
    m_hopAction->setShortcuts({Qt::CTRL | Qt::Key_Return, Qt::CTRL | Qt::Key_Enter});
    m_hopAction->setToolTip(tr("Show only this author's papers and their co-authors"));
    connect(m_hopAction, &QAction::triggered, this, &AuthorFacetPanel::hopToCurrent);
    // These act on the list's current author, so they only fire while the list has the focus.
    for (QAction *a : {m_includeAction, m_excludeAction, m_hopAction}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_list->addAction(a);
    }

    m_anyAction = new QAction(tr("Match &Any Selected Author"), this);
    m_anyAction->setCheckable(true);
    m_anyAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_M);
    connect(m_anyAction, &QAction::toggled, this, [this](bool any) {
        request([any](FacetSelection &s) { return s.setMode(any ? FacetSelection::Mode::Any : FacetSelection::Mode::All); });
        m_modeButton->setText(any ? tr("Any of") : tr("All of"));
    });
    m_byNameAction = new QAction(tr("Sort Authors by &Name"), this);
    m_byNameAction->setCheckable(true);
    m_byNameAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_N);
    connect(m_byNameAction, &QAction::toggled, this, [this](bool byName) {
        const auto order = byName ? AuthorListModel::SortOrder::ByName : AuthorListModel::SortOrder::ByCount;
        m_counts->setSortOrder(order);
        m_coauthors->setSortOrder(order);
        m_sortButton->setText(byName ? tr("A–Z") : tr("By count"));
    });
    m_coauthorAction = new QAction(tr("Show &Co-authors"), this);
    m_coauthorAction->setCheckable(true);
    m_coauthorAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_O);
    m_coauthorAction->setToolTip(tr("With one author selected, list the people who wrote with them"));
    connect(m_coauthorAction, &QAction::toggled, m_coauthors, &CoauthorFacetModel::setEnabled);
    for (QAction *a : {m_anyAction, m_byNameAction, m_coauthorAction})
        addAction(a);
    m_modeButton->setDefaultAction(m_anyAction);
    m_sortButton->setDefaultAction(m_byNameAction);
    m_coauthorButton->setDefaultAction(m_coauthorAction);
    m_modeButton->setText(tr("All of"));
    m_sortButton->setText(tr("By count"));
    m_coauthorButton->setText(tr("Co-authors"));
    m_coauthorButton->setToolTip(m_coauthorAction->toolTip());
    connect(m_counts, &AuthorListModel::selectionChanged, this, [this] {
        m_anyAction->setChecked(m_counts->selection().mode() == FacetSelection::Mode::Any);
    });
}

QList<QAction *> AuthorFacetPanel::facetActions() const
{
    return {m_includeAction, m_excludeAction, m_hopAction, m_anyAction, m_byNameAction, m_coauthorAction};
}

void AuthorFacetPanel::focusFilter()
{
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
}

qint64 AuthorFacetPanel::currentAuthor() const
{
    QModelIndex current = m_list->currentIndex();
    if (!current.isValid() && shown()->rowCount() > 0)
        current = shown()->index(0);
    return current.isValid() ? current.data(AuthorListModel::AuthorIdRole).toLongLong() : -1;
}

void AuthorFacetPanel::toggleCurrent(int state)
{
    const qint64 id = currentAuthor();
    if (id < 0)
        return;
    const auto target = FacetSelection::State(state);
    const bool isOn = m_counts->selection().state(AuthorTable::Id(id)) == target;
    m_lastCurrent = id;
    request([&](FacetSelection &s) { return s.setState(AuthorTable::Id(id), isOn ? FacetSelection::State::Off : target); });
}

void AuthorFacetPanel::includeCurrent()
{
    toggleCurrent(int(FacetSelection::State::Included));
}

void AuthorFacetPanel::excludeCurrent()
{
    toggleCurrent(int(FacetSelection::State::Excluded));
}

void AuthorFacetPanel::hopToCurrent()
{
    const qint64 id = currentAuthor();
    if (id < 0)
        return;
    m_lastCurrent = -1;
    request([id](FacetSelection &s) {
        const QList<AuthorTable::Id> included = s.included(); // a copy: setState changes the list
        bool changed = false;
        for (AuthorTable::Id other : included)
            changed = s.setState(other, FacetSelection::State::Off) || changed;
        return s.setState(AuthorTable::Id(id), FacetSelection::State::Included) || changed;
    });
}

void AuthorFacetPanel::onClicked(const QModelIndex &index)
{
    const auto id = AuthorTable::Id(index.data(AuthorListModel::AuthorIdRole).toUInt());
    m_lastCurrent = id;
    const Qt::KeyboardModifiers mods = QApplication::keyboardModifiers();
    if (m_coauthors->subject() >= 0 && !(mods & Qt::ControlModifier))
        hopToCurrent();
    else if (m_coauthors->subject() >= 0)
        request([id](FacetSelection &s) { return s.setState(id, FacetSelection::State::Included); });
    else
        request([id](FacetSelection &s) { return s.cycle(id); });
}

// The model keeps persistent indexes on their author; this covers the author dropping out of the
// list and coming back (typing in the filter field) and the current item of an empty view.
void AuthorFacetPanel::restoreCurrent()
{
    if (m_lastCurrent < 0)
        return;
    const int row = shown()->rowOfAuthor(AuthorTable::Id(m_lastCurrent));
    if (row >= 0 && m_list->currentIndex().row() != row)
        m_list->selectionModel()->setCurrentIndex(shown()->index(row), QItemSelectionModel::ClearAndSelect);
}

void AuthorFacetPanel::updateHeader()
{
    const AuthorListModel *model = shown();
    const int hidden = int(model->hiddenAuthors());
    m_more->setVisible(hidden > 0);
    if (hidden > 0) {
        m_more->setText(model->filterText().trimmed().isEmpty()
                            ? tr("%n more author(s) — type to filter", nullptr, hidden)
                            : tr("%n more match(es) — type more to narrow", nullptr, hidden));
    }
    const qint64 subject = m_coauthors->subject();
    m_coauthorAction->setEnabled(m_counts->selection().included().size() == 1 || m_coauthorAction->isChecked());
    m_hopAction->setEnabled(subject >= 0);
    if (subject >= 0 && model->corpus()) {
        m_header->setText(tr("Co-authors of %1: %2 (click to hop, Ctrl+click to add)")
                              .arg(model->corpus()->authorTable().displayName(AuthorTable::Id(subject)))
                              .arg(model->countedAuthors()));
    } else if (model->rowCount() == 0) {
        m_header->setText(model->filterText().isEmpty() ? tr("No authors in the shown papers.")
                                                        : tr("No author matches “%1”.").arg(model->filterText()));
    } else {
        const auto n = model->countedAuthors();
        if (n == 0) // only the chosen authors, kept on top, while no paper is shown
            m_header->setText(tr("No papers shown; your chosen authors stay listed"));
        else
            m_header->setText(n == 1 ? tr("1 author in the shown papers") : tr("%1 authors in the shown papers").arg(n));
    }
}

bool AuthorFacetPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->key() == Qt::Key_Escape) {
        emit leaveRequested();
        return true;
    }
    if (watched == m_filterEdit) {
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && (key->modifiers() & Qt::ShiftModifier)) {
            excludeCurrent();
            return true;
        }
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up || key->key() == Qt::Key_PageDown) {
            m_list->setFocus(Qt::OtherFocusReason);
            if (!m_list->currentIndex().isValid() && shown()->rowCount() > 0)
                m_list->setCurrentIndex(shown()->index(0));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
