#include "widgets/appearance.h"
#include "widgets/appearancemenu.h"
#include "reading/detailview.h"
#include "facets/filterchipbar.h"
#include "search/paperdelegate.h"
#include "corpus/papermodel.h"
#include "widgets/safetextbrowser.h"

#include <QAction>
#include <QApplication>
#include <QHash>
#include <QListView>
#include <QPainter>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStyle>
#include <QTest>

namespace {
using Mode = Appearance::Mode;

// What a reader sees in a region: the colour most of it has (the background) and, of the rest,
// the pixel that stands out most from it (the core of a glyph).
struct Seen
{
    QColor background;
    QColor ink;
    double contrast() const { return Appearance::contrast(background, ink); }
};

Seen look(const QImage &image, const QRect &region)
{
    QHash<QRgb, int> counts;
    for (int y = region.top(); y <= region.bottom(); ++y)
        for (int x = region.left(); x <= region.right(); ++x)
            ++counts[image.pixel(x, y)];
    QRgb background = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() > counts.value(background))
            background = it.key();
    Seen seen{QColor(background), QColor(background)};
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (Appearance::contrast(seen.background, QColor(it.key())) > seen.contrast())
            seen.ink = QColor(it.key());
    return seen;
}

QString describe(const Seen &seen)
{
    return QStringLiteral("ink %1 on %2: contrast %3")
        .arg(seen.ink.name(), seen.background.name())
        .arg(seen.contrast(), 0, 'f', 2);
}

QStandardItem *paper()
{
    auto *item = new QStandardItem;
    const QString headline = u"Graph neural networks that read well in the dark, at any scale, again and again"_qs;
    item->setData(u"Xu, Zhang et al."_qs, PaperRoles::AuthorLabelRole);
    item->setData(QStringList{u"Ada Xu"_qs, u"Bo Zhang"_qs}, PaperRoles::AuthorsRole);
    item->setData(headline, PaperRoles::HeadlineRole);
    item->setData(true, PaperRoles::HeadlineIsTldrRole);
    item->setData(headline, PaperRoles::TldrRole);
    item->setData(u"An abstract about graphs."_qs, PaperRoles::AbstractRole);
    item->setData(u"p1"_qs, PaperRoles::IdRole);
    item->setData(12, PaperRoles::SourceLineRole);
    return item;
}


QStringList coloursIn(const QString &html, const QString &pattern)
{
    QStringList colours;
    auto it = QRegularExpression(pattern).globalMatch(html);
    while (it.hasNext())
        colours << it.next().captured(1);
    return colours;
}
} // namespace

