#include "corpus/corpusparser.h"
#include "reading/detailview.h"
#include "search/paperdelegate.h"
#include "corpus/papermodel.h"
#include "widgets/safetextbrowser.h"
#include "search/similarityindex.h"
#include "search/semanticspace.h"
#include "search/similaritycheck.h"
#include "map/mappipeline.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QHelpEvent>
#include <QListView>
#include <QMenu>
#include <QStandardPaths>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>
#include <QTextDocumentFragment>
#include <QToolTip>

#include <atomic>
#include <thread>

namespace {
// Fails the run instead of letting it hang if rendering ever reads a file such as /dev/zero.
class Watchdog
{
public:
    explicit Watchdog(int seconds)
        : m_thread([this, seconds] {
              for (int i = 0; i < seconds * 10 && !m_done; ++i)
                  std::this_thread::sleep_for(std::chrono::milliseconds(100));
              if (!m_done)
                  qFatal("hostile text took more than %d s to show: something read a resource", seconds);
          })
    {
    }
    ~Watchdog()
    {
        m_done = true;
        m_thread.join();
    }

private:
    std::atomic<bool> m_done = false;
    std::thread m_thread;
};

QStandardItem *paperItem(const QString &text)
{
    auto *item = new QStandardItem;
    item->setData(QStringList{text, u"Bo "_qs + text}, PaperRoles::AuthorsRole);
    item->setData(text, PaperRoles::AuthorLabelRole);
    item->setData(text, PaperRoles::HeadlineRole);
    item->setData(text, PaperRoles::TldrRole);
    item->setData(true, PaperRoles::HeadlineIsTldrRole);
    item->setData(text, PaperRoles::AbstractRole);
    item->setData(text, PaperRoles::IdRole);
    item->setData(text, PaperRoles::NoteRole);
    item->setData(QStringList{text}, PaperRoles::ListsRole);
    item->setData(text, PaperRoles::SnippetRole);
    return item;
}
} // namespace

class UrlRecorder : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl &url) { urls.append(url); }
};

