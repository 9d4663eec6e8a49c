#pragma once

#include <QObject>

class PaperDelegate;
class QActionGroup;
class QListView;
class QMenu;

// View ▸ Compact / Comfortable / Full List and Cycle List Density (Ctrl+Shift+D): how much of each
// paper the list's delegate shows, saved in the settings and applied at start.
class DensityActions : public QObject
{
    Q_OBJECT

public:
    // Adds the actions to menu, after a separator.
    DensityActions(QMenu *menu, QListView *list, PaperDelegate *delegate);

    void setDensity(int density);

private:
    QListView *m_list;
    PaperDelegate *m_delegate;
    QActionGroup *m_group;
};
