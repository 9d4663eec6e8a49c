#pragma once

#include <QMenu>

class RecentFiles;

// File ▸ Open Recent, rebuilt from RecentFiles each time it opens (so missing files never show).
class RecentFilesMenu : public QMenu
{
    Q_OBJECT

public:
    RecentFilesMenu(RecentFiles *files, QWidget *parent = nullptr);

    void rebuild();

signals:
    void fileChosen(const QString &path);

private:
    RecentFiles *m_files;
};
