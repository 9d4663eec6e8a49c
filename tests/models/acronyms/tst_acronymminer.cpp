// Mining acronym–expansion pairs: the two written forms, plurals, hyphens, function words, and the
// junk a looser rule would let in; then the shipped corpus, where GNN ↔ graph neural network must be found.
#include "acronyms/acronymminer.h"
#include "corpus/corpusparser.h"

#include <QFile>
#include <QTest>

namespace {

// "GNN=graph neural network; RL=reinforcement learning" for the pairs a text defines.
QString flat(const QList<AcronymMiner::Candidate> &candidates)
{
    QStringList parts;
    for (const auto &c : candidates) {
        QStringList words;
        for (const QByteArray &w : c.words)
            words << QString::fromUtf8(w);
        parts << c.acronymText + u'=' + words.join(u' ');
    }
    return parts.join(u"; "_qs);
}

} // namespace

class TestAcronymMiner : public QObject
{
    Q_OBJECT

private slots:
    void scan_findsWhatATextDefines_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("pairs");
        QTest::newRow("plural") << "We study Graph Neural Networks (GNNs) here." << "GNN=graph neural network";
        QTest::newRow("singular") << "modeled with reinforcement learning (RL)." << "RL=reinforcement learning";
        QTest::newRow("minimal run") << "Various classes of Graph Neural Networks (GNN) exist" << "GNN=graph neural network";
        QTest::newRow("hyphenated") << "model-based reinforcement learning (MBRL) and out-of-distribution (OOD) data"
                                    << "MBRL=model based reinforcement learning; OOD=out of distribution";
        QTest::newRow("function word skipped") << "Bidirectional Encoder Representations from Transformers (BERT)"
                                               << "BERT=bidirectional encoder representations from transformer";
        QTest::newRow("function word letter") << "a sparse Mixture of Experts (MoE) layer" << "MoE=mixture of expert";
        QTest::newRow("mixed case by parts") << "ImpFlows build on residual flows (ResFlows)." << "ResFlow=residual flow";
        QTest::newRow("plural ies") << "set improving policies (SIPs) and set-max policies (SMPs)"
                                    << "SIP=set improving policy; SMP=set max policy";
        QTest::newRow("processes") << "Determinantal point processes (DPPs) are" << "DPP=determinantal point process";
        QTest::newRow("acronym first") << "We use PCA (principal component analysis) twice" << "PCA=principal component analysis";
        QTest::newRow("two in one sentence") << "convolutional neural networks (CNNs) and recurrent neural networks (RNNs)"
                                             << "CNN=convolutional neural network; RNN=recurrent neural network";
        // Junk a looser rule would produce.
        QTest::newRow("letters do not fit") << "Channel-wise Activation Suppressing (CAS) and Sliced-Wasserstein distance (SW)" << "";
        QTest::newRow("lower case") << "three steps (ii) and (iii) of (a) the method" << "";
        QTest::newRow("one capital") << "the Adam optimizer (Adam) with learning rate (Lr)" << "";
        QTest::newRow("digits") << "GPT models (GPT-3) and 2 layer networks (LN) in L2 (LN)" << "";
        QTest::newRow("starts with a function word") << "we train a neural network (ANN) on" << "";
        QTest::newRow("stop word acronym") << "information technology (IT) budgets" << "";
        QTest::newRow("other clause") << "the graph, neural network (GNN) here" << "";
        QTest::newRow("parenthesis of prose") << "GAN (which we train twice) and CNN (see below)" << "";
        QTest::newRow("unclosed") << "graph neural networks (GNN" << "";
    }
    void scan_findsWhatATextDefines()
    {
        QFETCH(QString, text);
        QFETCH(QString, pairs);
        QCOMPARE(flat(AcronymMiner::scan(text.toUtf8())), pairs);
    }

    void collect_keepsTheMostFrequentExpansion_andOthersSeenTwice()
    {
        const auto c = [](const char *acronym, QList<QByteArray> words) {
            return AcronymMiner::Candidate{QByteArray(acronym).toLower(), QString::fromLatin1(acronym), words};
        };
        const QList<AcronymMiner::Candidate> seen = {
            c("RL", {"reinforcement", "learning"}), c("RL", {"representation", "learning"}),
            c("RL", {"reinforcement", "learning"}), c("RL", {"robot", "learning"}),
            c("RL", {"representation", "learning"}), c("Rl", {"reinforcement", "learning"}),
            c("NAS", {"neural", "architecture", "search"}),
        };
        const QList<AcronymTable::Pair> pairs = AcronymMiner::collect(seen);
        QCOMPARE(pairs.size(), 3);
        QCOMPARE(pairs[0].expansionText(), u"reinforcement learning"_qs);
        QCOMPARE(pairs[0].count, 3);
        QCOMPARE(pairs[0].acronymText, u"RL"_qs); // the spelling written most often
        QCOMPARE(pairs[1].expansionText(), u"representation learning"_qs);
        QCOMPARE(pairs[2].acronymText, u"NAS"_qs);
    }

    void mine_leavesOutAcronymsWrittenAsWords()
    {
        const auto parsed = CorpusParser::parse(QByteArrayLiteral(
            "A One\nWe find the maximum a posteriori (MAP) estimate with graph neural networks (GNNs).\n\n"
            "B Two\nA feature map of a GNN.\n\n"
            "C Three\nThe map is not the territory; Mapping is not a map word here.\n\n"), QStringLiteral("small"));
        QVERIFY(parsed.corpus);
        const auto table = AcronymMiner::mine(*parsed.corpus);
        QVERIFY(table);
        QCOMPARE(table->pairs().size(), 1);
        QCOMPARE(table->pairs().first().acronymText, u"GNN"_qs);
        QVERIFY(table->expansionsOf("map").isEmpty());
        std::atomic<bool> cancelled = true;
        QVERIFY(!AcronymMiner::mine(*parsed.corpus, &cancelled));
    }

    void shippedCorpus_findsRealPairs_andNoJunk()
    {
        QFile f(QStringLiteral(SKIMMER_SHIPPED_CORPUS));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto parsed = CorpusParser::parse(f.readAll(), QStringLiteral("shipped"));
        QVERIFY(parsed.corpus);
        const auto table = AcronymMiner::mine(*parsed.corpus);
        QVERIFY(table);
        QMap<QString, QStringList> found;
        for (const auto &p : table->pairs())
            found[p.acronymText] << p.expansionText();
        const QList<std::pair<QString, QString>> real = {
            {u"GNN"_qs, u"graph neural network"_qs}, {u"RL"_qs, u"reinforcement learning"_qs},
            {u"GAN"_qs, u"generative adversarial network"_qs}, {u"CNN"_qs, u"convolutional neural network"_qs},
            {u"SGD"_qs, u"stochastic gradient descent"_qs}, {u"NAS"_qs, u"neural architecture search"_qs},
            {u"NTK"_qs, u"neural tangent kernel"_qs}, {u"DNN"_qs, u"deep neural network"_qs},
        };
        for (const auto &[acronym, expansion] : real)
            QVERIFY2(found.value(acronym).contains(expansion),
                     qPrintable(acronym + u" → "_qs + found.value(acronym).join(u" | "_qs)));
        QCOMPARE(table->expansionsOf("gnn").first()->expansionText(), u"graph neural network"_qs);
        QCOMPARE(table->expansionsOf("gnns").size(), 1);
        QCOMPARE(table->acronymsOf({"graph", "neural", "networks"}).first()->acronymText, u"GNN"_qs);
        // No junk: every pair's letters are its words' initials (or, mixed case, their beginnings),
        // no expansion starts with a function word, no number, nothing shorter than two words.
        for (const auto &p : table->pairs()) {
            const QString what = p.acronymText + u" = "_qs + p.expansionText();
            QVERIFY2(p.words.size() >= 2, qPrintable(what));
            QVERIFY2(!QList<QByteArray>({"a", "an", "the", "of", "and"}).contains(p.words.first()), qPrintable(what));
            QVERIFY2(p.words.first().startsWith(char(p.acronymText.front().toLower().toLatin1())), qPrintable(what));
            QVERIFY2(p.words.last().startsWith(char(p.acronymText.back().toLower().toLatin1()))
                         || p.acronymText.back().isLower(), qPrintable(what));
        }
        QVERIFY2(table->pairs().size() > 60, qPrintable(QString::number(table->pairs().size())));
        QVERIFY(found.value(u"SW"_qs).isEmpty());
        QVERIFY(found.value(u"CAS"_qs).isEmpty());
        QVERIFY(found.value(u"MAP"_qs).isEmpty()); // "feature map", "the map" are words here
    }
};

QTEST_GUILESS_MAIN(TestAcronymMiner)
#include "tst_acronymminer.moc"
