#include "corpus/corpusparser.h"
#include "text/texconverter.h"
#include "text/texmathfinder.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

class TestTexConverter : public QObject
{
    Q_OBJECT

private slots:
    // A one-character argument outside the BMP is two UTF-16 units: both stay inside the markup
    // (splitting them left lone surrogates around <b> — fuzz_texconverter's crash-2067c124).
    void argumentOutsideTheBmp_keepsItsSurrogatePairWhole()
    {
        const QString emoji = QString::fromUcs4(U"\U0001F600");
        for (const QString &tex : {u"\\bm"_qs + emoji, u"$x^"_qs + emoji + u"$"_qs, u"\\textbf"_qs + emoji}) {
            const QString html = TexConverter::toHtml(tex);
            QVERIFY2(html.contains(emoji), qPrintable(html));
            for (qsizetype i = 0; i < html.size(); ++i) {
                if (html[i].isHighSurrogate())
                    QVERIFY2(i + 1 < html.size() && html[i + 1].isLowSurrogate(), qPrintable(tex));
                else if (html[i].isLowSurrogate())
                    QVERIFY2(i > 0 && html[i - 1].isHighSurrogate(), qPrintable(tex));
            }
            const QString plain = TexConverter::toPlainText(tex);
            QVERIFY2(plain.contains(emoji), qPrintable(plain));
        }
    }

    void plainText_rendersTexReadably_data()
    {
        QTest::addColumn<QString>("tex");
        QTest::addColumn<QString>("plain");
        const QList<std::pair<const char *, const char *>> rows = {
            {"no tex at all", "no tex at all"},
            {"$\\alpha$ and $\\pm$, $\\leq$, $\\infty$", "α and ±, ≤, ∞"},
            {"$\\mathbb{R}^d$", "ℝᵈ"},
            {"$\\mathcal{O}(N)$", "𝒪(N)"},
            {"$x^2 + y_1$", "x² + y₁"},
            {"$x^{\\theta}$", "x^θ"},
            {"$\\ell_{2/L}$", "ℓ_(2/L)"},
            {"$\\frac{a}{b}$", "a/b"},
            {"$\\frac{1}{n+1}$", "1/(n+1)"},
            {"$\\sqrt{n}$ and $\\sqrt{kN}$", "√n and √(kN)"},
            {"$\\text{nnz}(\\mathbf{A})$", "nnz(A)"},
            {"$\\mathrm{softmax}$", "softmax"},
            {"5\\% of \\$10 in my\\_var", "5% of $10 in my_var"},
            {"$95.1\\%$ accuracy", "95.1% accuracy"},
            {"\\emph{very} \\textbf{bold}", "very bold"},
            {"256$\\times$256 pixels", "256×256 pixels"},
            {"$\\widetilde{O}(1)$", "Õ(1)"},
            {"$$ \\log n $$", "log n"},
            {"$ \\pm \\varepsilon n$", "± ε n"},
            {"${\\large S}$", "S"},
            {"$\\max\\{d_x+1,d_y\\}$", "max{dₓ+1,d_y}"},
            {"costs $5 and $10 today", "costs $5 and $10 today"},
            {"a lone $ sign", "a lone $ sign"},
            {"\\textquotedblleft quoted\\textquotedblright", "“quoted”"},
            {"see \\url{https://example.org}", "see https://example.org"},
        };
        for (const auto &[tex, plain] : rows)
            QTest::newRow(tex) << QString::fromUtf8(tex) << QString::fromUtf8(plain);
    }

    void plainText_rendersTexReadably()
    {
        QFETCH(QString, tex);
        QFETCH(QString, plain);
        QCOMPARE(TexConverter::toPlainText(tex), plain);
    }

    void html_usesSupSubAndEscapesEveryPiece_data()
    {
        QTest::addColumn<QString>("tex");
        QTest::addColumn<QString>("html");
        QTest::newRow("sup") << u"$x^{2}$"_qs << u"x<sup>2</sup>"_qs;
        QTest::newRow("sub") << u"$\\beta_2$"_qs << u"β<sub>2</sub>"_qs;
        QTest::newRow("less than in math") << u"$p<N$"_qs << u"p&lt;N"_qs;
        QTest::newRow("tags in plain text") << u"<b>x</b> $a$"_qs << u"&lt;b&gt;x&lt;/b&gt; a"_qs;
        QTest::newRow("tags in text command") << u"$\\text{<img src=x>}$"_qs << u"&lt;img src=x&gt;"_qs;
        QTest::newRow("web link") << u"\\url{https://a.org/?q=\"x\"}"_qs
                                  << u"<a href=\"https://a.org/?q=&quot;x&quot;\">https://a.org/?q=&quot;x&quot;</a>"_qs;
        QTest::newRow("file link is text") << u"\\url{file:///etc/passwd}"_qs << u"file:///etc/passwd"_qs;
        QTest::newRow("unknown command kept") << u"$\\foo{x}$"_qs << u"$\\foo{x}$"_qs;
    }

