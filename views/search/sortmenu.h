#pragma once

#include <QMenu>

class QActionGroup;
class SearchController;

// The Sort menu: relevance, corpus order, first author or number of authors, and Reverse; the
// checked entries are always the search controller's order.
class SortMenu : public QMenu
{
    Q_OBJECT

public:
    SortMenu(SearchController *search, QWidget *parent = nullptr);

private:
    void apply();

    SearchController *m_search;
    QActionGroup *m_group;
    QAction *m_reverse;
};
