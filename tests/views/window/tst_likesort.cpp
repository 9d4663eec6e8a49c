#include "corpus/corpus.h"
#include "corpus/papermodel.h"
#include "corpus/paperroles.h"
#include "pipeline/resultspipeline.h"
#include "search/searchcontroller.h"
#include "support/windowfixture.h"

#include <QAction>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUndoStack>

// Sort ▸ Like “LIST” in the window: papers outside the list ranked by its classifier, the
// explanation line with the top words, N votes "not relevant" (undoable) and the ranking follows.
class TestLikeSort : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QSet<qsizetype> topicRows(const Corpus &corpus)
    {
        const QRegularExpression re(u"reinforcement learning"_qs, QRegularExpression::CaseInsensitiveOption);
        QSet<qsizetype> rows;
        for (qsizetype i = 0; i < corpus.size(); ++i)
            if (re.match(corpus.tldr(i) + u' ' + corpus.abstract(i)).hasMatch())
                rows.insert(i);
        return rows;
    }

    static QAction *likeAction(QMenu *sort, const QString &name)
    {
        for (QAction *a : sort->actions())
            if (a->property("likeList").toString() == name)
                return a;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void likeSort_ranksOutsideTheList_explains_andVotesWithN()
    {
        WindowFixture f;
        QVERIFY(f.setUp(m_dir, 1));
        ResultsPipeline *pipeline = f.window.pipeline();
        QVERIFY(pipeline);
        const auto corpus = pipeline->paperModel()->corpus();
        const QSet<qsizetype> topic = topicRows(*corpus);
        QVERIFY(topic.size() > 18);
        QList<qsizetype> members(topic.begin(), topic.end());
        std::sort(members.begin(), members.end());
        QList<LibraryStore::Paper> papers;
        QSet<QString> listIds;
        for (qsizetype row : members.mid(0, 8)) {
            papers.append(LibraryStore::paperFrom(*corpus, row));
            listIds.insert(corpus->id(row));
        }
        QVERIFY(f.store.addToList(u"rl"_qs, papers));

        auto *sort = f.window.findChild<QMenu *>(QStringLiteral("sortMenu"));
        QVERIFY(sort);
        QTRY_VERIFY(likeAction(sort, u"rl"_qs));
        QVERIFY(likeAction(sort, LibraryStore::kBookmarksName));
        auto *line = f.window.findChild<QLabel *>(QStringLiteral("likeExplanation"));
        auto *notRelevant = f.window.findChild<QAction *>(QStringLiteral("notRelevantAction"));
        QVERIFY(line && notRelevant);
        QVERIFY(!line->isVisible());
        QVERIFY(!notRelevant->isEnabled());

        likeAction(sort, u"rl"_qs)->trigger();
        QCOMPARE(pipeline->search()->sortOrder(), SortOrder::Likeness);
        QTRY_VERIFY_WITH_TIMEOUT(line->text().startsWith(u"Ranked by likeness to “rl”: "_qs), 20000);
        QVERIFY(line->isVisible());
        const QString words = line->text().section(u':', 1);
        QVERIFY2(words.contains(u"reinforcement"_qs) || words.contains(u"policy"_qs) || words.contains(u"agent"_qs)
                     || words.contains(u"reward"_qs), qPrintable(words));
        QVERIFY(notRelevant->isEnabled());

        // The list's papers are hidden; most of the top 10 are about reinforcement learning too.
        QAbstractItemModel *model = pipeline->model();
        QTRY_COMPARE(model->rowCount(), int(corpus->size()) - 8);
        int onTopic = 0;
        for (int r = 0; r < 10; ++r) {
            const QString id = model->index(r, 0).data(PaperRoles::IdRole).toString();
            QVERIFY(!listIds.contains(id));
            onTopic += topic.contains(corpus->indexOfId(id));
        }
        QVERIFY2(onTopic >= 6, qPrintable(QString::number(onTopic)));

        // N on the first paper: voted, hidden, the model retrained; Ctrl+Z takes it back.
        const QString first = model->index(0, 0).data(PaperRoles::IdRole).toString();
        f.list->setFocus();
        f.list->setCurrentIndex(model->index(0, 0));
        QTest::keyClick(f.list, Qt::Key_N);
        QCOMPARE(f.store.notRelevant(u"rl"_qs), QStringList{first});
        QTRY_COMPARE(model->rowCount(), int(corpus->size()) - 9);
        QTRY_VERIFY2(line->text().contains(u"(9 paper"_qs), qPrintable(line->text()));
        QVERIFY(model->index(0, 0).data(PaperRoles::IdRole).toString() != first);
        f.window.libraryController()->undoStack()->undo();
        QVERIFY(f.store.notRelevant(u"rl"_qs).isEmpty());
        QTRY_COMPARE(model->rowCount(), int(corpus->size()) - 8);

        // Another order: everything back, no line, no N.
        sort->actions().first()->trigger();
        QCOMPARE(pipeline->search()->sortOrder(), SortOrder::Relevance);
        QTRY_COMPARE(model->rowCount(), int(corpus->size()));
        QVERIFY(!line->isVisible());
        QVERIFY(!notRelevant->isEnabled());
    }

    void deletedList_fallsBackToRelevance()
    {
        WindowFixture f;
        QVERIFY(f.setUp(m_dir, 2));
        const auto corpus = f.window.pipeline()->paperModel()->corpus();
        QVERIFY(f.store.addToList(u"short"_qs, {LibraryStore::paperFrom(*corpus, 0)}));
        auto *sort = f.window.findChild<QMenu *>(QStringLiteral("sortMenu"));
        QTRY_VERIFY(likeAction(sort, u"short"_qs));
        likeAction(sort, u"short"_qs)->trigger();
        QVERIFY(f.store.deleteList(u"short"_qs));
        QTRY_VERIFY(!likeAction(sort, u"short"_qs));
        QCOMPARE(f.window.pipeline()->search()->sortOrder(), SortOrder::Relevance);
        QVERIFY(!f.window.findChild<QLabel *>(QStringLiteral("likeExplanation"))->isVisible());
    }
};

QTEST_MAIN(TestLikeSort)
#include "tst_likesort.moc"
