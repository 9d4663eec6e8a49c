#pragma once

#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

// Installs the application's translations (skimmer_<lang>.qm, embedded under :/i18n) together with
// Qt's own (qtbase_<lang>.qm from the Qt installation) for one language, replacing any installed before.
class TranslationLoader
{
public:
    explicit TranslationLoader(QString appQmDir = QStringLiteral(":/i18n"),
                               QString qtQmDir = QString());
    ~TranslationLoader();

    // Languages the application ships, as locale names ("de", "fr", "zh_CN"), sorted; English included.
    QStringList availableLanguages() const;

    // Installs translators for language ("" = the system locale), trying the locale's UI languages
    // most specific first. Returns false when the application ships none of them: the source strings
    // stay, with English plural forms.
    bool install(const QString &language);
    QString installedLanguage() const { return m_language; }
    bool hasQtTranslation() const { return m_qtLoaded; }

    // The language's own name for itself ("Deutsch", "français", "简体中文").
    static QString nativeName(const QString &language);

private:
    void uninstall();

    QString m_appQmDir;
    QString m_qtQmDir;
    QString m_language;
    bool m_qtLoaded = false;
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
};
