#pragma once

#include <QObject>

class QListView;
class QMainWindow;
class QMenu;

// The View menu's language, appearance and density entries, and Help ▸ About: the window's settings
// that are not a feature of their own.
class ViewActions : public QObject
{
    Q_OBJECT

public:
    ViewActions(QMainWindow *window, QMenu *view, QMenu *help, QListView *list);
};
