#include "window/actionfinderdialog.h"

#include "search/searchfieldnavigator.h"
#include "widgets/emptystateoverlay.h"

#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

ActionFinderDialog::ActionFinderDialog(QWidget *window, ActionListModel::Selection selection, QWidget *parent)
    : QDialog(parent),
      m_window(window),
      m_selection(selection),
      m_model(new ActionListModel(this)),
      m_proxy(new QSortFilterProxyModel(this)),
      m_filter(new QLineEdit),
      m_view(new QTreeView)
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(ActionListModel::SearchTextRole);
    m_filter->setObjectName(QStringLiteral("actionFilter"));
    m_filter->setClearButtonEnabled(true);
    m_view->setObjectName(QStringLiteral("actionView"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_filter);
    new EmptyStateOverlay(m_view, [this] { return emptyText(); });

    auto *navigator = new SearchFieldNavigator(m_filter, m_view, this);
    connect(navigator, &SearchFieldNavigator::enterPressed, this, &ActionFinderDialog::activateCurrent);
    connect(navigator, &SearchFieldNavigator::clearAllFilters, this, &QDialog::reject);
    connect(m_view, &QTreeView::activated, this, &ActionFinderDialog::activateCurrent);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterRegularExpression(ActionListModel::filterFor(text));
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    });
    resize(640, 480);
}

void ActionFinderDialog::refresh()
{
    m_model->setWindow(m_window, m_selection);
    m_filter->clear();
    m_proxy->setFilterRegularExpression(ActionListModel::filterFor(QString()));
    m_view->setCurrentIndex(m_proxy->index(0, 0));
    m_filter->setFocus();
}

QString ActionFinderDialog::emptyText() const
{
    const QString text = m_filter->text().trimmed();
    return text.isEmpty() || m_noMatchText.isEmpty() ? QString() : m_noMatchText.arg(text);
}

int ActionFinderDialog::visibleCount() const
{
    return m_proxy->rowCount();
}

void ActionFinderDialog::activateCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        activate(m_proxy->data(current, ActionListModel::ActionRole).value<QAction *>());
}
