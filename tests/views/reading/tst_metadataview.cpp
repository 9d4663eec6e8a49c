// Papers with metadata as the window shows them: cards with year and venue, and the detail pane
// with title, venue, categories, keywords and DOI/arXiv links. With SKIMMER_SCREENSHOT=FILE.png set
// (and a real display, e.g. under Xvfb) the list beside the pane is saved there.
#include "corpus/papermodel.h"
#include "reading/detailview.h"
#include "search/paperdelegate.h"
#include "support/metadatacorpus.h"
#include "widgets/safetextbrowser.h"

#include <QListView>
#include <QSplitter>
#include <QTest>

namespace {
std::shared_ptr<const Corpus> corpus()
{
    CorpusBuilder::Fields a;
    a.authors = {QStringLiteral("Sergey Levine"), QStringLiteral("Chelsea Finn")};
    a.title = QStringLiteral("Offline reinforcement learning for legged robots");
    a.tldr = QStringLiteral("Robots learn to walk from logged data.");
    a.abstract = QStringLiteral("We study offline reinforcement learning on real legged robots. A conservative critic keeps "
                                "the policy close to the data.");
    a.venue = QStringLiteral("ICLR");
    a.year = 2021;
    a.categories = {QStringLiteral("cs.LG"), QStringLiteral("cs.RO")};
    a.keywords = {QStringLiteral("offline RL"), QStringLiteral("locomotion")};
    a.doi = QStringLiteral("10.48550/arXiv.2104.00001");
    a.arxiv = QStringLiteral("2104.00001");
    CorpusBuilder::Fields b;
    b.authors = {QStringLiteral("Bernhard Schölkopf")};
    b.title = QStringLiteral("Causality for machine learning");
    b.abstract = QStringLiteral("Causal models go beyond statistical dependence.");
    b.venue = QStringLiteral("Probabilistic and Causal Inference");
    b.year = 2019;
    b.categories = {QStringLiteral("cs.LG"), QStringLiteral("stat.ML")};
    CorpusBuilder::Fields c;
    c.authors = {QStringLiteral("Ann Lee")};
    c.tldr = QStringLiteral("A paper without a title keeps its tl;dr headline.");
    c.abstract = QStringLiteral("Nothing else is known about it.");
    return MetadataCorpus::build({a, b, c});
}
} // namespace

class TestMetadataView : public QObject
{
    Q_OBJECT

private slots:
    void detailPane_andCards_showTheMetadata()
    {
        PaperModel model;
        model.setCorpus(corpus());
        QSplitter frame;
        auto *list = new QListView(&frame);
        list->setObjectName(QStringLiteral("paperList"));
        list->setItemDelegate(new PaperDelegate(list));
        list->setModel(&model);
        auto *detail = new DetailView(&frame);
        detail->setTextRenderer([](const QString &plain) { return plain.toHtmlEscaped(); });
        detail->setCurrentIndex(model.index(0));
        list->setCurrentIndex(model.index(0));
        frame.resize(1000, 420);
        frame.setSizes({480, 520});
        frame.show();
        QVERIFY(QTest::qWaitForWindowExposed(&frame));
        const QString text = detail->browser()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Offline reinforcement learning for legged robots")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("2021 · ICLR")));
        QVERIFY(text.contains(QStringLiteral("cs.LG, cs.RO")));
        QVERIFY(text.contains(QStringLiteral("offline RL, locomotion")));
        const QString html = detail->browser()->toHtml();
        QVERIFY(html.contains(QStringLiteral("https://doi.org/10.48550/arXiv.2104.00001")));
        QVERIFY(html.contains(QStringLiteral("https://arxiv.org/abs/2104.00001")));
        QCOMPARE(PaperDelegate::labelText(model.index(1)), QStringLiteral("Schölkopf · 2019 · Probabilistic and Causal Inference"));
        if (const QString path = qEnvironmentVariable("SKIMMER_SCREENSHOT"); !path.isEmpty())
            QVERIFY(frame.grab().save(path));
    }
};

QTEST_MAIN(TestMetadataView)
#include "tst_metadataview.moc"
