#pragma once

#include "window/actionlistmodel.h"

#include <QDialog>

class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

// A filter field over a window's actions: the base of the shortcut sheet and the command palette.
// Typing narrows the list to actions whose name, shortcut or menu contain every typed word.
class ActionFinderDialog : public QDialog
{
    Q_OBJECT

public:
    ActionFinderDialog(QWidget *window, ActionListModel::Selection selection, QWidget *parent = nullptr);

    // Re-reads the window's actions, clears the filter and focuses it.
    void refresh();
    QLineEdit *filterField() const { return m_filter; }
    QTreeView *view() const { return m_view; }
    int visibleCount() const;
    // What the empty list says for a filter that matches nothing; %1 is the filter text.
    void setNoMatchText(const QString &text) { m_noMatchText = text; }
    QString emptyText() const;

protected:
    // Runs the action in the current row (the palette) or does nothing (the sheet).
    virtual void activate(QAction *action) { Q_UNUSED(action) }

private:
    void activateCurrent();

    QWidget *m_window;
    ActionListModel::Selection m_selection;
    ActionListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_view;
    QString m_noMatchText;
};
