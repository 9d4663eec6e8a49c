#include "cli.h"
#include "corpusparser.h"
#include "languagemenu.h"
#include "mainwindow.h"
#include "translationloader.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>

#include <memory>

namespace {
constexpr auto kAppId = "io.github.skimmer.Skimmer";

// --lang wins over the language chosen in View ▸ Language; neither means the system locale.
void installTranslations(TranslationLoader &loader, int argc, char **argv)
{
    QString language = Cli::languageArgument(argc, argv);
    if (language.isEmpty())
        language = QSettings().value(QLatin1String(LanguageMenu::kSettingsKey)).toString();
    if (!language.isEmpty())
        QLocale::setDefault(QLocale(language));
    loader.install(language);
}
} // namespace

int main(int argc, char *argv[])
{
    // Headless modes must not create a QApplication: it aborts without a display.
    std::unique_ptr<QCoreApplication> app;
    const bool headless = Cli::isHeadless(argc, argv);
    if (headless)
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Skimmer"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("skimmer.example.org"));
    QCoreApplication::setApplicationName(QStringLiteral("Skimmer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SKIMMER_VERSION));
    if (!headless) {
        QGuiApplication::setDesktopFileName(QString::fromLatin1(kAppId));
        QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(kAppId))));
    }
    TranslationLoader translations;
    installTranslations(translations, argc, argv);

    QCommandLineParser parser;
    Cli::addOptions(parser);
    parser.process(*app);

    if (parser.isSet(QStringLiteral("list")))
        return Cli::runList(parser);

    const QString path = Cli::corpusPath(parser);
    const CorpusParser::Result result = CorpusParser::parseFile(path);
    if (!result.ok()) {
        QMessageBox::critical(nullptr, QObject::tr("Cannot open corpus"),
                              QObject::tr("Skimmer could not open “%1”.\n\n%2").arg(path, result.error));
        return 1;
    }
    MainWindow window;
    window.setCorpus(result);
    window.show();
    return app->exec();
}
