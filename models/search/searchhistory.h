#pragma once

#include <QStringListModel>

// The last queries the user searched for, most recent first, without duplicates, at most kMaxEntries.
// Persisted in QSettings under kSettingsKey.
class SearchHistory : public QStringListModel
{
    Q_OBJECT

public:
    static constexpr int kMaxEntries = 20;
    static constexpr auto kSettingsKey = "search/history";

    explicit SearchHistory(QObject *parent = nullptr);

    // Moves query to the top (trimmed; empty queries are ignored). Returns whether anything changed.
    bool add(const QString &query);

    void load();
    void save() const;
};
