#include "library/librarypanel.h"

#include "library/libraryentriesmodel.h"
#include "library/librarylistsmodel.h"

#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTimer>
#include <QVBoxLayout>

LibraryPanel::LibraryPanel(LibraryListsModel *lists, LibraryEntriesModel *entries, QWidget *parent)
    : QWidget(parent), m_lists(lists), m_scopes(new QListWidget), m_listsView(new QListView),
      m_entriesView(new QListView), m_listsLabel(new QLabel(tr("Reading lists"))),
      m_entriesLabel(new QLabel(tr("In the selected list"))), m_noteLabel(new QLabel(tr("Note"))), m_note(new QPlainTextEdit)
{
    setObjectName(QStringLiteral("libraryPanel"));
    m_scopes->setObjectName(QStringLiteral("libraryScopes"));
    m_scopes->setAccessibleName(tr("Library scopes"));
    setFocusProxy(m_scopes); // Ctrl+4 lands on the scopes, which are always there
    for (const LibraryScope &s : {LibraryScope::all(), LibraryScope::bookmarked(), LibraryScope::unread()})
        m_scopes->addItem(s.label());
    m_scopes->setCurrentRow(0);
    m_scopes->setMaximumHeight(m_scopes->sizeHintForRow(0) * 3 + 2 * m_scopes->frameWidth() + 4);

    m_listsView->setObjectName(QStringLiteral("readingLists"));
    m_listsView->setAccessibleName(tr("Reading lists"));
    m_listsView->setModel(lists);
    m_listsView->setAcceptDrops(true);
    m_listsView->setDropIndicatorShown(true);
    m_listsView->setDragDropMode(QAbstractItemView::DropOnly);
    m_listsView->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_entriesView->setObjectName(QStringLiteral("listEntries"));
    m_entriesView->setAccessibleName(tr("Entries of the selected list"));
    m_entriesView->setModel(entries);
    m_entriesView->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setAccessibleName(tr("Note on this paper in the list"));
    m_note->setPlaceholderText(tr("A note on this paper in this list (Ctrl+Enter saves)"));
    m_note->setMaximumHeight(90);
    m_note->setEnabled(false);
    m_note->installEventFilter(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_scopes);
    layout->addWidget(m_listsLabel);
    layout->addWidget(m_listsView, 2);
    layout->addWidget(m_entriesLabel);
    layout->addWidget(m_entriesView, 2);
    layout->addWidget(m_noteLabel);
    layout->addWidget(m_note);

    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(lists, signal, this, &LibraryPanel::followLists);
    connect(lists, &QAbstractItemModel::modelReset, this, &LibraryPanel::followLists);
    connect(lists, &QAbstractItemModel::dataChanged, this, &LibraryPanel::followLists);
    updateBoxes();

    connect(m_scopes, &QListWidget::itemSelectionChanged, this, [this] {
        static const LibraryScope scopes[] = {LibraryScope::all(), LibraryScope::bookmarked(), LibraryScope::unread()};
        const QList<QListWidgetItem *> selected = m_scopes->selectedItems();
        const int row = selected.isEmpty() ? -1 : m_scopes->row(selected.first());
        if (row >= 0 && row < 3)
            setScope(scopes[row]);
    });
    // The selections, not the current indexes: a view that gains focus makes its first row current
    // without selecting it, and moving focus must never change which papers are shown.
    connect(m_listsView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this, entries] {
        const QModelIndexList selected = m_listsView->selectionModel()->selectedIndexes();
        const QString name = selected.isEmpty() ? QString() : selected.first().data(LibraryListsModel::NameRole).toString();
        entries->setList(name);
        if (!name.isEmpty())
            setScope(LibraryScope::list(name));
    });
}

QString LibraryPanel::currentListName() const
{
    return m_listsView->currentIndex().data(LibraryListsModel::NameRole).toString();
}

void LibraryPanel::setScope(const LibraryScope &scope)
{
    if (scope == m_scope)
        return;
    commitNote();
    m_scope = scope;
    const QSignalBlocker blocker(m_scopes);
    if (scope.kind() == LibraryScope::Kind::List) {
        m_scopes->setCurrentRow(-1);
        m_scopes->clearSelection();
        const int row = m_lists->rowOf(scope.listName());
        if (row >= 0 && m_listsView->currentIndex().row() != row)
            m_listsView->setCurrentIndex(m_lists->index(row));
    } else {
        m_scopes->setCurrentRow(int(scope.kind()));
    }
    showNote({}, {});
    updateBoxes();
    emit scopeChanged(scope);
}

void LibraryPanel::followLists()
{
    QStringList names;
    for (int row = 0; row < m_lists->rowCount(); ++row)
        names << m_lists->index(row).data(LibraryListsModel::NameRole).toString();
    const QStringList before = std::exchange(m_knownLists, names);
    if (m_scope.kind() == LibraryScope::Kind::List && m_lists->rowOf(m_scope.listName()) < 0) {
        QStringList added;
        for (const QString &name : names)
            if (!before.contains(name))
                added << name;
        if (added.isEmpty()) {
            // A rename may arrive as a removal, then an insertion: wait for the model to settle.
            m_knownLists = before;
            QTimer::singleShot(0, this, [this] {
                if (m_scope.kind() == LibraryScope::Kind::List && m_lists->rowOf(m_scope.listName()) < 0)
                    setScope(LibraryScope::all());
            });
        } else {
            setScope(added.size() == 1 ? LibraryScope::list(added.first()) : LibraryScope::all());
        }
    }
    updateBoxes();
}

void LibraryPanel::updateBoxes()
{
    const bool hasLists = m_lists->rowCount() > 0;
    const bool inList = m_scope.kind() == LibraryScope::Kind::List;
    m_listsLabel->setVisible(hasLists);
    m_listsView->setVisible(hasLists);
    for (QWidget *w : std::initializer_list<QWidget *>{m_entriesLabel, m_entriesView, m_noteLabel, m_note})
        w->setVisible(inList);
    // Only the scopes: the dock takes no more height than they need.
    setMaximumHeight(hasLists || inList ? QWIDGETSIZE_MAX : m_scopes->maximumHeight() + 8);
}

void LibraryPanel::showNote(const QString &paperId, const QString &note)
{
    if (paperId != m_notePaper)
        commitNote();
    m_notePaper = m_scope.kind() == LibraryScope::Kind::List ? paperId : QString();
    m_noteShown = note;
    m_note->setEnabled(!m_notePaper.isEmpty());
    m_noteLabel->setText(m_notePaper.isEmpty() ? tr("Note (select a paper in a list)")
                                               : tr("Note in “%1”").arg(m_scope.listName()));
    if (m_note->toPlainText() != note)
        m_note->setPlainText(note);
}

void LibraryPanel::commitNote()
{
    if (m_notePaper.isEmpty() || m_note->toPlainText() == m_noteShown)
        return;
    m_noteShown = m_note->toPlainText();
    emit noteEdited(m_notePaper, m_noteShown);
}

bool LibraryPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_note) {
        if (event->type() == QEvent::FocusOut)
            commitNote();
        if (event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() & Qt::ControlModifier) {
                commitNote();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}
