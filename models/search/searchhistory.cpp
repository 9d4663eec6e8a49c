#include "search/searchhistory.h"

#include <QSettings>

SearchHistory::SearchHistory(QObject *parent) : QStringListModel(parent) {}

bool SearchHistory::add(const QString &query)
{
    const QString text = query.simplified();
    QStringList entries = stringList();
    if (text.isEmpty() || (!entries.isEmpty() && entries.first() == text))
        return false;
    entries.removeAll(text);
    entries.prepend(text);
    while (entries.size() > kMaxEntries)
        entries.removeLast();
    setStringList(entries);
    return true;
}

void SearchHistory::load()
{
    QStringList entries = QSettings().value(QLatin1String(kSettingsKey)).toStringList();
    entries.removeAll(QString());
    setStringList(entries.mid(0, kMaxEntries));
}

void SearchHistory::save() const
{
    QSettings().setValue(QLatin1String(kSettingsKey), stringList());
}
