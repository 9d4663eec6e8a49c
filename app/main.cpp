#include "widgets/appearance.h"
#include "cli.h"
#include "mapcommand.h"
#include "window/languagemenu.h"
#include "librarycommands.h"
#include "library/libraryopener.h"
#include "library/librarystore.h"
#include "clicache.h"
#include "clifacets.h"
#include "window/filecontroller.h"
#include "window/mainwindow.h"
#include "session/translationloader.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QLoggingCategory>
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
    // Skimmer's own debug and info lines are for developers (QT_LOGGING_RULES turns them back on);
    // users see warnings, and the command-line modes print only their results and real problems.
    QLoggingCategory::setFilterRules(QStringLiteral("skimmer.*.debug=false\nskimmer.*.info=false"));
    // Headless modes must not create a QApplication: it aborts without a display.
    std::unique_ptr<QCoreApplication> app;
    const bool headless = Cli::isHeadless(argc, argv);
    const bool map = MapCommand::isRequested(argc, argv);
    if (map && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // the picture needs fonts, not a display
    if (map && !headless)
        app = std::make_unique<QGuiApplication>(argc, argv);
    else if (headless)
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Skimmer"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("skimmer.example.org"));
    QCoreApplication::setApplicationName(QStringLiteral("Skimmer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SKIMMER_VERSION));
    if (!headless && !map) {
        QGuiApplication::setDesktopFileName(QString::fromLatin1(kAppId));
        QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(kAppId))));
        if (Appearance::savedMode() != Appearance::Mode::System)
            Appearance::apply(Appearance::savedMode());
    }
    TranslationLoader translations;
    installTranslations(translations, argc, argv);

    QCommandLineParser parser;
    Cli::addOptions(parser);
    MapCommand::addOptions(parser);
    if (!parser.parse(QCoreApplication::arguments()))
        return Cli::usageError(parser);
    parser.process(*app); // --help and --version
    if (!Cli::checkInputFormat(parser))
        return 2;

    if (CliCache::isClearRequested(parser))
        return CliCache::runClear();
    if (map && !headless)
        return MapCommand::run(parser);
    if (parser.isSet(QStringLiteral("list")))
        return Cli::runList(parser);
    if (parser.isSet(QStringLiteral("query")) || CliFacets::isSet(parser))
        return Cli::runQuery(parser); // the author options work without a query, over every paper
    if (LibraryCommands::isRequested(parser))
        return LibraryCommands::run(parser);

    // A file named on the command line (or by the file manager) wins over the last session's corpus.
    const bool requested = parser.isSet(QStringLiteral("corpus")) || !parser.positionalArguments().isEmpty();
    FileController::setImagesEnabled(!parser.isSet(QStringLiteral("no-cache")));
    LibraryStore library; // outlives the window, which uses it until it is gone
    MainWindow window;
    window.restoreSession(requested ? Cli::corpusPath(parser) : QString(), QString::fromLatin1(Cli::kEmbeddedCorpus));
    if (LibraryOpener::open(library, LibraryCommands::libraryPath(parser), &window))
        window.setLibraryStore(&library);
    window.show();
    return app->exec();
}
