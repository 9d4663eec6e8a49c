#include "pipeline/navigationhistory.h"

#include <QSignalSpy>
#include <QTest>

// The navigation history as the window feeds it: moves within one result list, typing, new
// queries and filters, back and forward, and a new place after going back.
class TestNavigationHistory : public QObject
{
    Q_OBJECT

    using Place = NavigationHistory::Place;

    static Place at(const QString &paper, const QString &query = {}, LibraryScope scope = LibraryScope::all())
    {
        Place p;
        p.paperId = paper;
        p.query = query;
        p.scope = scope;
        return p;
    }
    // "paper/query" per place, the current one in brackets.
    static QString dump(const NavigationHistory &h)
    {
        QStringList out;
        auto &self = const_cast<NavigationHistory &>(h);
        const int current = h.currentIndex();
        while (self.canGoBack())
            self.back();
        for (int i = 0; i < h.count(); ++i) {
            const Place p = i == 0 ? self.current() : self.forward();
            const QString s = p.paperId + u'/' + p.query;
            out << (i == current ? u'[' + s + u']' : s);
        }
        while (self.currentIndex() > current)
            self.back();
        return out.join(u' ');
    }

private slots:
    void movesWithinOneList_updateOnePlace()
    {
        NavigationHistory h;
        h.visit(at(QStringLiteral("a")));
        h.visit(at(QStringLiteral("b")));
        h.visit(at(QString())); // nothing current says nothing
        QCOMPARE(dump(h), QStringLiteral("[b/]"));
        QVERIFY(!h.canGoBack());
    }

    void typing_isOneStep_aNewQueryAnother()
    {
        NavigationHistory h;
        h.visit(at(QStringLiteral("a")));
        for (const char *q : {"n", "ne", "neu", "neural"})
            h.visit(at(QString(), QLatin1String(q)));
        h.visit(at(QStringLiteral("c"), QStringLiteral("neural")));
        h.visit(at(QString(), QStringLiteral("bandit"))); // selected all, typed another word
        QCOMPARE(dump(h), QStringLiteral("a/ c/neural [/bandit]"));
    }

    void backAndForward_returnThePlaces_aNewPlaceDropsTheOnesAhead()
    {
        NavigationHistory h;
        QSignalSpy changed(&h, &NavigationHistory::changed);
        h.visit(at(QStringLiteral("a"), QStringLiteral("x")));
        h.visit(at(QStringLiteral("b"))); // a similar paper outside the results: the query went
        h.visit(at(QStringLiteral("c"), QString(), LibraryScope::bookmarked()));
        QCOMPARE(h.back(), at(QStringLiteral("b")));
        QCOMPARE(h.back(), at(QStringLiteral("a"), QStringLiteral("x")));
        QVERIFY(!h.canGoBack());
        QCOMPARE(h.back(), at(QStringLiteral("a"), QStringLiteral("x"))); // stays at the first
        QCOMPARE(h.forward(), at(QStringLiteral("b")));
        QVERIFY(h.canGoForward());
        h.visit(at(QStringLiteral("d"), QStringLiteral("y")));
        QVERIFY(!h.canGoForward());
        QCOMPARE(dump(h), QStringLiteral("a/x b/ [d/y]"));
        QVERIFY(changed.count() >= 6);
    }

    void authorFilters_makeNewPlaces()
    {
        NavigationHistory h;
        h.visit(at(QStringLiteral("a")));
        Place p = at(QStringLiteral("a"));
        p.authors.setState(7, FacetSelection::State::Included);
        h.visit(p);
        QCOMPARE(h.count(), 2);
        QCOMPARE(h.back().authors, FacetSelection());
        QCOMPARE(h.forward().authors.state(7), FacetSelection::State::Included);
    }

    void theHistory_isBounded()
    {
        NavigationHistory h;
        for (int i = 0; i < NavigationHistory::maxPlaces + 20; ++i)
            h.visit(at(QString::number(i), QStringLiteral("q%1 ").arg(i).repeated(2)));
        QCOMPARE(h.count(), NavigationHistory::maxPlaces);
        QCOMPARE(h.current().paperId, QString::number(NavigationHistory::maxPlaces + 19));
    }
};

QTEST_APPLESS_MAIN(TestNavigationHistory)
#include "tst_navigationhistory.moc"
