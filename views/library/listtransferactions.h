#pragma once

#include <QObject>

class LibraryController;
class PaperModel;
class QAction;
class QMainWindow;
class QMenu;

// Library ▸ Export List… (Ctrl+Shift+E) and Import List… (Ctrl+Shift+I): the window's side of
// `skimmer --export-list` and `--import-list`, through the same LibraryExporter, so a file exported
// here equals the command line's. An import is one undoable change on the library's undo stack.
class ListTransferActions : public QObject
{
    Q_OBJECT

public:
    ListTransferActions(QMainWindow *window, QMenu *menu, LibraryController *library, PaperModel *papers);

    QAction *exportAction() const { return m_export; }
    QAction *importAction() const { return m_import; }

    // Opens the export dialog (non-modal to the caller; it deletes itself when closed).
    void exportList();
    // Asks for a JSON file with Qt's own file dialog, then imports it.
    void importList();
    // Merges the JSON export at path into the library; false (after showing why) when it cannot.
    bool importFile(const QString &path);

    // Where the export and import dialogs start (remembered across sessions).
    static QString lastDirectory();

private:
    void showImportError(const QString &text);

    QMainWindow *m_window;
    LibraryController *m_library;
    PaperModel *m_papers;
    QAction *m_export;
    QAction *m_import;
};