class TestAppearance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }
    void cleanup() { Appearance::apply(Mode::System); }

    void modeNames_roundTrip_data()
    {
        QTest::addColumn<Mode>("mode");
        QTest::newRow("system") << Mode::System;
        QTest::newRow("light") << Mode::Light;
        QTest::newRow("dark") << Mode::Dark;
    }
    void modeNames_roundTrip()
    {
        QFETCH(Mode, mode);
        QCOMPARE(Appearance::modeFromName(Appearance::modeName(mode)), mode);
        QCOMPARE(Appearance::modeFromName(u"purple"_qs, Mode::Light), Mode::Light);
    }

    void menuChoice_isAppliedAtOnce_savedAndCheckedNextTime()
    {
        QVERIFY(!Appearance::isDark(QApplication::palette()));
        AppearanceMenu menu;
        QCOMPARE(menu.checkedMode(), Mode::System);
        menu.findChild<QAction *>(u"appearance_dark"_qs)->trigger();
        QVERIFY(Appearance::isDark(QApplication::palette()));
        QCOMPARE(QApplication::style()->name().toLower(), u"fusion"_qs);
        QCOMPARE(QSettings().value(QLatin1String(Appearance::kSettingsKey)).toString(), u"dark"_qs);
        QCOMPARE(Appearance::savedMode(), Mode::Dark);
        QCOMPARE(AppearanceMenu().checkedMode(), Mode::Dark);

        menu.findChild<QAction *>(u"appearance_system"_qs)->trigger();
        QVERIFY(!Appearance::isDark(QApplication::palette()));
        QCOMPARE(AppearanceMenu().checkedMode(), Mode::System);
    }

    void paletteChange_reachesWidgets()
    {
        QListView list;
        Appearance::apply(Mode::Dark);
        QTRY_VERIFY(Appearance::isDark(list.palette()));
        Appearance::apply(Mode::Light);
        QTRY_VERIFY(!Appearance::isDark(list.palette()));
    }

    void delegateText_keepsContrast_data()
    {
        QTest::addColumn<Mode>("mode");
        QTest::addColumn<bool>("selected");
        QTest::addColumn<bool>("matched");
        for (Mode mode : {Mode::Light, Mode::Dark})
            for (bool selected : {false, true})
                for (bool matched : {false, true})
                    QTest::addRow("%s%s%s", qPrintable(Appearance::modeName(mode)), selected ? " selected" : "",
                                  matched ? " matched" : "")
                        << mode << selected << matched;
    }
    void delegateText_keepsContrast()
    {
        QFETCH(Mode, mode);
        QFETCH(bool, selected);
        QFETCH(bool, matched);
        Appearance::apply(mode);
        QStandardItemModel model;
        model.appendRow(paper());
        const QModelIndex index = model.index(0, 0);
        if (matched) // every word of the headline, so the highlight is what the text sits on
            model.setData(index, QVariant::fromValue(QList<int>{0, 200}), PaperRoles::HeadlineMatchesRole);
        QListView list;
        PaperDelegate delegate;
        QStyleOptionViewItem option;
        option.initFrom(&list);
        option.palette = QApplication::palette();
        option.widget = &list;
        option.rect = QRect(0, 0, 500, delegate.sizeHint(option, index).height());
        option.state = QStyle::State_Enabled | (selected ? QStyle::State_Selected | QStyle::State_Active : QStyle::State_None);
        QImage image(option.rect.size(), QImage::Format_RGB32);
        image.fill(option.palette.color(QPalette::Base)); // what the view paints under its rows
        QPainter painter(&image);
        delegate.paint(&painter, option, index);
        painter.end();

        // Comfortable density: the author line, then the headline (after its TL;DR chip).
        const int label = QFontMetrics(option.font).height() * 9 / 10;
        const QRect headline(150, label + 5, 300, QFontMetrics(option.font).height() - 2);
        const Seen seen = look(image, headline);
        QVERIFY2(seen.contrast() >= 4.5, qPrintable(describe(seen)));
        if (mode == Mode::Dark && !selected && !matched)
            QVERIFY2(Appearance::luminance(seen.background) < 0.05, qPrintable(describe(seen)));
    }

    void detailPane_followsThePalette_andKeepsContrast_data()
    {
        QTest::addColumn<Mode>("mode");
        QTest::newRow("light") << Mode::Light;
        QTest::newRow("dark") << Mode::Dark;
    }
    void detailPane_followsThePalette_andKeepsContrast()
    {
        QFETCH(Mode, mode);
        QStandardItemModel model;
        model.appendRow(paper());
        DetailView view;
        view.resize(500, 400);
        view.setCurrentIndex(model.index(0, 0));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        Appearance::apply(mode); // after the paper is shown: the pane must build it again

        QTRY_COMPARE(Appearance::isDark(view.browser()->palette()), mode == Mode::Dark);
        const QPalette palette = view.browser()->palette();
        const QString html = view.browser()->toHtml();
        const QStringList inks = coloursIn(html, u"[^-]color:(#[0-9a-f]{6})"_qs);
        QVERIFY2(inks.contains(Appearance::dimText(palette).name()), qPrintable(inks.join(u' ')));
        for (const QString &ink : inks)
            QVERIFY2(Appearance::contrast(ink, palette.color(QPalette::Base)) >= 4.5, qPrintable(ink));
        const QStringList boxes = coloursIn(html, u"bgcolor=\"(#[0-9a-f]{6})\""_qs);
        QVERIFY(!boxes.isEmpty());
        for (const QString &box : boxes)
            QVERIFY2(Appearance::contrast(box, palette.color(QPalette::Text)) >= 7, qPrintable(box));

        const QImage shot = view.browser()->viewport()->grab().toImage();
        const Seen seen = look(shot, shot.rect());
        QCOMPARE(Appearance::isDark(palette), Appearance::luminance(seen.background) < 0.2);
        QVERIFY2(seen.contrast() >= 7, qPrintable(describe(seen)));
    }

    void filterChips_takeReadableColours_whenThePaletteChanges()
    {
        FilterChipBar bar;
        const QList<FilterChipBar::Kind> kinds{FilterChipBar::Kind::Query, FilterChipBar::Kind::Include,
                                               FilterChipBar::Kind::Exclude, FilterChipBar::Kind::Scope};
        QList<FilterChipBar::Chip> chips;
        for (FilterChipBar::Kind kind : kinds)
            chips.append({QString::number(int(kind)), u"chip"_qs, kind});
        bar.setChips(chips);
        for (Mode mode : {Mode::Light, Mode::Dark}) {
            Appearance::apply(mode);
            QTRY_COMPARE(Appearance::isDark(bar.palette()), mode == Mode::Dark);
            const QColor window = bar.palette().color(QPalette::Window);
            const QList<QFrame *> frames = bar.findChildren<QFrame *>(u"filterChip"_qs);
            QCOMPARE(frames.size(), kinds.size());
            for (QFrame *frame : frames) {
                const auto kind = FilterChipBar::Kind(frame->property("chipKind").toInt());
                const QColor ink = Appearance::accent(FilterChipBar::accentOf(kind), bar.palette());
                QVERIFY2(frame->styleSheet().contains(ink.name()), qPrintable(frame->styleSheet()));
                QVERIFY2(Appearance::contrast(ink, window) >= 4.5,
                         qPrintable(ink.name() + u" on "_qs + window.name()));
            }
        }
    }
};

QTEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
