#include "library/listpickerdialog.h"

#include "library/librarylistsmodel.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

ListPickerDialog::ListPickerDialog(LibraryListsModel *lists, const QString &title, QWidget *parent)
    : QDialog(parent), m_lists(lists), m_filter(new QSortFilterProxyModel(this)), m_edit(new QLineEdit),
      m_view(new QListView), m_hint(new QLabel)
{
    setObjectName(QStringLiteral("listPicker"));
    setWindowTitle(title);
    m_filter->setSourceModel(lists);
    m_filter->setFilterRole(LibraryListsModel::NameRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_edit->setObjectName(QStringLiteral("listPickerEdit"));
    m_edit->setPlaceholderText(tr("List name — type to filter or to create a new list"));
    m_edit->installEventFilter(this);
    m_view->setObjectName(QStringLiteral("listPickerList"));
    m_view->setModel(m_filter);
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_hint->setObjectName(QStringLiteral("listPickerHint"));
    m_hint->setTextFormat(Qt::PlainText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_edit);
    layout->addWidget(m_view);
    layout->addWidget(m_hint);
    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterFixedString(text.trimmed());
        // The highlight shows what Enter does: the list whose name was typed exactly, else the first
        // list that matches (Shift+Enter creates the typed name instead); none when nothing matches.
        const int exact = m_lists->rowOf(text);
        m_view->setCurrentIndex(exact >= 0 ? m_filter->mapFromSource(m_lists->index(exact)) : m_filter->index(0, 0));
        if (!m_view->currentIndex().isValid())
            m_view->clearSelection();
        updateHint();
    });
    connect(m_view, &QListView::clicked, this, [this](const QModelIndex &index) {
        m_view->setCurrentIndex(index);
        updateHint();
    });
    connect(m_view, &QListView::doubleClicked, this, &QDialog::accept);
    connect(this, &QDialog::accepted, this, [this] {
        if (!choice().isEmpty())
            emit listChosen(choice());
    });
    m_view->setCurrentIndex(m_filter->index(0, 0));
    updateHint();
    resize(360, 300);
}

QString ListPickerDialog::newName() const
{
    const QString typed = m_edit->text().trimmed();
    return typed.isEmpty() || m_lists->rowOf(typed) >= 0 ? QString() : typed;
}

QString ListPickerDialog::choice() const
{
    if (m_createNew && !newName().isEmpty())
        return newName();
    const QString current = m_view->currentIndex().data(LibraryListsModel::NameRole).toString();
    return current.isEmpty() ? newName() : current;
}

void ListPickerDialog::updateHint()
{
    const QString name = choice();
    const QString created = newName();
    if (name.isEmpty())
        m_hint->setText(tr("Type a name to create your first list."));
    else if (m_lists->rowOf(name) < 0)
        m_hint->setText(tr("Enter creates the list “%1”.").arg(name));
    else if (!created.isEmpty())
        m_hint->setText(tr("Enter adds to “%1”; Shift+Enter creates the list “%2”.").arg(name, created));
    else
        m_hint->setText(tr("Enter adds to “%1”.").arg(name));
}

bool ListPickerDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            m_createNew = static_cast<QKeyEvent *>(event)->modifiers().testFlag(Qt::ShiftModifier);
            accept();
            return true;
        }
        if (key == Qt::Key_Up || key == Qt::Key_Down) {
            const int rows = m_filter->rowCount();
            if (rows > 0) {
                const int row = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
                m_view->setCurrentIndex(m_filter->index(qBound(0, row + (key == Qt::Key_Down ? 1 : -1), rows - 1), 0));
                updateHint();
            }
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}
