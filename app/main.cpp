#include "cli.h"
#include "corpusparser.h"
#include "mainwindow.h"

#include <QApplication>
#include <QMessageBox>

#include <memory>

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

    QCommandLineParser parser;
    Cli::addOptions(parser);
    parser.process(*app);

    if (parser.isSet(QStringLiteral("list")))
        return Cli::runList(parser);
    if (parser.isSet(QStringLiteral("query")))
        return Cli::runQuery(parser);

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
