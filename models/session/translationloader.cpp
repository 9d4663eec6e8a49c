#include "session/translationloader.h"

#include "text/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {
constexpr auto kPrefix = "skimmer_";
}

TranslationLoader::TranslationLoader(QString appQmDir, QString qtQmDir)
    : m_appQmDir(std::move(appQmDir)),
      m_qtQmDir(qtQmDir.isEmpty() ? QLibraryInfo::path(QLibraryInfo::TranslationsPath) : std::move(qtQmDir))
{
}

TranslationLoader::~TranslationLoader()
{
    uninstall();
}

QStringList TranslationLoader::availableLanguages() const
{
    const QString prefix = QString::fromLatin1(kPrefix);
    QStringList languages;
    const QStringList files = QDir(m_appQmDir).entryList({prefix + QStringLiteral("*.qm")}, QDir::Files);
    for (const QString &file : files)
        languages << file.mid(prefix.size()).chopped(3);
    if (!languages.contains(QStringLiteral("en")))
        languages << QStringLiteral("en");
    languages.sort();
    return languages;
}

bool TranslationLoader::install(const QString &language)
{
    uninstall();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto app = std::make_unique<QTranslator>();
    // QTranslator::load(locale, ...) tries every UI language of the locale, most specific first.
    const QString base = QString::fromLatin1(kPrefix).chopped(1);
    if (!app->load(locale, base, QStringLiteral("_"), m_appQmDir)) {
        qCDebug(lcUi) << "no translation for" << locale.uiLanguages() << "in" << m_appQmDir;
        // The interface stays English, but with English plural forms ("1 problem", not "1 problem(s)").
        if (app->load(QLocale(QLocale::English), base, QStringLiteral("_"), m_appQmDir)) {
            QCoreApplication::installTranslator(app.get());
            m_app = std::move(app);
        }
        return false;
    }
    auto qt = std::make_unique<QTranslator>();
    m_qtLoaded = qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), m_qtQmDir);
    if (!m_qtLoaded)
        qCDebug(lcUi) << "no Qt translation for" << locale.name() << "in" << m_qtQmDir;
    m_language = app->language();
    QCoreApplication::installTranslator(app.get());
    if (m_qtLoaded)
        QCoreApplication::installTranslator(qt.get());
    m_app = std::move(app);
    m_qt = std::move(qt);
    return true;
}

void TranslationLoader::uninstall()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app.reset();
    m_qt.reset();
    m_language.clear();
    m_qtLoaded = false;
}

QString TranslationLoader::nativeName(const QString &language)
{
    const QLocale locale(language);
    QString name = locale.nativeLanguageName();
    if (locale.language() == QLocale::Chinese)
        name = locale.script() == QLocale::TraditionalChineseScript ? QStringLiteral("繁體中文")
                                                                     : QStringLiteral("简体中文");
    return name.isEmpty() ? language : name;
}
