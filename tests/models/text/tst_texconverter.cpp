#include "corpus/corpusparser.h"
#include "text/texconverter.h"

#include <QRegularExpression>
#include <QTest>

class TestTexConverter : public QObject
{
    Q_OBJECT

private slots:
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
