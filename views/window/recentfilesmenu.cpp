#include "window/recentfilesmenu.h"

#include "session/recentfiles.h"
#include "window/actionlistmodel.h"

#include <QDir>
#include <QFileInfo>

RecentFilesMenu::RecentFilesMenu(RecentFiles *files, QWidget *parent) : QMenu(tr("Open &Recent"), parent), m_files(files)
{
    setObjectName(QStringLiteral("recentFilesMenu"));
    connect(this, &QMenu::aboutToShow, this, &RecentFilesMenu::rebuild);
    connect(files, &RecentFiles::changed, this, &RecentFilesMenu::rebuild);
    rebuild();
}

void RecentFilesMenu::rebuild()
{
    clear();
    const QStringList files = m_files->files();
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        // &1 … &9, then &0: each entry has a mnemonic.
        const QString label = QStringLiteral("&%1 %2").arg((i + 1) % 10).arg(QFileInfo(path).fileName());
        QAction *action = addAction(label, this, [this, path] { emit fileChosen(path); });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
    }
    if (files.isEmpty()) {
        QAction *none = addAction(tr("No recent files"));
        none->setEnabled(false);
        none->setProperty(ActionListModel::placeholderProperty, true); // not a command
    }
    addSeparator();
    QAction *clearAction = addAction(tr("&Clear Menu"), m_files, &RecentFiles::clear);
    clearAction->setEnabled(!files.isEmpty());
    setEnabled(true);
}
