#include "window/sessioncontroller.h"

#include "corpus/papermodel.h"
#include "pipeline/resultspipeline.h"
#include "session/sessionstate.h"
#include "widgets/noticebar.h"
#include "window/filecontroller.h"
#include "window/savedviewscontroller.h"

#include <QAbstractItemView>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
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
    if (m_parts.pipeline->paperModel()->corpus()) {
        restoreView(state);
        return;
    }
    // Read in the background: the view needs the corpus's authors, so it waits for the corpus.
    connect(m_parts.files, &FileController::corpusRead, this, [this, state] {
        if (m_parts.files->corpusPath() == state.corpusPath && m_parts.searchEdit->text().isEmpty())
            restoreView(state);
    }, Qt::SingleShotConnection);
}

void SessionController::restoreView(const SessionState &state)
{
    const QJsonObject json = QJsonDocument::fromJson(state.view).object();
    if (m_parts.views && !json.isEmpty()) {
        SavedView view = SavedView::fromStateJson(QString(), json);
        view.query = state.query; // the query as typed, kept under its own key as before
        m_parts.views->recall(view, false);
    } else {
        m_parts.searchEdit->setText(state.query);
    }
    restorePaper(state.selectedPaper, state.scroll);
}

void SessionController::restorePaper(const QString &id, int scroll)
{
    if (id.isEmpty())
        return;
    const auto goToPaper = [this, id, scroll] {
        const QModelIndex index = m_parts.pipeline->indexOfPaper(id);
        if (index.isValid()) {
            m_parts.list->setCurrentIndex(index);
            m_parts.list->verticalScrollBar()->setValue(scroll);
        }
        return index.isValid();
    };
    if (goToPaper())
        return;
    // The results of a large corpus come from a worker: go to the paper once they hold it, until
    // the user changes the query.
    m_waitForPaper = connect(m_parts.pipeline, &ResultsPipeline::resultsRefreshed, this, [this, goToPaper] {
        if (goToPaper())
            disconnect(m_waitForPaper);
    });
    connect(m_parts.searchEdit, &QLineEdit::textEdited, this, [this] { disconnect(m_waitForPaper); },
            Qt::SingleShotConnection);
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
    if (m_parts.views && m_parts.pipeline->paperModel()->corpus())
        state.view = QJsonDocument(m_parts.views->currentState().stateJson()).toJson(QJsonDocument::Compact);
    state.save();
}
