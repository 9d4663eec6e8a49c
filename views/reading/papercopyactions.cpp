#include "reading/papercopyactions.h"

#include <QAbstractItemView>
#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>

#include <algorithm>

PaperCopyActions::PaperCopyActions(QMainWindow *window, QMenu *menu, QAbstractItemView *view)
    : QObject(window), m_window(window), m_view(view)
{
    menu->setTitle(tr("&Edit"));
    const struct
    {
        QString text;
        QList<QKeySequence> keys;
        Format format;
        const char *name;
    } entries[] = {
        {tr("&Copy Papers"), {QKeySequence::Copy, QKeySequence(Qt::Key_C)}, Format::PlainText, "copyPapersAction"},
        {tr("Copy as &Markdown"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)}, Format::Markdown, "copyMarkdownAction"},
        {tr("Copy as &BibTeX"), {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_B)}, Format::BibTeX, "copyBibTeXAction"},
        {tr("Copy Paper &Ids"), {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_I)}, Format::Id, "copyIdsAction"},
    };
    for (const auto &entry : entries) {
        QAction *action = menu->addAction(entry.text, this, [this, format = entry.format] { copy(format); });
        action->setObjectName(QLatin1String(entry.name));
        action->setShortcuts(entry.keys);
        // On the list only: elsewhere Ctrl+C copies the text selected in the field or the pane.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->addAction(action);
    }
}

QList<QModelIndex> PaperCopyActions::papers() const
{
    QList<QModelIndex> rows = m_view->selectionModel() ? m_view->selectionModel()->selectedIndexes() : QList<QModelIndex>{};
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows.append(m_view->currentIndex());
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    return rows;
}

QString PaperCopyActions::selectionText(Format format) const
{
    QStringList parts;
    for (const QModelIndex &index : papers())
        parts.append(PaperExport::text(PaperExport::fromIndex(index), format));
    // Papers end with a newline and are a blank line apart; ids are one per line.
    if (format == Format::Id)
        return parts.isEmpty() ? QString() : parts.join(QLatin1Char('\n')) + QLatin1Char('\n');
    return parts.join(QLatin1Char('\n'));
}

void PaperCopyActions::copy(Format format)
{
    const qsizetype count = papers().size();
    if (count == 0)
        return;
    QGuiApplication::clipboard()->setText(selectionText(format));
    m_window->statusBar()->showMessage(tr("Copied %n paper(s)", nullptr, int(count)), 3000);
}
