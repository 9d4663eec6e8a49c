#pragma once

#include <QObject>
#include <QStringList>

// File ▸ Open Recent: the last kMaxEntries corpus files opened, most recent first, persisted in
// QSettings. Files that no longer exist are pruned whenever the list is read.
class RecentFiles : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxEntries = 10;
    static constexpr auto kSettingsKey = "file/recent";

    explicit RecentFiles(QObject *parent = nullptr);

    void add(const QString &path);
    void clear();
    // The list without missing files (and saved so, if any were dropped).
    QStringList files();

signals:
    void changed();

private:
    void store(const QStringList &files);
};
