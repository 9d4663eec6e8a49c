// Prints how long TeX conversion takes on hostile abstracts up to the line limit (100 KB): the
// dollar runs that were quadratic (11–39 s), nesting past the depth bound, unclosed braces, and the
// shipped corpus for comparison; the last line is the worst case.
// Usage: skimmer-tex-bench [repeats]   (default 3; the median is printed)
#include "corpus/corpusparser.h"
#include "text/texconverter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

namespace {
struct Case
{
    const char *name;
    QString text;
};

double medianMs(int repeats, const std::function<void()> &fn)
{
    std::vector<double> times;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer t;
        t.start();
        fn();
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int repeats = argc > 1 ? std::max(1, atoi(argv[1])) : 3;
    const auto shipped = CorpusParser::parseFile(QStringLiteral(SKIMMER_SHIPPED_CORPUS));
    QString longest;
    for (qsizetype i = 0; shipped.ok() && i < shipped.corpus->size(); ++i)
        longest = std::max(longest, shipped.corpus->abstract(i), [](const QString &a, const QString &b) { return a.size() < b.size(); });
    const std::vector<Case> cases = {
        {"longest shipped abstract", longest},
        {"$1 x32768 (64 KB)", u"$1"_qs.repeated(32'768)},
        {"$1$1 x25000 (100 KB)", u"$1$1"_qs.repeated(25'000)},
        {"$ x100000", u"$"_qs.repeated(100'000)},
        {"$x^{2}$ x12500", u"$x^{2}$"_qs.repeated(12'500)},
        {"\\bm x33000 + x", u"\\bm"_qs.repeated(33'000) + u" x"_qs},
        {"\\textbf{ x12000 (unclosed)", u"\\textbf{"_qs.repeated(12'000)},
        {"\\url{ x20000 (unclosed)", u"\\url{"_qs.repeated(20'000)},
        {"{ x1990 in $…$", u"$"_qs + u"{"_qs.repeated(1990) + u"$"_qs.repeated(50'000)},
    };
    QTextStream out(stdout);
    out << QStringLiteral("%1 | %2 | %3 | %4\n").arg(u"input"_qs, -28).arg(u"chars"_qs, 7).arg(u"toHtml ms"_qs, 10).arg(u"toPlainText+spans ms"_qs, 20);
    double worst = 0;
    QString worstName;
    for (const Case &c : cases) {
        const double html = medianMs(repeats, [&] { (void)TexConverter::toHtml(c.text); });
        const double plain = medianMs(repeats, [&] {
            QList<int> spans;
            for (int i = 0; i + 5 < c.text.size(); i += 7)
                spans << i << 5;
            (void)TexConverter::toPlainText(c.text, &spans);
        });
        out << QStringLiteral("%1 | %2 | %3 | %4\n").arg(QString::fromUtf8(c.name), -28).arg(c.text.size(), 7)
                   .arg(html, 10, 'f', 2).arg(plain, 20, 'f', 2);
        if (std::max(html, plain) > worst) {
            worst = std::max(html, plain);
            worstName = QString::fromUtf8(c.name);
        }
    }
    out << QStringLiteral("worst case: %1 ms (%2)\n").arg(worst, 0, 'f', 2).arg(worstName);
    return 0;
}
