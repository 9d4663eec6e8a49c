#pragma once

#include "library/libraryscope.h"

#include <QWidget>

class LibraryEntriesModel;
class LibraryListsModel;
class QListView;
class QListWidget;
class QPlainTextEdit;
class QLabel;

// The side panel of the library: the scopes (all, bookmarked, unread), the reading lists with their
// counts (papers can be dropped on them), the chosen list's entries (including papers missing from
// the open corpus), and the note of the current paper in that list. Empty boxes are not shown.
class LibraryPanel : public QWidget
{
    Q_OBJECT

public:
    LibraryPanel(LibraryListsModel *lists, LibraryEntriesModel *entries, QWidget *parent = nullptr);

    LibraryScope scope() const { return m_scope; }
    void setScope(const LibraryScope &scope);
    QListView *listsView() const { return m_listsView; }
    QString currentListName() const; // the list selected in the panel, whatever the scope
    // Shows the note of paperId in the list scope (empty id: no paper, the editor is disabled).
    void showNote(const QString &paperId, const QString &note);

signals:
    void scopeChanged(const LibraryScope &scope);
    void noteEdited(const QString &paperId, const QString &note);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void commitNote();
    // Shows the lists only when there are some, the entries and the note only in a list scope;
    // what is hidden leaves its room to the panels beside.
    void updateBoxes();
    // The lists changed: a list scope follows its list when it was renamed (by undo too), else
    // falls back to all papers when its list is gone.
    void followLists();

    LibraryListsModel *m_lists;
    QListWidget *m_scopes;
    QListView *m_listsView;
    QListView *m_entriesView;
    QLabel *m_listsLabel;
    QLabel *m_entriesLabel;
    QLabel *m_noteLabel;
    QPlainTextEdit *m_note;
    LibraryScope m_scope;
    QString m_notePaper;
    QString m_noteShown;
    QStringList m_knownLists;
};
