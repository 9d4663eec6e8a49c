#pragma once

#include "corpus/authortable.h"
#include "facets/facetselection.h"

#include <QWidget>

#include <functional>

class AuthorFacetModel;
class AuthorListModel;
class CoauthorFacetModel;
class QAction;
class QLabel;
class QLineEdit;
class QListView;
class QToolButton;

// The author facet's dock content: a filter field, the authors of the shown papers with their
// counts, and toggles for AND/ANY, name order and co-authors. Space or Enter includes the current
// author, Shift+Enter excludes; a click cycles include → exclude → off. In the co-author view a
// click (or Ctrl+Enter) hops to that author and Ctrl+click adds them. Esc returns to the search.
// Below the list, a footer says how many more authors the list's bound leaves out. It shows the
// counts model, or the co-author model while that has a subject; it never changes the selection
// itself but asks its owner (selectionRequested), which passes the new one down to both models.
class AuthorFacetPanel : public QWidget
{
    Q_OBJECT

public:
    AuthorFacetPanel(AuthorFacetModel *counts, CoauthorFacetModel *coauthors, QWidget *parent = nullptr);

    QLineEdit *filterEdit() const { return m_filterEdit; }
    QListView *list() const { return m_list; }
    // The panel's actions, each with its shortcut, for the window's menu.
    QList<QAction *> facetActions() const;
    void focusFilter();

    void includeCurrent();
    void excludeCurrent();
    void hopToCurrent();

signals:
    // Esc in the panel: the window puts the focus back in the search field.
    void leaveRequested();
    // A click or key asks for this selection; the owner applies it (and passes it down).
    void selectionRequested(const FacetSelection &selection);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    // The list the view shows: the co-authors while they have a subject, else the counts.
    AuthorListModel *shown() const;
    void followList();
    void selectBestMatch();
    void watchCurrent();
    // Edits a copy of the current selection and asks for it when the edit changed something.
    void request(const std::function<bool(FacetSelection &)> &edit);
    void toggleCurrent(int state);
    void onClicked(const QModelIndex &index);
    void updateHeader();
    qint64 currentAuthor() const;
    void restoreCurrent();

    AuthorFacetModel *m_counts;
    CoauthorFacetModel *m_coauthors;
    QLineEdit *m_filterEdit;
    QListView *m_list;
    QLabel *m_header;
    QLabel *m_more;
    QToolButton *m_modeButton;
    QToolButton *m_sortButton;
    QToolButton *m_coauthorButton;
    QAction *m_includeAction = nullptr;
    QAction *m_excludeAction = nullptr;
    QAction *m_hopAction = nullptr;
    QAction *m_anyAction = nullptr;
    QAction *m_byNameAction = nullptr;
    QAction *m_coauthorAction = nullptr;
    qint64 m_lastCurrent = -1; // the author the list's current item shows, kept across recounts
};
