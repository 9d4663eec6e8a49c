#pragma once

#include "library/savedview.h"

#include <QList>
#include <QObject>
#include <QPointer>

class FilterController;
class LibraryController;
class QAction;
class QLineEdit;
class QMainWindow;
class QMenu;
class ResultsPipeline;
class SavedViewsDialog;
class SortMenu;

// The Views menu: Save Current View… (Ctrl+Alt+S) names the current query, facet selections,
// library scope and sort and keeps them in the library; Manage Views… (Ctrl+Alt+V) opens the dialog
// that renames, reorders and deletes them; then one entry per saved view, the first nine on
// Ctrl+Alt+1…9, which the command palette lists too. Recalling a view puts all of it back.
class SavedViewsController : public QObject
{
    Q_OBJECT

public:
    struct Parts
    {
        QMainWindow *window;
        QMenu *menu;
        ResultsPipeline *pipeline;
        FilterController *filters;
        LibraryController *library;
        QLineEdit *searchEdit;
        SortMenu *sort;
    };
    explicit SavedViewsController(const Parts &parts);

    // What the window shows now, as a view called name.
    SavedView currentState(const QString &name = {}) const;
    // Saves the current state under name (replacing the view of that name): one undoable step.
    void saveCurrentView(const QString &name);
    // Puts the view at row back; false when there is none.
    bool recall(int row);
    // announce: say in the status bar what was recalled (off when the session restores its view).
    void recall(const SavedView &view, bool announce = true);
    QList<QAction *> viewActions() const { return m_viewActions; }
    QAction *saveAction() const { return m_save; }
    QAction *manageAction() const { return m_manage; }

signals:
    // Around the steps of a recall (facets, scope, sort, query), so Back takes it as one.
    void recallStarted();
    void recallFinished();

private:
    void askForName();
    void manage();
    void rebuildMenu();
    void updateActions();

    Parts m_parts;
    QAction *m_save;
    QAction *m_manage;
    QAction *m_placeholder;
    QList<QAction *> m_viewActions;
    QPointer<SavedViewsDialog> m_dialog;
};
