#pragma once

#include "pipeline/navigationhistory.h"

#include <QObject>

class FilterController;
class LibraryController;
class QAbstractItemView;
class QAction;
class QLineEdit;
class QMenu;
class QWidget;
class ResultsPipeline;

// Go ▸ Back (Alt+Left) and Forward (Alt+Right): follows the paper, the query and the filters into a
// NavigationHistory and puts a place back — filters first, then the query, then the paper — when
// the reader goes back or forward. A similar paper opened outside the results is one step back.
class NavigationController : public QObject
{
    Q_OBJECT

public:
    struct Parts
    {
        QWidget *window;
        QMenu *go;
        ResultsPipeline *pipeline;
        FilterController *filters;
        LibraryController *library;
        QLineEdit *searchEdit;
        QAbstractItemView *list;
    };
    explicit NavigationController(const Parts &parts);

    NavigationHistory *history() const { return m_history; }
    void goBack();
    void goForward();
    // Between these two, changes are not places: a saved view recalled in several steps is one.
    void suspend() { m_restoring = true; }
    void resume();

private:
    void record();
    void show(const NavigationHistory::Place &place);
    void selectPaper(const QString &id);
    void updateActions();

    Parts m_parts;
    NavigationHistory *m_history;
    QAction *m_back;
    QAction *m_forward;
    bool m_restoring = false;
    QString m_pendingPaper; // to select when a search still running in a worker is in
};
