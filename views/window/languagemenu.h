#pragma once

#include <QMenu>

class QActionGroup;

// View ▸ Language: "System default" plus every language the application ships, each named in its own
// language. A choice is saved and takes effect at the next start; languageChosen() says so in words.
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    static constexpr auto kSettingsKey = "ui/language";

    explicit LanguageMenu(const QStringList &languages, QWidget *parent = nullptr);

    // The saved choice ("" = the system's language).
    QString savedLanguage() const;

signals:
    // notice is a sentence for the user, e.g. that the change applies after a restart.
    void languageChosen(const QString &language, const QString &notice);

private:
    void choose(const QString &language);

    QActionGroup *m_group = nullptr;
};