    void html_usesSupSubAndEscapesEveryPiece()
    {
        QFETCH(QString, tex);
        QFETCH(QString, html);
        QCOMPARE(TexConverter::toHtml(tex), html);
    }

    void html_passesPlainPiecesThroughTheEscaper()
    {
        const auto mark = [](const QString &s) { return u'[' + s.toHtmlEscaped() + u']'; };
        QCOMPARE(TexConverter::toHtml(u"so $\\alpha^2$ <"_qs, mark), u"[so ][α]<sup>[2]</sup>[ &lt;]"_qs);
    }

    void malformedTex_isKeptAsWritten_data()
    {
        QTest::addColumn<QString>("tex");
        for (const char *s : {"$\\unknowncommand$", "$a^{b$", "${$", "$}$", "$x^$", "$\\frac{a}$", "$\\sqrt$",
                              "\\emph{never closed", "$\\mathbb{$", "$\\", "\\", "$$", "$$$", "$$ a $",
                              "$\\url{x$", "$x_{_{_{_{_{_{_{_{_{_{_{_{_{_{_{_{_{_{_{_{_{_{_{_{_{_{_{_{_{_{_{_{_{y}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}$"})
            QTest::newRow(s) << QString::fromUtf8(s);
    }

    void malformedTex_isKeptAsWritten()
    {
        QFETCH(QString, tex);
        QCOMPARE(TexConverter::toPlainText(tex), tex);
        QCOMPARE(TexConverter::toHtml(tex), tex.toHtmlEscaped());
    }

