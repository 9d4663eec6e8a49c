#include "window/languagemenu.h"

#include "session/translationloader.h"

#include <QActionGroup>
#include <QSettings>

LanguageMenu::LanguageMenu(const QStringList &languages, QWidget *parent) : QMenu(tr("&Language"), parent)
{
    setObjectName(QStringLiteral("languageMenu"));
    m_group = new QActionGroup(this);
    const QString saved = savedLanguage();
    auto addChoice = [this, &saved](const QString &language, const QString &label) {
        QAction *action = addAction(label);
        action->setObjectName(QStringLiteral("language_") + (language.isEmpty() ? QStringLiteral("system") : language));
        action->setCheckable(true);
        action->setChecked(language == saved);
        action->setData(language);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] { choose(language); });
    };
    addChoice(QString(), tr("System Default"));
    addSeparator();
    for (const QString &language : languages)
        addChoice(language, TranslationLoader::nativeName(language));
}

QString LanguageMenu::savedLanguage() const
{
    return QSettings().value(QLatin1String(kSettingsKey)).toString();
}

void LanguageMenu::choose(const QString &language)
{
    if (language == savedLanguage())
        return;
    QSettings().setValue(QLatin1String(kSettingsKey), language);
    const QString name = language.isEmpty() ? tr("the system language") : TranslationLoader::nativeName(language);
    emit languageChosen(language, tr("Skimmer will use %1 the next time it starts.").arg(name));
}
