// Acronym mining (models/acronyms): the time to mine a corpus's acronym–expansion pairs, wall and
// CPU (all threads), median of 5, and how many pairs it finds.
// Usage: skimmer-acronym-bench [--list] [corpus files…]   (default: the shipped corpus); --list
// prints every pair (acronym, count, expansion) of each corpus, to judge them.
#include "acronyms/acronymminer.h"
#include "corpus/corpusreader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <ctime>

namespace {
double cpuMs()
{
    return double(std::clock()) * 1000.0 / CLOCKS_PER_SEC;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList files = app.arguments().mid(1);
    const bool list = files.removeAll(u"--list"_qs) > 0;
    if (files.isEmpty())
        files = {QStringLiteral(SKIMMER_SHIPPED_CORPUS)};
    QTextStream out(stdout);
    out << "papers    | pairs | mine ms (median of 5) | mine CPU ms\n";
    for (const QString &file : files) {
        const auto read = CorpusReader::readFile(file);
        if (!read.corpus) {
            qCritical("cannot read %s", qPrintable(file));
            return 1;
        }
        std::vector<double> wall, cpu;
        std::shared_ptr<const AcronymTable> table;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer timer;
            timer.start();
            const double c0 = cpuMs();
            table = AcronymMiner::mine(*read.corpus);
            cpu.push_back(cpuMs() - c0);
            wall.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        out << QString::number(read.corpus->size()).leftJustified(9) << " | " << QString::number(table->pairs().size()).rightJustified(5)
            << " | " << QString::number(median(wall), 'f', 1).rightJustified(21) << " | "
            << QString::number(median(cpu), 'f', 1).rightJustified(11) << '\n';
        if (list)
            for (const auto &p : table->pairs())
                out << "  " << p.acronymText << " (" << p.count << "): " << p.expansionText() << '\n';
        out.flush();
    }
    return 0;
}