    // Issue 17, finding 1: 20,000 nested \bm killed the window (SIGSEGV) when the paper was shown.
    void deepNesting_isShownAsWritten_data()
    {
        QTest::addColumn<QString>("tex");
        QTest::newRow("\\bm x20000") << u"\\bm"_qs.repeated(20'000) + u" x"_qs;
        QTest::newRow("\\textbf{ x20000") << u"\\textbf{"_qs.repeated(20'000) + u"x"_qs + u"}"_qs.repeated(20'000);
        QTest::newRow("\\sqrt x20000 in math") << u"$"_qs + u"\\sqrt"_qs.repeated(20'000) + u" x$"_qs;
        QTest::newRow("\\href{a} x20000") << u"\\href{a}"_qs.repeated(20'000) + u"x"_qs;
        QTest::newRow("x^{ x500 in math") << u"$x"_qs + u"^{x"_qs.repeated(500) + u"}"_qs.repeated(500) + u"$"_qs;
    }

    void deepNesting_isShownAsWritten()
    {
        QFETCH(QString, tex);
        // Beyond the bound the commands stay as written; the innermost levels, within it, still render.
        const QString prefix = tex.left(10'000);
        QVERIFY(TexConverter::toPlainText(tex).startsWith(prefix));
        QVERIFY(TexConverter::toHtml(tex).startsWith(prefix.toHtmlEscaped()));
    }

    void realNesting_isStillRendered()
    {
        QCOMPARE(TexConverter::toPlainText(u"$\\bm{\\bm{\\mathbf{x}}}$ and \\textbf{\\emph{\\textbf{y}}}"_qs), u"x and y"_qs);
        QCOMPARE(TexConverter::toPlainText(u"$x^{y^{z^{w}}}$"_qs), u"x^(y^(zʷ))"_qs);
    }

    // Issue 17, finding 2: `$1` and `$1$1…` at 64–100 KB took 11–39 s per conversion (the timings are
    // in skimmer-tex-bench); the text is kept, and every span still maps inside the output.
    void manyDollars_areKeptAndSpansMapped_data()
    {
        QTest::addColumn<QString>("tex");
        QTest::newRow("$1 x32768") << u"$1"_qs.repeated(32'768);
        QTest::newRow("$1$1 x25000") << u"$1$1"_qs.repeated(25'000);
        QTest::newRow("$ x100000") << u"$"_qs.repeated(100'000);
        QTest::newRow("\\url{ x20000") << u"\\url{"_qs.repeated(20'000);
    }

    void manyDollars_areKeptAndSpansMapped()
    {
        QFETCH(QString, tex);
        QList<int> spans;
        for (int i = 0; i + 5 < tex.size(); i += 7)
            spans << i << 5;
        const QString plain = TexConverter::toPlainText(tex, &spans);
        for (qsizetype i = 0; i + 1 < spans.size(); i += 2)
            QVERIFY(spans[i] >= 0 && spans[i + 1] > 0 && spans[i] + spans[i + 1] <= plain.size());
        QCOMPARE(TexConverter::toHtml(tex).isEmpty(), plain.isEmpty());
    }

    // The linear finder against the scan it replaced, on random text made of the characters that matter.
    void mathFinder_agreesWithScanningEveryDollar()
    {
        auto reference = [](QStringView s, qsizetype from, bool display) -> qsizetype {
            const qsizetype limit = std::min(s.size(), from + 40);
            for (qsizetype i = from; i < limit; ++i) {
                if (s[i] == u'\\') {
                    ++i;
                    continue;
                }
                if (s[i] != u'$')
                    continue;
                if (display)
                    return i + 1 < s.size() && s[i + 1] == u'$' ? i : -1;
                const QStringView inner = s.sliced(from, i - from);
                const bool tex = inner.contains(u'\\') || inner.contains(u'^') || inner.contains(u'_');
                if (i + 1 < s.size() && s[i + 1].isDigit() && !tex)
                    continue;
                return i;
            }
            return -1;
        };
        QRandomGenerator rng(17);
        const QString alphabet = u"$$$\\1a ^_"_qs;
        for (int round = 0; round < 2000; ++round) {
            QString s;
            for (int k = 0, n = rng.bounded(1, 120); k < n; ++k)
                s += alphabet[rng.bounded(int(alphabet.size()))];
            const TexMathFinder finder(s, 40);
            for (qsizetype i = 0; i < s.size(); ++i) {
                if (s[i] != u'$' || (i > 0 && s[i - 1] == u'\\'))
                    continue;
                QCOMPARE(finder.findClose(i + 1, false), reference(s, i + 1, false));
                if (i + 1 < s.size() && s[i + 1] == u'$')
                    QCOMPARE(finder.findClose(i + 2, true), reference(s, i + 2, true));
            }
        }
    }

    void spans_areMappedOntoRenderedText()
    {
        // "the $\alpha$ value": "the" [0,3), "$\alpha$" [4,12), "value" [13,18)
        QList<int> spans = {0, 3, 4, 8, 13, 5};
        const QString out = TexConverter::toPlainText(u"the $\\alpha$ value"_qs, &spans);
        QCOMPARE(out, u"the α value"_qs);
        QCOMPARE(spans, (QList<int>{0, 3, 4, 1, 6, 5}));
    }

    void shippedCorpus_hasNoDollarLeftAndLosesNoWord()
    {
        const CorpusParser::Result r = CorpusParser::parseFile(QStringLiteral(SKIMMER_SHIPPED_CORPUS));
        QVERIFY(r.ok());
        int withMath = 0;
        const QRegularExpression word(u"(?<![\\\\a-zA-Z])[a-zA-Z]{4,}"_qs);
        for (qsizetype i = 0; i < r.corpus->size(); ++i) {
            const QString source = r.corpus->abstract(i);
            if (!source.contains(u'$'))
                continue;
            ++withMath;
            const QString plain = TexConverter::toPlainText(source);
            const QString html = TexConverter::toHtml(source);
            QVERIFY2(!plain.contains(u'$'), qPrintable(plain));
            QVERIFY2(!html.contains(u'$'), qPrintable(html));
            for (auto it = word.globalMatch(source); it.hasNext();) {
                const QString w = it.next().captured();
                QVERIFY2(plain.contains(w), qPrintable(QStringLiteral("lost \"%1\" in paper %2").arg(w).arg(i)));
            }
        }
        QCOMPARE(withMath, 74);
    }
};

QTEST_GUILESS_MAIN(TestTexConverter)
#include "tst_texconverter.moc"
