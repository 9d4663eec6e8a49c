#pragma once

#include <QDialog>

class LibraryController;
class QLabel;
class QListView;
class QPushButton;

// Views ▸ Manage Views…: the saved views in their order, operated by keys alone — Enter recalls
// the current view and closes, F2 renames it in place, Alt+Up/Down (or Ctrl+Up/Down) move it,
// Delete deletes it; each change is one step on the library's undo stack, and Ctrl+Z /
// Ctrl+Shift+Z undo and redo here as in the window.
class SavedViewsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SavedViewsDialog(LibraryController *library, QWidget *parent = nullptr);

    QListView *list() const { return m_list; }

signals:
    void recallRequested(int row);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void move(int delta);
    void deleteCurrent();
    void recallCurrent();
    void updateButtons();
    QString currentName() const;

    LibraryController *m_library;
    QListView *m_list;
    QLabel *m_summary;
    QPushButton *m_buttons[4] = {}; // rename, up, down, delete
};
