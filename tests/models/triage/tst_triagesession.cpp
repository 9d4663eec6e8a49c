#include "corpus/corpusparser.h"
#include "ranking/listclassifier.h"
#include "search/similarityindex.h"
#include "triage/triageorder.h"
#include "triage/triageranker.h"
#include "triage/triagesession.h"

#include <QSignalSpy>
#include <QTest>

// The triage pass without a screen: its cursor, the decisions and their counts, undo putting the
// decision and the cursor back, a new order keeping what was decided, "most uncertain first", and
// the classifier trained on a worker thread.
class TestTriageSession : public QObject
{
    Q_OBJECT

    using D = TriageSession::Decision;

    // The whole state in one string, so one QCOMPARE shows it: "cursor|kept,skipped,notRelevant,starred|decisions".
    static QString state(const TriageSession &s)
    {
        QStringList marks;
        for (const QString &id : s.ids()) {
            const char *mark[] = {"", "+", "-", "x"};
            marks << id + QLatin1String(mark[int(s.decision(id))]) + (s.isStarred(id) ? u"*"_qs : QString());
        }
        return u"%1|%2,%3,%4,%5|%6"_qs.arg(s.currentId())
            .arg(s.keptCount())
            .arg(s.skippedCount())
            .arg(s.notRelevantCount())
            .arg(s.starredCount())
            .arg(marks.join(u' '));
    }

private slots:
    void start_dropsDuplicatesAndClampsTheCursor()
    {
        TriageSession s;
        QSignalSpy changed(&s, &TriageSession::changed);
        s.start({u"a"_qs, u"b"_qs, u"a"_qs, u"c"_qs}, 7);
        QCOMPARE(s.ids(), (QStringList{u"a"_qs, u"b"_qs, u"c"_qs}));
        QCOMPARE(s.position(), 2);
        QCOMPARE(changed.size(), 1);
        s.start({});
        QCOMPARE(s.position(), -1);
        QCOMPARE(s.currentId(), QString());
        QVERIFY(!s.next());
        s.decide(D::Kept); // nothing current: nothing recorded
        QVERIFY(!s.canUndo());
    }

    void moves_stopAtTheEnds()
    {
        TriageSession s;
        s.start({u"a"_qs, u"b"_qs, u"c"_qs});
        QVERIFY(!s.previous());
        QVERIFY(s.next());
        QVERIFY(s.next());
        QVERIFY(!s.next());
        QCOMPARE(s.currentId(), u"c"_qs);
        QVERIFY(s.previous());
        QCOMPARE(s.position(), 1);
        QVERIFY(s.setPosition(0));
        QVERIFY(!s.setPosition(3));
        QVERIFY(!s.canUndo()); // moving is not a step
    }

    void decisions_countAdvanceAndUndo()
    {
        TriageSession s;
        s.start({u"a"_qs, u"b"_qs, u"c"_qs, u"d"_qs});
        s.decide(D::Kept, 1);
        s.decide(D::Skipped, 2);
        s.recordStar(false, true, 3);
        s.decide(D::NotRelevant, 4);
        QCOMPARE(state(s), u"d|1,1,1,1|a+ b- cx* d"_qs);
        s.decide(D::Kept, 5); // the last paper: the cursor stays
        QCOMPARE(state(s), u"d|2,1,1,1|a+ b- cx* d+"_qs);
        // Changing one's mind on a paper replaces its decision; the counts follow.
        QVERIFY(s.setPosition(0));
        s.decide(D::Skipped, 6);
        QCOMPARE(state(s), u"b|1,2,1,1|a- b- cx* d+"_qs);
        s.recordFiled(7);
        QCOMPARE(s.filedCount(), 1);

        QCOMPARE(s.undo().kind, TriageSession::Kind::File);
        QCOMPARE(s.filedCount(), 0);
        const TriageSession::Step back = s.undo();
        QCOMPARE(back.id, u"a"_qs);
        QCOMPARE(back.undoIndex, 6);
        QCOMPARE(state(s), u"a|2,1,1,1|a+ b- cx* d+"_qs); // back on a, kept again
        s.undo();
        s.undo();
        QCOMPARE(state(s), u"c|1,1,0,1|a+ b- c* d"_qs);
        QCOMPARE(s.undo().kind, TriageSession::Kind::Star);
        QCOMPARE(state(s), u"c|1,1,0,0|a+ b- c d"_qs);
        s.undo();
        s.undo();
        QCOMPARE(state(s), u"a|0,0,0,0|a b c d"_qs);
        QVERIFY(!s.canUndo());
        QCOMPARE(s.undo().undoIndex, -1);
    }

