#include "session/translationloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct TsEntry
{
    QString key; // context + source
    bool numerus = false;
    QString type; // "", "unfinished", "vanished", "obsolete"
};

QList<TsEntry> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<TsEntry> entries;
    QXmlStreamReader xml(&file);
    QString context;
    TsEntry entry;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("message"))
            entry = {QString(), xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), {}};
        else if (xml.name() == QLatin1String("source"))
            entry.key = context + QStringLiteral(" | ") + xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            entry.type = xml.attributes().value(QLatin1String("type")).toString();
            entries << entry;
        }
    }
    return entries;
}

QStringList tsFiles()
{
    return QDir(QStringLiteral(SKIMMER_TS_DIR)).entryList({QStringLiteral("skimmer_*.ts")}, QDir::Files);
}

// English only carries plural forms; every other language translates every string.
bool mustBeTranslated(const QString &tsName, const TsEntry &entry)
{
    return entry.numerus || tsName != QLatin1String("skimmer_en.ts");
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void tsFile_hasNoUnfinishedOrVanishedEntries_data()
    {
        QTest::addColumn<QString>("name");
        const QStringList files = tsFiles();
        QCOMPARE(files.size(), 4);
        for (const QString &name : files)
            QTest::newRow(qPrintable(name)) << name;
    }

    void tsFile_hasNoUnfinishedOrVanishedEntries()
    {
        QFETCH(QString, name);
        const QList<TsEntry> entries = readTs(QStringLiteral(SKIMMER_TS_DIR "/") + name);
        QVERIFY(!entries.isEmpty());
        QStringList problems;
        for (const TsEntry &e : entries) {
            if (e.type == QLatin1String("vanished") || e.type == QLatin1String("obsolete"))
                problems << QStringLiteral("no longer in the sources: ") + e.key;
            else if (e.type == QLatin1String("unfinished") && mustBeTranslated(name, e))
                problems << QStringLiteral("unfinished: ") + e.key;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void tsFile_hasEverySourceString_data() { tsFile_hasNoUnfinishedOrVanishedEntries_data(); }

    // Runs lupdate on a copy of the .ts: any string it adds is one the sources gained and the .ts lacks.
    void tsFile_hasEverySourceString()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        const QString copy = dir.filePath(name);
        QVERIFY(QFile::copy(QStringLiteral(SKIMMER_TS_DIR "/") + name, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(SKIMMER_SOURCE_DIR));
        lupdate.start(QStringLiteral(SKIMMER_LUPDATE),
                      {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                       QStringLiteral("-extensions"), QStringLiteral("cpp,h"), QStringLiteral("app"),
                       QStringLiteral("models"), QStringLiteral("views"), QStringLiteral("-ts"), copy});
        QVERIFY(lupdate.waitForFinished(120'000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

        QSet<QString> known;
        for (const TsEntry &e : readTs(QStringLiteral(SKIMMER_TS_DIR "/") + name))
            known.insert(e.key);
        QStringList added;
        for (const TsEntry &e : readTs(copy)) {
            if (!known.contains(e.key))
                added << e.key;
        }
        QVERIFY2(added.isEmpty(), qPrintable(QStringLiteral("strings missing from %1 (run the update_translations "
                                                            "target, then translate them):\n")
                                                 .arg(name)
                                             + added.join(QLatin1Char('\n'))));
    }

    void install_translatesWithPlurals_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("one");
        QTest::addColumn<QString>("many");
        QTest::newRow("en") << "en" << "&File" << "1 paper" << "5 papers";
        QTest::newRow("de") << "de" << "&Datei" << "1 Paper" << "5 Paper";
        QTest::newRow("fr") << "fr" << "&Fichier" << "1 article" << "5 articles";
        QTest::newRow("zh_CN") << "zh_CN" << "文件(&F)" << "1 篇论文" << "5 篇论文";
    }

    void install_translatesWithPlurals()
    {
        QFETCH(QString, language);
        QFETCH(QString, file);
        QFETCH(QString, one);
        QFETCH(QString, many);
        TranslationLoader loader(QStringLiteral(SKIMMER_QM_DIR));
        QVERIFY(loader.availableLanguages().contains(language));
        QVERIFY(loader.install(language));
        QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), file);
        QCOMPARE(QCoreApplication::translate("ResultsStatus", "%n papers", nullptr, 1), one);
        QCOMPARE(QCoreApplication::translate("ResultsStatus", "%n papers", nullptr, 5), many);
        QVERIFY2(loader.hasQtTranslation(), "Qt's own qtbase_*.qm missing: install qt6-translations-l10n");
    }

    void install_unknownLanguage_keepsSourceStringsWithEnglishPlurals()
    {
        TranslationLoader loader(QStringLiteral(SKIMMER_QM_DIR));
        QVERIFY(loader.install(QStringLiteral("de")));
        QVERIFY(!loader.install(QStringLiteral("tlh")));
        QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&File"));
        QCOMPARE(QCoreApplication::translate("ResultsStatus", "%n papers", nullptr, 1), QStringLiteral("1 paper"));
        QCOMPARE(loader.installedLanguage(), QString());
    }

    void nativeName_namesLanguageInItself()
    {
        QCOMPARE(TranslationLoader::nativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
        QCOMPARE(TranslationLoader::nativeName(QStringLiteral("fr")), QStringLiteral("français"));
        QCOMPARE(TranslationLoader::nativeName(QStringLiteral("zh_CN")), QStringLiteral("简体中文"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
