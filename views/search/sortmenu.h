#pragma once

#include <QMenu>

class QActionGroup;
class SearchController;

// The Sort menu: relevance, corpus order, first author or number of authors, "Like “LIST”" for each
// list it is given (SortOrder::Likeness; likeListChosen() says which), and Reverse; the checked
// entries are always the search controller's order.
class SortMenu : public QMenu
{
    Q_OBJECT

public:
    SortMenu(SearchController *search, QWidget *parent = nullptr);

    // The lists offered as "Like “NAME”" (the bookmarks among them), in order. A chosen list that
    // is gone falls back to relevance.
    void setLikeLists(const QStringList &names);
    QString likeList() const; // the chosen one; empty when another order is checked

signals:
    void likeListChosen(const QString &name); // empty: another order

private:
    void apply();

    SearchController *m_search;
    QActionGroup *m_group;
    QAction *m_likeSeparator;
    QList<QAction *> m_likeActions;
    QAction *m_reverse;
    QString m_likeList;
};
