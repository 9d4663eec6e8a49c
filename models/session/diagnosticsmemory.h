#pragma once

#include <QString>
#include <QStringList>

// Which files' reading problems the user has already been told about, kept in QSettings, so a
// corpus with a known flaw (the shipped one's cut-off last record) does not greet every start.
// A file is known by its path; when its problems change they count as new again.
class DiagnosticsMemory
{
public:
    static constexpr auto kSettingsGroup = "diagnosticsSeen";
    static constexpr int kMaxFiles = 50;

    // True when these problems of path have not been shown yet (none never are new).
    bool isNew(const QString &path, const QStringList &problems) const;
    void remember(const QString &path, const QStringList &problems);

private:
    static QString keyOf(const QString &path);
    static QString signatureOf(const QStringList &problems);
};
