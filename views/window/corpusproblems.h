#pragma once

#include "corpus/diagnostic.h"
#include "session/diagnosticsmemory.h"

#include <QObject>

class NoticeBar;
class QAction;
class QMenu;
class QStatusBar;
class QToolButton;

// The reading problems of the open corpus: told once per file in the notice bar (a file whose
// problems the user has seen opens quietly), and always reachable from a "⚠ n problems" button in
// the status bar and File ▸ Show Reading Problems.
class CorpusProblems : public QObject
{
    Q_OBJECT

public:
    CorpusProblems(QStatusBar *statusBar, QMenu *fileMenu, NoticeBar *notice, QObject *parent = nullptr);

    // A corpus was shown: path identifies it, name is what the user calls it.
    void corpusShown(const QString &path, const QString &name, const Diagnostics &diagnostics);
    // Opens the notice bar with the list of problems.
    void showProblems();
    int count() const { return int(m_diagnostics.size()); }

private:
    NoticeBar *m_notice;
    QToolButton *m_button;
    QAction *m_action;
    DiagnosticsMemory m_memory;
    QString m_name;
    Diagnostics m_diagnostics;
};