class TestDetailView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void hostileText_inEveryField_isInertAndLiteral_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("img dev zero") << u"<img src=\"/dev/zero\">"_qs;
        QTest::newRow("img passwd") << u"<img src=\"file:///etc/passwd\">"_qs;
        QTest::newRow("file link") << u"<a href=\"file:///\">root</a>"_qs;
        QTest::newRow("script") << u"<script>alert(1)</script>"_qs;
        QTest::newRow("style") << u"<style>body { background: url(/dev/zero) }</style>"_qs;
        QTest::newRow("css background") << u"<p style=\"background:url(/dev/zero)\">x</p>"_qs;
        QTest::newRow("table background") << u"<table background=\"/dev/zero\"><tr><td>x</td></tr></table>"_qs;
        QTest::newRow("huge entity") << u"&#99999999999999999999; &#x10FFFFFFFF;"_qs;
        QTest::newRow("many entities") << u"&#65;"_qs.repeated(20000);
        QTest::newRow("tex image") << u"$\\text{<img src=\"/dev/zero\">}$ \\url{file:///dev/zero}"_qs;
    }

    void hostileText_inEveryField_isInertAndLiteral()
    {
        QFETCH(QString, text);
        // A read of /dev/zero never ends; the largest row needs ~8 s of CPU, which on a loaded
        // 2-core machine (ctest -j2 beside other builds) took over 30 s of wall time.
        Watchdog watchdog(120);
        QStandardItemModel model;
        model.appendRow(paperItem(text));
        DetailView view;
        view.resize(600, 400);
        view.show();
        view.setCurrentIndex(model.index(0, 0));
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QString shown = view.toPlainText();
        const QString literal = text.startsWith(u'$') ? u"<img src=\"/dev/zero\">"_qs : text;
        QVERIFY2(shown.count(literal) >= 3, qPrintable(shown.left(300))); // authors, tl;dr, abstract, …
        QCOMPARE(view.refusedResources(), 0); // nothing even asked for a resource

        // The list's tooltip for the same paper.
        QListView list;
        auto *delegate = new PaperDelegate(&list);
        list.setItemDelegate(delegate);
        list.setModel(&model);
        list.show();
        QVERIFY(QTest::qWaitForWindowExposed(&list));
        const QRect rect = list.visualRect(model.index(0, 0));
        QHelpEvent event(QEvent::ToolTip, rect.center(), list.viewport()->mapToGlobal(rect.center()));
        QStyleOptionViewItem option;
        option.initFrom(&list);
        QVERIFY(delegate->helpEvent(&event, &list, option, model.index(0, 0)));
        const QString tip = QToolTip::text();
        QVERIFY(!tip.contains(u"<img"_qs) && !tip.contains(u"<a "_qs) && !tip.contains(u"<style"_qs));
        QVERIFY(QTextDocumentFragment::fromHtml(tip).toPlainText().contains(literal.left(500)));
        QToolTip::hideText();
    }

    void links_emitAuthorsAndPapers_andOnlyWebAddressesLeave()
    {
        UrlRecorder recorder;
        for (const char *scheme : {"http", "https", "file", "ftp"})
            QDesktopServices::setUrlHandler(QString::fromLatin1(scheme), &recorder, "open");
        QStandardItemModel model;
        QStandardItem *item = paperItem(u"x"_qs);
        item->setData(QStringList{u"Ann Lee"_qs, u"Bo Chan"_qs}, PaperRoles::AuthorsRole);
        model.appendRow(item);
        DetailView view;
        view.setCurrentIndex(model.index(0, 0));
        QSignalSpy authors(&view, &DetailView::authorActivated);
        QSignalSpy papers(&view, &DetailView::paperActivated);
        SafeTextBrowser *browser = view.browser();
        emit browser->anchorClicked(QUrl(u"author:1"_qs));
        emit browser->anchorClicked(QUrl(u"author:7"_qs));
        emit browser->anchorClicked(QUrl(u"paper:abc123"_qs));
        emit browser->anchorClicked(QUrl(u"file:///etc/passwd"_qs));
        emit browser->anchorClicked(QUrl(u"ftp://example.org/"_qs));
        emit browser->anchorClicked(QUrl(u"https://example.org/paper"_qs));
        QCOMPARE(authors.size(), 1);
        QCOMPARE(authors.first().first().toString(), u"Bo Chan"_qs);
        QCOMPARE(papers.size(), 1);
        QCOMPARE(papers.first().first().toString(), u"abc123"_qs);
        QCOMPARE(recorder.urls, QList<QUrl>{QUrl(u"https://example.org/paper"_qs)});
        for (const char *scheme : {"http", "https", "file", "ftp"})
            QDesktopServices::unsetUrlHandler(QString::fromLatin1(scheme));
    }

    void texSource_isEnabledOnlyWithAPaper()
    {
        QStandardItemModel model;
        model.appendRow(paperItem(u"text with $\\alpha$"_qs));
        DetailView view;
        auto *tex = view.findChild<QAction *>(u"texSourceAction"_qs);
        QVERIFY(tex);
        QVERIFY(!tex->isEnabled());
        view.setCurrentIndex(model.index(0, 0));
        QVERIFY(tex->isEnabled());
        view.setCurrentIndex({});
        QVERIFY(!tex->isEnabled());
    }

    void libraryButtons_areDisabledUntilConnected_andFollowTheModel()
    {
        QStandardItemModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QStandardItem *item = paperItem(u"x"_qs);
        item->setData(false, PaperRoles::BookmarkedRole);
        model.appendRow(item);
        DetailView view;
        view.setCurrentIndex(model.index(0, 0));
        QVERIFY(!view.bookmarkAction()->isEnabled());
        QVERIFY(!view.bookmarkAction()->toolTip().isEmpty());
        QSignalSpy toggled(&view, &DetailView::bookmarkToggleRequested);
        connect(&view, &DetailView::bookmarkToggleRequested, &model, [item] { item->setData(true, PaperRoles::BookmarkedRole); });
        QTRY_VERIFY(view.bookmarkAction()->isEnabled());
        QVERIFY(!view.readAction()->isEnabled());
        QVERIFY(!view.bookmarkAction()->isChecked());
        view.bookmarkAction()->trigger();
        QCOMPARE(toggled.size(), 1);
        QVERIFY(view.bookmarkAction()->isChecked()); // dataChanged refreshed the pane
        QVERIFY(view.toPlainText().contains(u"Starred"_qs));
    }

    void texIsRendered_andTheToggleShowsTheSource()
    {
        QStandardItemModel model;
        model.appendRow(paperItem(u"error $O(\\epsilon^{-1})$ in $\\mathbb{R}^d$"_qs));
        DetailView view;
        view.setCurrentIndex(model.index(0, 0));
        QVERIFY(view.toPlainText().contains(u"error O(ϵ-1) in ℝd"_qs)); // sup/sub flatten in plain text
        QVERIFY(view.html(model.index(0, 0)).contains(u"<sup>-1</sup>"_qs));
        view.setShowTexSource(true);
        QVERIFY(view.toPlainText().contains(u"error $O(\\epsilon^{-1})$ in $\\mathbb{R}^d$"_qs));
    }

    void textRenderer_seesEveryPieceOfCorpusText()
    {
        QStandardItemModel model;
        QStandardItem *item = paperItem(u"graph <b> $\\alpha$"_qs);
        item->setData(QStringList{u"Ann Lee"_qs}, PaperRoles::AuthorsRole);
        model.appendRow(item);
        DetailView view;
        QStringList seen;
        view.setTextRenderer([&seen](const QString &plain) {
            seen.append(plain);
            return u"«"_qs + plain.toHtmlEscaped() + u"»"_qs;
        });
        view.setCurrentIndex(model.index(0, 0));
        QVERIFY(seen.contains(u"graph <b> "_qs)); // the text around the TeX, never the raw TeX
        QVERIFY(seen.contains(u"α"_qs));
        QVERIFY(seen.contains(u"Ann Lee"_qs));
        QVERIFY(!seen.join(QString()).contains(u"$"_qs));
        QVERIFY(view.toPlainText().contains(u"«graph <b> »«α»"_qs));
    }

    void similarPapers_areListedWithSharedTerms_andClickable()
    {
        const auto parsed = CorpusParser::parseFile(QStringLiteral(SKIMMER_SHIPPED_CORPUS));
        PaperModel model;
        model.setCorpus(parsed.corpus);
        DetailView view;
        view.setCurrentIndex(model.index(0, 0));
        QVERIFY(view.toPlainText().contains(u"Finding similar papers"_qs));
        const auto index = SimilarityIndex::build(parsed.corpus);
        view.setSimilarityIndex(index);
        const QList<SimilarityIndex::Match> matches = index->similar(0);
        const QString html = view.html(model.index(0, 0));
        QCOMPARE(html.count(u"href='paper:"_qs), 5);
        for (const SimilarityIndex::Match &m : matches) {
            QVERIFY(html.contains(u"href='paper:"_qs + parsed.corpus->id(m.row) + u'\''));
            QVERIFY(view.toPlainText().contains(m.sharedTerms.join(u", "_qs)));
        }
        // A replaced corpus: the old index is not used for it.
        const auto other = CorpusParser::parse("Ann Lee\nSomething else entirely.\n", u"x.txt"_qs);
        model.setCorpus(other.corpus);
        view.setCurrentIndex(model.index(0, 0));
        QVERIFY(!view.toPlainText().contains(u"similar ·"_qs));
    }

    // Several selected papers: the pane lists them and offers the papers most like all of them,
    // never one of the selected; back to one paper, the pane shows that paper again.
    void severalSelected_showMoreLikeThese()
    {
        const auto parsed = CorpusParser::parseFile(QStringLiteral(SKIMMER_SHIPPED_CORPUS));
        PaperModel model;
        model.setCorpus(parsed.corpus);
        QListView list;
        list.setModel(&model);
        list.setSelectionMode(QAbstractItemView::ExtendedSelection);
        DetailView view;
        const auto index = SimilarityIndex::build(parsed.corpus);
        view.setSimilarityIndex(index);
        connect(list.selectionModel(), &QItemSelectionModel::selectionChanged, &view,
                [&] { view.setSelection(list.selectionModel()->selectedRows()); });
        list.setCurrentIndex(model.index(0, 0));
        view.setCurrentIndex(model.index(0, 0));
        QVERIFY(!view.showsSelection());
        list.selectionModel()->select(QItemSelection(model.index(0, 0), model.index(2, 0)), QItemSelectionModel::Select);
        QVERIFY(view.showsSelection());
        const QString text = view.toPlainText();
        QVERIFY2(text.contains(u"3 papers selected"_qs), qPrintable(text.left(200)));
        QVERIFY(text.contains(u"More like these"_qs));
        const QList<SimilarityIndex::Match> matches = index->similarToAll({0, 1, 2}, 10);
        QCOMPARE(matches.size(), 10);
        const QString html = view.selectionHtml();
        QCOMPARE(html.count(u"href='paper:"_qs), 3 + 10);
        for (const SimilarityIndex::Match &m : matches) {
            QVERIFY(m.row > 2);
            QVERIFY(html.contains(u"href='paper:"_qs + parsed.corpus->id(m.row) + u'\''));
        }
        list.selectionModel()->select(model.index(1, 0), QItemSelectionModel::ClearAndSelect);
        QVERIFY(!view.showsSelection());
        QVERIFY(!view.toPlainText().contains(u"More like these"_qs));
        QVERIFY(view.toPlainText().contains(u"Similar papers"_qs));
    }

    // The map's space re-orders similar papers, but only from the next paper shown: the list on
    // screen never reorders when the space arrives. Before it (and after a new corpus) tf-idf decides.
    void semanticSpace_isUsedFromTheNextPaper_tfidfBeforeIt()
    {
        const auto parsed = CorpusParser::parseFile(QStringLiteral(SKIMMER_SHIPPED_CORPUS));
        PaperModel model;
        model.setCorpus(parsed.corpus);
        DetailView view;
        const auto index = SimilarityIndex::build(parsed.corpus);
        const auto built = MapPipeline::build(*parsed.corpus, MapPipeline::Options());
        QVERIFY(built && built->space);
        // The space as if its self-check had picked the blend (whatever the shipped corpus's did).
        auto map = std::make_shared<PaperMap>(*built);
        auto space = SemanticSpace::fromCodes(built->space->codes(), built->space->size(), built->space->dimensions());
        space->setCheck(SimilarityCheck{true, 100, 0.2, 0.3});
        map->space = space;
        const auto inOrder = [&](const QString &html, const QList<SimilarityIndex::Match> &matches) {
            qsizetype at = html.indexOf(u"Similar papers"_qs) >= 0 ? html.indexOf(u"Similar papers"_qs)
                                                                  : html.indexOf(u"More like these"_qs);
            for (const SimilarityIndex::Match &m : matches)
                if ((at = html.indexOf(u"href='paper:"_qs + parsed.corpus->id(m.row) + u'\'', at + 1)) < 0)
                    return false;
            return at >= 0;
        };
        // A paper whose two lists differ, so the test sees which one is shown.
        qsizetype row = 1;
        while (row < 100 && map->space->similar(*index, row, 5).first().row == index->similar(row, 5).first().row)
            ++row;
        QVERIFY(row < 100);
        view.setSimilarityIndex(index);
        view.setCurrentIndex(model.index(0, 0));
        const QString shown = view.toPlainText();
        view.setSemanticSpace(map->space);
        QCOMPARE(view.toPlainText(), shown); // no flicker
        QVERIFY(!view.usesSemanticSpace());
        view.setCurrentIndex(model.index(int(row), 0));
        QVERIFY(view.usesSemanticSpace());
        const QString html = view.html(model.index(int(row), 0));
        QVERIFY(inOrder(html, map->space->similar(*index, row, 5)));
        QVERIFY(!inOrder(html, index->similar(row, 5)));
        QVERIFY(html.contains(u"shares: "_qs));
        // More like these uses it too.
        QModelIndexList three{model.index(0, 0), model.index(1, 0), model.index(2, 0)};
        view.setSelection(three);
        QVERIFY(inOrder(view.selectionHtml(), map->space->similarToAll(*index, {0, 1, 2}, 10)));
        // A new corpus being mapped: back to tf-idf at once.
        view.setSelection({});
        view.setSemanticSpace(nullptr);
        QVERIFY(!view.usesSemanticSpace());
        QVERIFY(inOrder(view.html(model.index(int(row), 0)), index->similar(row, 5)));
        // A space whose self-check kept tf-idf: adopted, but the lists stay tf-idf's.
        auto kept = SemanticSpace::fromCodes(space->codes(), space->size(), space->dimensions());
        kept->setCheck(SimilarityCheck{true, 100, 0.3, 0.3});
        view.setSemanticSpace(kept);
        view.setCurrentIndex(model.index(0, 0));
        view.setCurrentIndex(model.index(int(row), 0));
        QVERIFY(!view.usesSemanticSpace());
        QVERIFY(inOrder(view.html(model.index(int(row), 0)), index->similar(row, 5)));
        QVERIFY(!inOrder(view.html(model.index(int(row), 0)), space->similar(*index, row, 5)));
        view.setSelection(three);
        QVERIFY(inOrder(view.selectionHtml(), index->similarToAll({0, 1, 2}, 10)));
    }

    void copy_putsTheChosenFormatOnTheClipboard()
    {
        QStandardItemModel model;
        QStandardItem *item = paperItem(u"text"_qs);
        item->setData(QStringList{u"Ann Lee"_qs, u"Bo Chan"_qs}, PaperRoles::AuthorsRole);
        item->setData(u"0123456789abcdef"_qs, PaperRoles::IdRole);
        model.appendRow(item);
        DetailView view;
        view.setCurrentIndex(model.index(0, 0));
        QMenu *menu = view.findChild<QAction *>(u"copyAction"_qs)->menu();
        QVERIFY(menu);
        const QList<QAction *> actions = menu->actions();
        actions.at(2)->trigger(); // BibTeX
        const QString bib = QGuiApplication::clipboard()->text();
        QVERIFY2(bib.startsWith(u"@misc{lee-01234567,"_qs), qPrintable(bib));
        QVERIFY(bib.contains(u"author = {Ann Lee and Bo Chan}"_qs));
        actions.at(1)->trigger(); // Markdown
        QVERIFY(QGuiApplication::clipboard()->text().startsWith(u"**Ann Lee, Bo Chan**"_qs));
        actions.at(3)->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), u"0123456789abcdef"_qs);
    }
};

QTEST_MAIN(TestDetailView)
#include "tst_detailview.moc"
