#include "facets/fieldfacetpanel.h"

#include "facets/authorfacetdelegate.h"
#include "facets/fieldfacetmodel.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QToolButton>
#include <QVBoxLayout>

FieldFacetPanel::FieldFacetPanel(FieldFacetModel *model, const QString &title, bool allowModes, QWidget *parent)
    : QWidget(parent), m_model(model), m_title(title), m_header(new QLabel), m_filterEdit(new QLineEdit),
      m_list(new QListView)
{
    m_header->setTextFormat(Qt::PlainText);
    QFont bold = m_header->font();
    bold.setBold(true);
    m_header->setFont(bold);
    m_filterEdit->setPlaceholderText(tr("Filter %1…").arg(title.toLower()));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setAccessibleName(tr("Filter %1").arg(title));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new AuthorFacetDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setAccessibleName(title);
    m_list->setToolTip(tr("Space or Enter includes, Shift+Enter excludes, Delete clears; a click cycles"));
    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_header, 1);
    if (allowModes) {
        m_modeButton = new QToolButton;
        m_modeButton->setAutoRaise(true);
        m_modeButton->setCheckable(true);
        m_modeButton->setToolTip(tr("Papers must match all included values (AND) or any of them (ANY)"));
        connect(m_modeButton, &QToolButton::toggled, this, [this](bool all) {
            FieldSelection next = m_model->selection();
            if (next.setMode(all ? FieldSelection::Mode::All : FieldSelection::Mode::Any))
                emit selectionRequested(next);
        });
        top->addWidget(m_modeButton);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(m_filterEdit);
    layout->addWidget(m_list, 1);
    setFocusProxy(m_list);
    m_filterEdit->installEventFilter(this);
    m_list->installEventFilter(this);
    connect(m_filterEdit, &QLineEdit::textChanged, m_model, &FieldFacetModel::setFilterText);
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex &index) {
        FieldSelection next = m_model->selection();
        if (next.cycle(index.data(FieldFacetModel::TermRole).toString()))
            emit selectionRequested(next);
    });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        if (const QModelIndex current = m_list->currentIndex(); current.isValid())
            m_lastCurrent = current.data(FieldFacetModel::TermRole).toString();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_model->rowOfTerm(m_lastCurrent);
        if (row >= 0)
            m_list->setCurrentIndex(m_model->index(row));
        updateHeader();
    });
    updateHeader();
}

void FieldFacetPanel::updateHeader()
{
    m_header->setText(m_title);
    if (m_modeButton) {
        const bool all = m_model->selection().mode() == FieldSelection::Mode::All;
        const QSignalBlocker block(m_modeButton);
        m_modeButton->setChecked(all);
        m_modeButton->setText(all ? tr("AND") : tr("ANY"));
    }
}

void FieldFacetPanel::setCurrentState(FieldSelection::State state)
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    FieldSelection next = m_model->selection();
    if (next.setState(current.data(FieldFacetModel::TermRole).toString(), state))
        emit selectionRequested(next);
}

bool FieldFacetPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (key->key() == Qt::Key_Escape) {
        emit leaveRequested();
        return true;
    }
    if (watched == m_filterEdit && key->key() == Qt::Key_Down && m_model->rowCount() > 0) {
        m_list->setFocus(Qt::OtherFocusReason);
        if (!m_list->currentIndex().isValid())
            m_list->setCurrentIndex(m_model->index(0));
        return true;
    }
    if (watched != m_list)
        return QWidget::eventFilter(watched, event);
    const bool shift = key->modifiers() & Qt::ShiftModifier;
    switch (key->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        setCurrentState(shift ? FieldSelection::State::Excluded : FieldSelection::State::Included);
        return true;
    case Qt::Key_Space:
        setCurrentState(FieldSelection::State::Included);
        return true;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        setCurrentState(FieldSelection::State::Off);
        return true;
    case Qt::Key_Up:
        if (m_list->currentIndex().row() <= 0) {
            m_filterEdit->setFocus(Qt::OtherFocusReason);
            return true;
        }
        break;
    default:
        if (!key->text().isEmpty() && key->text().at(0).isPrint() && !key->modifiers().testFlag(Qt::ControlModifier)) {
            m_filterEdit->setFocus(Qt::OtherFocusReason);
            m_filterEdit->insert(key->text());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
