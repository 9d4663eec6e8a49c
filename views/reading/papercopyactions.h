#pragma once

#include "corpus/paperexport.h"

#include <QObject>

class QAbstractItemView;
class QMainWindow;
class QMenu;
class QModelIndex;

// The Edit menu's copy actions for the paper list: the selected papers (all of them, in list order)
// as plain text, Markdown, BibTeX or ids. Bound to the list, so Ctrl+C — or just C — copies papers
// there while the search field and the detail pane keep their own text copy.
class PaperCopyActions : public QObject
{
    Q_OBJECT

public:
    using Format = PaperExport::Format;

    // Fills menu (the window's Edit menu) with the copy actions, bound to view.
    PaperCopyActions(QMainWindow *window, QMenu *menu, QAbstractItemView *view);

    // The selected papers (or the current one when nothing is selected) in the chosen format.
    QString selectionText(Format format) const;
    void copy(Format format);

private:
    QList<QModelIndex> papers() const;

    QMainWindow *m_window;
    QAbstractItemView *m_view;
};
