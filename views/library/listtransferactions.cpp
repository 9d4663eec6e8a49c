#include "library/listtransferactions.h"

#include "corpus/corpus.h"
#include "corpus/papermodel.h"
#include "library/librarycontroller.h"
#include "library/libraryexporter.h"
#include "library/librarypanel.h"
#include "library/libraryundo.h"
#include "library/listexportdialog.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUndoStack>

namespace {
constexpr auto kDirectoryKey = "library/exportDirectory";

void rememberDirectory(const QString &file)
{
    QSettings().setValue(QLatin1String(kDirectoryKey), QFileInfo(file).absolutePath());
}
} // namespace

ListTransferActions::ListTransferActions(QMainWindow *window, QMenu *menu, LibraryController *library, PaperModel *papers)
    : QObject(library), m_window(window), m_library(library), m_papers(papers)
{
    m_export = menu->addAction(tr("&Export List…"), this, &ListTransferActions::exportList);
    m_export->setObjectName(QStringLiteral("exportListAction"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_import = menu->addAction(tr("&Import List…"), this, &ListTransferActions::importList);
    m_import->setObjectName(QStringLiteral("importListAction"));
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
}

QString ListTransferActions::lastDirectory()
{
    const QString saved = QSettings().value(QLatin1String(kDirectoryKey)).toString();
    if (!saved.isEmpty() && QFileInfo(saved).isDir())
        return saved;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

void ListTransferActions::exportList()
{
    LibraryStore *store = m_library->store();
    if (!store) {
        m_window->statusBar()->showMessage(tr("No library is open."), 5000);
        return;
    }
    const LibraryScope scope = m_library->panel()->scope();
    QString preferred = scope.kind() == LibraryScope::Kind::List ? scope.listName() : QString();
    if (scope.kind() == LibraryScope::Kind::Bookmarked)
        preferred = LibraryStore::kBookmarksName;
    auto *dialog = new ListExportDialog(store, m_papers->corpus(), preferred, lastDirectory(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ListExportDialog::exported, this, [this](const QString &path, const QString &list) {
        rememberDirectory(path);
        m_window->statusBar()->showMessage(tr("Exported “%1” to %2").arg(list, path), 5000);
    });
    dialog->open();
}

void ListTransferActions::importList()
{
    if (!m_library->store() || m_library->store()->isReadOnly()) {
        m_window->statusBar()->showMessage(tr("The library is not open for changes."), 5000);
        return;
    }
    auto *dialog = new QFileDialog(m_window, tr("Import List"), lastDirectory(), tr("Skimmer list exports (*.json)"));
    dialog->setObjectName(QStringLiteral("importFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setOption(QFileDialog::DontUseNativeDialog); // the same everywhere, and drivable by tests
    connect(dialog, &QFileDialog::fileSelected, this, &ListTransferActions::importFile);
    dialog->open();
}

bool ListTransferActions::importFile(const QString &path)
{
    LibraryStore *store = m_library->store();
    QFile file(path);
    if (!store || store->isReadOnly())
        return false;
    if (!file.open(QIODevice::ReadOnly)) {
        showImportError(tr("Cannot read “%1”: %2").arg(path, file.errorString()));
        return false;
    }
    const auto parsed = LibraryExporter::parseJson(file.readAll());
    if (!parsed.ok()) {
        showImportError(QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), parsed.error));
        return false;
    }
    rememberDirectory(path);
    QSet<QString> present;
    LibraryExporter::Document current;
    if (LibraryExporter::documentFor(*store, parsed.document.name, &current))
        for (const auto &e : current.entries)
            present.insert(e.paper.id);
    int added = 0;
    for (const auto &e : parsed.document.entries)
        added += !present.contains(e.paper.id);
    QUndoStack *undo = m_library->undoStack();
    const int before = undo->count();
    undo->push(LibraryUndoCommand::importList(store, parsed.document.name, parsed.document.entries, parsed.document.views));
    if (undo->count() == before) {
        showImportError(tr("Could not import “%1”: %2").arg(path, store->errorString()));
        return false;
    }
    QString summary = tr("Imported “%1”: %2 new, %3 already there (Ctrl+Z undoes)")
                          .arg(parsed.document.name)
                          .arg(added)
                          .arg(parsed.document.entries.size() - added);
    if (!parsed.skipped.isEmpty())
        summary += tr("; skipped: %1").arg(parsed.skipped.join(QStringLiteral("; ")));
    m_window->statusBar()->showMessage(summary, 10000);
    return true;
}

void ListTransferActions::showImportError(const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Import List"), text, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("importErrorBox"));
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
