#include "search/paperdelegate.h"
#include "corpus/papermodel.h"
#include "search/searchquery.h"
#include "search/spannedtext.h"

#include <QListView>
#include <QPainter>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

namespace {
QStandardItem *paper(const QString &headline, const QList<int> &matches = {})
{
    auto *item = new QStandardItem;
    item->setData(u"Xu, Zhang et al."_qs, PaperRoles::AuthorLabelRole);
    item->setData(headline, PaperRoles::HeadlineRole);
    item->setData(true, PaperRoles::HeadlineIsTldrRole);
    item->setData(u"An abstract that goes on for a while about graphs and $\\alpha$ values."_qs, PaperRoles::AbstractRole);
    if (!matches.isEmpty())
        item->setData(QVariant::fromValue(matches), PaperRoles::HeadlineMatchesRole);
    return item;
}

int countPixels(const QImage &image, const std::function<bool(QColor)> &test)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            n += test(image.pixelColor(x, y));
    }
    return n;
}

bool isHighlight(QColor c) { return c.red() > 220 && c.green() > 190 && c.blue() < 140; }
bool isStar(QColor c) { return c.red() > 200 && c.green() > 130 && c.green() < 200 && c.blue() < 60; }
} // namespace

class TestPaperDelegate : public QObject
{
    Q_OBJECT

private:
    QImage render(PaperDelegate &delegate, const QModelIndex &index, bool selected = false)
    {
        QStyleOptionViewItem option;
        option.initFrom(&m_list);
        option.rect = QRect(QPoint(0, 0), QSize(500, delegate.sizeHint(option, index).height()));
        option.state = QStyle::State_Enabled | (selected ? QStyle::State_Selected : QStyle::State_None);
        QImage image(option.rect.size(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        delegate.paint(&painter, option, index);
        return image;
    }

    QListView m_list;

private slots:
    void sizeHints_growWithDensity_andAreUniform()
    {
        QStandardItemModel model;
        model.appendRow(paper(u"short"_qs));
        model.appendRow(paper(QString(500, u'w'), {0, 10}));
        PaperDelegate delegate;
        QStyleOptionViewItem option;
        option.initFrom(&m_list);
        QList<int> heights;
        for (auto d : {PaperDelegate::Density::Compact, PaperDelegate::Density::Comfortable, PaperDelegate::Density::Full}) {
            delegate.setDensity(d);
            const QSize first = delegate.sizeHint(option, model.index(0, 0));
            QCOMPARE(delegate.sizeHint(option, model.index(1, 0)), first);
            heights.append(first.height());
        }
        const int line = option.fontMetrics.height();
        QVERIFY2(heights[0] < 2 * line, qPrintable(QString::number(heights[0])));
        // Comfortable: the author line and a headline of three lines; full adds the abstract.
        QVERIFY2(heights[1] >= 4 * line && heights[1] < 5 * line, qPrintable(QString::number(heights[1])));
        QVERIFY(heights[2] > heights[1]);
    }

    void typicalHeadline_readsWholeInThreeLines()
    {
        // 140 characters, a typical tl;dr, at the room a card has in the default window.
        const QString headline = QStringLiteral("We propose a simple method that improves the robustness of "
                                                "graph neural networks to adversarial edge perturbations at scale.");
        QCOMPARE(headline.size(), 124);
        QFont bold = m_list.font();
        bold.setWeight(QFont::Bold);
        const int room = QFontMetrics(bold).averageCharWidth() * 56; // ~420 px in a 10 pt font
        const QStringList lines = SpannedText::wrappedLines(headline + QStringLiteral(" And more."), bold, room, 3, 40);
        QVERIFY2(lines.size() <= 3, qPrintable(lines.join(u'|')));
        QCOMPARE(lines.join(QString()), headline + QStringLiteral(" And more.")); // nothing elided
        // A headline too long for three lines ends in an ellipsis on the third.
        const QStringList cut = SpannedText::wrappedLines(headline.repeated(3), bold, room, 3, 40);
        QCOMPARE(cut.size(), 3);
        QVERIFY(cut.last().endsWith(u'…'));
    }

    void snippetLine_alwaysShowsTheMatch_data()
    {
        QTest::addColumn<int>("width");
        QTest::newRow("narrow") << 160;
        QTest::newRow("medium") << 260;
        QTest::newRow("wide") << 600;
    }
    void snippetLine_alwaysShowsTheMatch()
    {
        QFETCH(int, width);
        const QString text = QStringLiteral("…the authors show that deep nets that are polynomial in size and "
                                            "depth are robust when their lipschitz constant is bounded by one.");
        const qsizetype at = text.indexOf(QStringLiteral("lipschitz"));
        QList<int> spans{int(at), 9};
        const QFont font = m_list.font();
        const QString shown = SpannedText::visibleLine(text, &spans, font, width);
        QVERIFY2(QFontMetrics(font).horizontalAdvance(shown) <= width, qPrintable(shown));
        QCOMPARE(spans.size(), 2);
        QCOMPARE(shown.mid(spans[0], spans[1]), QStringLiteral("lipschitz"));
    }

    void densityChange_relaysOutTheList()
    {
        QStandardItemModel model;
        for (int i = 0; i < 20; ++i)
            model.appendRow(paper(u"headline %1"_qs.arg(i)));
        QListView list;
        auto *delegate = new PaperDelegate(&list);
        list.setUniformItemSizes(true);
        list.setItemDelegate(delegate);
        list.setModel(&model);
        list.resize(400, 300);
        list.show();
        QVERIFY(QTest::qWaitForWindowExposed(&list));
        const int comfortable = list.visualRect(model.index(1, 0)).height();
        QSignalSpy changed(delegate, &PaperDelegate::sizeHintChanged);
        delegate->setDensity(PaperDelegate::Density::Compact);
        QCOMPARE(changed.size(), 1);
        QTRY_VERIFY(list.visualRect(model.index(1, 0)).height() < comfortable);
        delegate->setDensity(PaperDelegate::Density::Compact);
        QCOMPARE(changed.size(), 1); // no change, no relayout
    }

    void densityNames_roundTrip()
    {
        for (auto d : {PaperDelegate::Density::Compact, PaperDelegate::Density::Comfortable, PaperDelegate::Density::Full})
            QCOMPARE(PaperDelegate::densityFromName(PaperDelegate::densityName(d)), d);
        QCOMPARE(PaperDelegate::densityFromName(u"bogus"_qs, PaperDelegate::Density::Full), PaperDelegate::Density::Full);
    }

    void matches_arePaintedHighlighted_inEveryDensity_data()
    {
        QTest::addColumn<PaperDelegate::Density>("density");
        QTest::newRow("compact") << PaperDelegate::Density::Compact;
        QTest::newRow("comfortable") << PaperDelegate::Density::Comfortable;
        QTest::newRow("full") << PaperDelegate::Density::Full;
    }

    void matches_arePaintedHighlighted_inEveryDensity()
    {
        QFETCH(PaperDelegate::Density, density);
        QStandardItemModel model;
        model.appendRow(paper(u"graph neural networks"_qs));
        model.appendRow(paper(u"graph neural networks"_qs, {0, 5}));
        PaperDelegate delegate;
        delegate.setDensity(density);
        QCOMPARE(countPixels(render(delegate, model.index(0, 0)), isHighlight), 0);
        const int marked = countPixels(render(delegate, model.index(1, 0)), isHighlight);
        QVERIFY2(marked > 50, qPrintable(QString::number(marked)));
    }

    void snippet_isPaintedWithItsMatches_whenSearching()
    {
        QStandardItemModel model;
        QStandardItem *item = paper(u"graph neural networks"_qs);
        model.appendRow(item);
        PaperDelegate delegate;
        const QImage before = render(delegate, model.index(0, 0));
        item->setData(u"…where the $\\alpha$ parameter of the model…"_qs, PaperRoles::SnippetRole);
        item->setData(QVariant::fromValue(QList<int>{12, 8}), PaperRoles::SnippetMatchesRole); // "$\alpha$"
        const QImage after = render(delegate, model.index(0, 0));
        QVERIFY(before != after);
        QVERIFY(countPixels(after, isHighlight) > 20);
    }

    void libraryState_changesThePainting()
    {
        QStandardItemModel model;
        QStandardItem *item = paper(u"graph neural networks"_qs);
        model.appendRow(item);
        PaperDelegate delegate;
        QCOMPARE(countPixels(render(delegate, model.index(0, 0)), isStar), 0);
        item->setData(true, PaperRoles::BookmarkedRole);
        QVERIFY(countPixels(render(delegate, model.index(0, 0)), isStar) > 10);
        item->setData(false, PaperRoles::ReadRole);
        const QImage unread = render(delegate, model.index(0, 0));
        item->setData(true, PaperRoles::ReadRole);
        QVERIFY(render(delegate, model.index(0, 0)) != unread);
        const QImage noLists = render(delegate, model.index(0, 0));
        item->setData(QStringList{u"to read"_qs}, PaperRoles::ListsRole);
        QVERIFY(render(delegate, model.index(0, 0)) != noLists);
    }

    // Issue 15 item 5: the card names the fields that matched with badges in the highlight colour.
    void matchedFields_arePaintedAsBadges()
    {
        QStandardItemModel model;
        QStandardItem *item = paper(u"graph neural networks"_qs);
        model.appendRow(item);
        PaperDelegate delegate;
        QVERIFY(PaperDelegate::badges(model.index(0, 0)).isEmpty());
        const QImage none = render(delegate, model.index(0, 0));
        QCOMPARE(countPixels(none, isHighlight), 0);
        item->setData(int(SearchQuery::Authors | SearchQuery::Abstract), PaperRoles::MatchedFieldsRole);
        QCOMPARE(PaperDelegate::badges(model.index(0, 0)), (QStringList{u"authors"_qs, u"abstract"_qs}));
        const QImage two = render(delegate, model.index(0, 0));
        QVERIFY(countPixels(two, isHighlight) > 100);
        item->setData(int(SearchQuery::Tldr), PaperRoles::MatchedFieldsRole);
        QCOMPARE(PaperDelegate::badges(model.index(0, 0)), QStringList{u"tl;dr"_qs});
        const QImage one = render(delegate, model.index(0, 0));
        QVERIFY(countPixels(one, isHighlight) > 20);
        QVERIFY(countPixels(one, isHighlight) < countPixels(two, isHighlight));
    }

    void selectedRows_paintTheStyleSelection()
    {
        QStandardItemModel model;
        model.appendRow(paper(u"graph neural networks"_qs));
        PaperDelegate delegate;
        const QPalette palette = m_list.palette();
        const auto isSelection = [&](QColor c) {
            return c == palette.color(QPalette::Active, QPalette::Highlight)
                || c == palette.color(QPalette::Inactive, QPalette::Highlight);
        };
        QCOMPARE(countPixels(render(delegate, model.index(0, 0)), isSelection), 0);
        const QImage selected = render(delegate, model.index(0, 0), true);
        QVERIFY(countPixels(selected, isSelection) > selected.width() * 10);
    }

    void toolTip_isPlainTextWithRenderedTex()
    {
        QStandardItemModel model;
        QStandardItem *item = paper(u"<b>not bold</b> with $\\alpha$"_qs);
        item->setData(QStringList{u"Ann <i>Lee</i>"_qs}, PaperRoles::AuthorsRole);
        model.appendRow(item);
        QCOMPARE(PaperDelegate::toolTipText(model.index(0, 0)), u"<b>not bold</b> with α\nAnn <i>Lee</i>"_qs);
    }

    void labelText_addsYearAndVenueWhereKnown()
    {
        QStandardItemModel model;
        model.appendRow(paper(u"Plain"_qs));
        QStandardItem *titled = paper(u"Kernel methods"_qs);
        titled->setData(u"Kernel methods"_qs, PaperRoles::TitleRole);
        titled->setData(2021, PaperRoles::YearRole);
        titled->setData(u"ICLR"_qs, PaperRoles::VenueRole);
        model.appendRow(titled);
        QStandardItem *venueOnly = paper(u"Plain"_qs);
        venueOnly->setData(u"JMLR"_qs, PaperRoles::VenueRole);
        venueOnly->setData(true, PaperRoles::TruncatedRole);
        model.appendRow(venueOnly);
        QCOMPARE(PaperDelegate::labelText(model.index(0, 0)), u"Xu, Zhang et al."_qs);
        QCOMPARE(PaperDelegate::labelText(model.index(1, 0)), u"Xu, Zhang et al. · 2021 · ICLR"_qs);
        QCOMPARE(PaperDelegate::labelText(model.index(2, 0)), u"Xu, Zhang et al. · JMLR · truncated"_qs);
    }
};

QTEST_MAIN(TestPaperDelegate)
#include "tst_paperdelegate.moc"