    void stars_undoRestoresTheStarOfAnEarlierStep()
    {
        TriageSession s;
        s.start({u"a"_qs});
        s.recordStar(false, true);
        s.recordStar(true, false);
        s.recordStar(false, true);
        QCOMPARE(s.starredCount(), 1);
        s.undo();
        QCOMPARE(s.starredCount(), 0);
        s.undo();
        QCOMPARE(s.starredCount(), 1); // starred by the first step
        s.undo();
        QCOMPARE(s.starredCount(), 0);
        // A paper starred before the pass and unstarred in it: undo does not count it as starred here.
        s.recordStar(true, false);
        s.undo();
        QCOMPARE(s.starredCount(), 0);
    }

    void setOrder_keepsDecisionsAndGoesToTheFirstUndecided()
    {
        TriageSession s;
        s.start({u"a"_qs, u"b"_qs, u"c"_qs, u"d"_qs});
        s.decide(D::Kept);
        s.decide(D::Skipped);
        s.setOrder({u"b"_qs, u"d"_qs, u"a"_qs, u"x"_qs}); // x is unknown; c was forgotten: it goes last
        QCOMPARE(state(s), u"d|1,1,0,0|b- d a+ c"_qs);
        QCOMPARE(s.position(), 1);
        s.undo(); // the skip of b, now first
        QCOMPARE(state(s), u"b|1,0,0,0|b d a+ c"_qs);
        s.decide(D::Kept);
        s.decide(D::Kept);
        s.decide(D::Kept);
        s.decide(D::Kept);
        s.setOrder({u"c"_qs, u"b"_qs, u"a"_qs, u"d"_qs}); // all decided: stays on the current paper
        QCOMPARE(s.currentId(), u"c"_qs);
    }

    void mostUncertain_ordersByDistanceToTheBoundaryStably()
    {
        const std::vector<float> scores = {0.9f, -0.1f, 0.1f, -2.0f, 0.3f};
        QCOMPARE(TriageOrder::mostUncertain({0, 1, 2, 3, 4}, scores), (QList<qsizetype>{1, 2, 4, 0, 3}));
        QCOMPARE(TriageOrder::mostUncertain({2, 1}, scores), (QList<qsizetype>{2, 1})); // a tie keeps the ranking's order
        QCOMPARE(TriageOrder::mostUncertain({9, 4, -1, 1}, scores), (QList<qsizetype>{1, 4, 9, -1})); // unscored last
        QCOMPARE(TriageOrder::mostUncertain({}, scores), QList<qsizetype>());
    }

    void ranker_trainsOffTheCallingThread()
    {
        // 60 papers: every sixth about quasars and telescopes, the next one about proteins, the rest filler.
        QString text;
        for (int row = 0; row < 60; ++row)
            text += u"Ann Lee, Bo Chen\n"_qs
                    + (row % 6 == 0   ? u"Quasar redshift seen by the telescope in galaxy survey number %1.\n"_qs
                       : row % 6 == 1 ? u"Protein folding of the enzyme ligand binding kinase number %1.\n"_qs
                                      : u"Generic filler abstract of paper number %1 on assorted matters.\n"_qs)
                          .arg(row);
        const auto parsed = CorpusParser::parse(text.toUtf8(), u"two.txt"_qs);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        const auto index = SimilarityIndex::build(parsed.corpus);
        TriageRanker ranker;
        QSignalSpy ready(&ranker, &TriageRanker::ready);
        ranker.train(index, {0, 6, 12, 18}, {1});
        QVERIFY(ranker.isRunning() || ready.size() == 1);
        QVERIFY(ready.size() == 1 || ready.wait(20000));
        const auto classifier = ready.takeFirst().at(0).value<std::shared_ptr<const ListClassifier>>();
        QVERIFY(classifier);
        QVERIFY(classifier->score(24) > classifier->score(25)); // quasars lean to the list
        // The uncertain order over papers of both topics puts the clear cases (far from 0) last.
        const QList<qsizetype> order = TriageOrder::mostUncertain({24, 25, 26, 27}, classifier->scores());
        QCOMPARE(order.size(), 4);
        QVERIFY(std::abs(classifier->score(order.first())) <= std::abs(classifier->score(order.last())));

        ranker.train(nullptr, {}, {}); // no index: reports null
        QVERIFY(ready.wait(20000));
        QVERIFY(!ready.takeFirst().at(0).value<std::shared_ptr<const ListClassifier>>());
    }
};

QTEST_GUILESS_MAIN(TestTriageSession)
#include "tst_triagesession.moc"
