#include "window/corpusproblems.h"

#include "widgets/noticebar.h"

#include <QAction>
#include <QMenu>
#include <QStatusBar>
#include <QToolButton>

CorpusProblems::CorpusProblems(QStatusBar *statusBar, QMenu *fileMenu, NoticeBar *notice, QObject *parent)
    : QObject(parent), m_notice(notice), m_button(new QToolButton)
{
    m_button->setObjectName(QStringLiteral("problemsButton"));
    m_button->setAutoRaise(true);
    m_button->setFocusPolicy(Qt::NoFocus); // File ▸ Show Reading Problems is the keyboard's way
    m_button->hide();
    statusBar->addPermanentWidget(m_button);
    m_action = new QAction(tr("Show Reading &Problems"), this);
    m_action->setObjectName(QStringLiteral("showProblemsAction"));
    m_action->setEnabled(false);
    fileMenu->insertAction(fileMenu->actions().value(fileMenu->actions().size() - 2), m_action); // above Quit
    connect(m_button, &QToolButton::clicked, this, &CorpusProblems::showProblems);
    connect(m_action, &QAction::triggered, this, &CorpusProblems::showProblems);
}

void CorpusProblems::corpusShown(const QString &path, const QString &name, const Diagnostics &diagnostics)
{
    m_name = name;
    m_diagnostics = diagnostics;
    QStringList problems;
    for (const Diagnostic &d : diagnostics)
        problems << d.toString();
    const int n = int(diagnostics.size());
    m_button->setText(QStringLiteral("⚠ ") + tr("%n problem(s)", nullptr, n));
    m_button->setToolTip(tr("Problems found while reading “%1”").arg(name));
    m_button->setVisible(n > 0);
    m_action->setEnabled(n > 0);
    if (m_memory.isNew(path, problems)) {
        m_notice->showDiagnostics(name, diagnostics);
        m_memory.remember(path, problems);
    } else if (!m_notice->details().isEmpty() || n == 0) {
        m_notice->hide(); // an earlier corpus's problems
    }
}

void CorpusProblems::showProblems()
{
    if (!m_diagnostics.isEmpty())
        m_notice->showDiagnostics(m_name, m_diagnostics, true);
}
