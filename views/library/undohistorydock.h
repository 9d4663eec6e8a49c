#pragma once

#include <QDockWidget>

class QUndoStack;
class QUndoView;

// View ▸ History (Ctrl+Shift+H): the library's undo stack as a list, oldest change first. Choosing a
// row (arrow keys or a click) undoes or redoes back to that state; showing the dock focuses the list.
class UndoHistoryDock : public QDockWidget
{
    Q_OBJECT

public:
    UndoHistoryDock(QUndoStack *stack, QWidget *parent = nullptr);

    QUndoView *view() const { return m_view; }

private:
    QUndoView *m_view;
};
