#include "window/sessioncontroller.h"

#include "pipeline/resultspipeline.h"
#include "session/sessionstate.h"
#include "widgets/noticebar.h"
#include "window/filecontroller.h"

#include <QAbstractItemView>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QMainWindow>
#include <QScrollBar>
#include <QSplitter>

SessionController::SessionController(const Parts &parts) : QObject(parts.window), m_parts(parts) {}

void SessionController::restore(const QString &requestedPath, const QString &fallbackPath)
{
    m_parts.files->setShippedCorpus(fallbackPath);
    const SessionState state = SessionState::load();
    m_parts.window->restoreGeometry(state.geometry);
    m_parts.window->restoreState(state.windowState);
    m_parts.splitter->restoreState(state.splitter);
    const QString path = requestedPath.isEmpty() ? state.corpusPath : requestedPath;
    if (path.isEmpty() || !m_parts.files->openFile(path)) {
        const QString why = path.isEmpty() ? QString() : m_parts.notice->text();
        m_parts.files->openCorpusFile(fallbackPath, nullptr);
        if (!path.isEmpty() && !QFileInfo::exists(path))
            m_parts.notice->showMessage(tr("“%1” no longer exists; showing the shipped corpus instead.")
                                            .arg(QDir::toNativeSeparators(path)));
        else if (!path.isEmpty())
            m_parts.notice->showMessage(why + QLatin1Char(' ') + tr("Showing the shipped corpus instead."));
        return; // a different corpus: the old query and selection do not apply
    }
    if (path != state.corpusPath)
        return;
    m_parts.searchEdit->setText(state.query);
    if (const QModelIndex index = m_parts.pipeline->indexOfPaper(state.selectedPaper); index.isValid())
        m_parts.list->setCurrentIndex(index);
    m_parts.list->verticalScrollBar()->setValue(state.scroll);
}

void SessionController::save() const
{
    SessionState state;
    state.geometry = m_parts.window->saveGeometry();
    state.windowState = m_parts.window->saveState();
    state.splitter = m_parts.splitter->saveState();
    state.corpusPath = m_parts.files->corpusPath();
    state.query = m_parts.searchEdit->text();
    state.selectedPaper = m_parts.pipeline->currentPaperId();
    state.scroll = m_parts.list->verticalScrollBar()->value();
    state.save();
}
