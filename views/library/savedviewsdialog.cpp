#include "library/savedviewsdialog.h"

#include "library/librarycontroller.h"
#include "library/libraryundo.h"
#include "library/savedviewsmodel.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

SavedViewsDialog::SavedViewsDialog(LibraryController *library, QWidget *parent)
    : QDialog(parent), m_library(library), m_list(new QListView), m_summary(new QLabel)
{
    setObjectName(QStringLiteral("savedViewsDialog"));
    setWindowTitle(tr("Saved Views"));
    SavedViewsModel *model = library->viewsModel();
    m_list->setObjectName(QStringLiteral("savedViewsList"));
    m_list->setAccessibleName(tr("Saved views"));
    m_list->setModel(model);
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_list->installEventFilter(this);
    m_summary->setObjectName(QStringLiteral("savedViewSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);

    auto *box = new QDialogButtonBox(QDialogButtonBox::Close);
    const std::pair<QString, QString> buttons[] = {{tr("&Rename"), tr("F2")},
                                                   {tr("Move &Up"), tr("Alt+Up")},
                                                   {tr("Move &Down"), tr("Alt+Down")},
                                                   {tr("De&lete"), tr("Del")}};
    for (int i = 0; i < 4; ++i) {
        m_buttons[i] = box->addButton(buttons[i].first, QDialogButtonBox::ActionRole);
        m_buttons[i]->setToolTip(buttons[i].second);
    }
    QPushButton *recall = box->addButton(tr("Re&call"), QDialogButtonBox::AcceptRole);
    recall->setObjectName(QStringLiteral("recallViewButton"));
    connect(m_buttons[0], &QPushButton::clicked, this, [this] { m_list->edit(m_list->currentIndex()); });
    connect(m_buttons[1], &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_buttons[2], &QPushButton::clicked, this, [this] { move(+1); });
    connect(m_buttons[3], &QPushButton::clicked, this, &SavedViewsDialog::deleteCurrent);
    connect(recall, &QPushButton::clicked, this, &SavedViewsDialog::recallCurrent);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // No default button: Enter in the name editor only ends the edit; in the list it recalls.
    for (QAbstractButton *b : box->buttons())
        if (auto *push = qobject_cast<QPushButton *>(b))
            push->setAutoDefault(false);

    // The window's Undo and Redo do not reach a dialog: it has its own, on the same stack.
    QUndoStack *undo = library->undoStack();
    QAction *undoAction = undo->createUndoAction(this);
    undoAction->setShortcut(QKeySequence::Undo);
    QAction *redoAction = undo->createRedoAction(this);
    redoAction->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    addActions({undoAction, redoAction});

    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("Enter recalls a view; F2 renames it, Alt+Up and Alt+Down move it, Delete deletes it; "
                               "Ctrl+Z undoes."));
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_summary);
    layout->addWidget(box);

    connect(model, &SavedViewsModel::renameRequested, this, [this](const QString &name, const QString &newName) {
        m_library->push(LibraryUndoCommand::renameView(m_library->store(), name, newName));
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &SavedViewsDialog::updateButtons);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &SavedViewsDialog::updateButtons);
    connect(model, &QAbstractItemModel::modelReset, this, &SavedViewsDialog::updateButtons);
    connect(model, &QAbstractItemModel::dataChanged, this, &SavedViewsDialog::updateButtons);
    if (model->rowCount() > 0)
        m_list->setCurrentIndex(model->index(0, 0));
    updateButtons();
    m_list->setFocus(Qt::OtherFocusReason);
    resize(460, 360);
}

QString SavedViewsDialog::currentName() const
{
    return m_list->currentIndex().data(SavedViewsModel::NameRole).toString();
}

bool SavedViewsDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Keys the name editor leaves unhandled (its Enter) come up here too: act only on the list's own.
    if (watched == m_list && event->type() == QEvent::KeyPress && m_list->hasFocus()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
        const bool moving = mods == Qt::AltModifier || mods == Qt::ControlModifier;
        if (moving && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            move(key->key() == Qt::Key_Up ? -1 : +1);
            return true;
        }
        if (mods == Qt::NoModifier && key->key() == Qt::Key_Delete) {
            deleteCurrent();
            return true;
        }
        if (mods == Qt::NoModifier && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            recallCurrent();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void SavedViewsDialog::move(int delta)
{
    const int row = m_list->currentIndex().row();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_list->model()->rowCount() || !m_library->store())
        return;
    m_library->push(LibraryUndoCommand::moveView(m_library->store(), currentName(), to));
    m_list->setCurrentIndex(m_list->model()->index(to, 0));
}

void SavedViewsDialog::deleteCurrent()
{
    if (!m_list->currentIndex().isValid() || !m_library->store())
        return;
    m_library->push(LibraryUndoCommand::deleteView(m_library->store(), currentName()));
}

void SavedViewsDialog::recallCurrent()
{
    const int row = m_list->currentIndex().row();
    if (row < 0)
        return;
    emit recallRequested(row);
    accept();
}

void SavedViewsDialog::updateButtons()
{
    const QModelIndex current = m_list->currentIndex();
    const int rows = m_list->model()->rowCount();
    const bool writable = m_library->store() && !m_library->store()->isReadOnly();
    m_buttons[0]->setEnabled(writable && current.isValid());
    m_buttons[1]->setEnabled(writable && current.row() > 0);
    m_buttons[2]->setEnabled(writable && current.isValid() && current.row() + 1 < rows);
    m_buttons[3]->setEnabled(writable && current.isValid());
    if (!current.isValid() && rows > 0)
        m_list->setCurrentIndex(m_list->model()->index(qMin(rows - 1, 0), 0));
    m_summary->setText(rows == 0 ? tr("No saved views yet: Views ▸ Save Current View… (Ctrl+Alt+S) saves the query, "
                                      "facets, scope and sort under a name.")
                                 : m_list->currentIndex().data(SavedViewsModel::SummaryRole).toString());
}
