#include "benchreport.h"

#include "benchcorpus.h"

#include <QSysInfo>
#include <QThread>

namespace BenchReport {

namespace {
QString ms(double v)
{
    return v < 0 ? QStringLiteral("–") : v < 10 ? QString::number(v, 'f', 2) : QString::number(v, 'f', v < 100 ? 1 : 0);
}

QString mb(qint64 bytes)
{
    return QString::number(double(bytes) / 1e6, 'f', bytes < 10'000'000 ? 1 : 0) + QStringLiteral(" MB");
}

const MethodTiming *find(const SizeResult &r, const QString &name)
{
    for (const MethodTiming &m : r.methods)
        if (m.name == name)
            return &m;
    return nullptr;
}

void printRatio(QTextStream &out, const SizeResult &r, const QString &baseline)
{
    const MethodTiming *ours = find(r, kOurs);
    const MethodTiming *base = find(r, baseline);
    if (!ours || !base)
        return;
    auto ratio = [](double b, double o) { return o > 0 ? QString::number(b / o, 'f', b / o < 10 ? 1 : 0) + u'×' : QStringLiteral("∞"); };
    out << "- " << baseline << " ÷ Skimmer: median " << ratio(base->median, ours->median) << ", p95 "
        << ratio(base->p95, ours->p95) << ", slowest key " << ratio(base->max, ours->max) << "; in CPU time: median "
        << ratio(base->cpuMedian, ours->cpuMedian) << ", p95 " << ratio(base->cpuP95, ours->cpuP95) << '\n';
}
// One row per facet operation: wall and CPU time over the repeats, and what the list shows after it.
void printFacets(QTextStream &out, const SizeResult &r)
{
    if (r.facets.empty())
        return;
    out << "Author facet at " << BenchCorpus::sizeLabel(r.records) << " (ms, " << r.facetRepeats
        << " repeats each; the top authors are those of `g`):\n\n"
        << "| facet operation | median | p95 | median CPU | p95 CPU | papers | listed | more |\n"
        << "|---|---:|---:|---:|---:|---:|---:|---:|\n";
    for (const FacetTiming &f : r.facets) {
        out << "| " << f.label << " | " << ms(f.median) << " | " << ms(f.p95) << " | " << ms(f.cpuMedian) << " | "
            << ms(f.cpuP95) << " | " << f.papers << " | " << f.listed << " | " << f.hidden << " |\n";
    }
    out << '\n';
}
} // namespace

void printHeader(QTextStream &out, int repeats)
{
    out << "Machine: " << QSysInfo::prettyProductName() << ", " << QThread::idealThreadCount()
        << " cores. Times in ms per keystroke, each the median of " << repeats
        << " runs of the sequence; hit counts for Skimmer / FTS5 / proxy (the proxy matches substrings,"
           " so its counts differ by design).\n\n";
}

void print(QTextStream &out, const SizeResult &r)
{
    out << "### " << BenchCorpus::sizeLabel(r.records) << " records (" << mb(r.fileBytes) << ")\n\n";
    out << "Load: parse " << ms(r.parseMs) << " ms, index " << ms(r.indexMs) << " ms, total "
        << ms(r.parseMs + std::max(0.0, r.indexMs)) << " ms (CPU " << ms(r.parseCpuMs) << " + "
        << ms(r.indexCpuMs) << " ms); peak RSS " << mb(r.peakRss) << " ("
        << QString::number(double(r.peakRss) / double(std::max<qint64>(1, r.fileBytes)), 'f', 1)
        << "× the file)";
    if (r.ftsBuildMs >= 0)
        out << "; FTS5 table built in " << ms(r.ftsBuildMs) << " ms";
    out << ".\n\n| keystroke |";
    for (const MethodTiming &m : r.methods)
        out << ' ' << m.name << " |";
    out << " hits |\n|---|";
    for (size_t i = 0; i < r.methods.size(); ++i)
        out << "---:|";
    out << "---:|\n";
    for (qsizetype k = 0; k < r.keys.size(); ++k) {
        out << "| `" << r.keys.at(k) << "` |";
        QStringList hits;
        for (const MethodTiming &m : r.methods) {
            out << ' ' << ms(m.msPerKey[size_t(k)]) << " |";
            if (m.name != kFts5Facets)
                hits << QString::number(m.hitsPerKey[size_t(k)]);
        }
        out << ' ' << hits.join(QStringLiteral(" / ")) << " |\n";
    }
    const std::pair<const char *, double MethodTiming::*> rows[] = {
        {"**median**", &MethodTiming::median}, {"**p95**", &MethodTiming::p95}, {"**slowest**", &MethodTiming::max},
        {"median CPU", &MethodTiming::cpuMedian}, {"p95 CPU", &MethodTiming::cpuP95}};
    for (const auto &[label, field] : rows) {
        const bool bold = label[0] == '*';
        out << "| " << label << " |";
        for (const MethodTiming &m : r.methods)
            out << ' ' << (bold ? "**" : "") << ms(m.*field) << (bold ? "**" : "") << " |";
        out << " |\n";
    }
    out << '\n';
    const MethodTiming *ours = find(r, kOurs);
    const MethodTiming *fts5 = find(r, kFts5);
    for (qsizetype k = 0; ours && fts5 && k < r.keys.size(); ++k) {
        if (ours->hitsPerKey[size_t(k)] != fts5->hitsPerKey[size_t(k)])
            out << "- **Differs from FTS5** on `" << r.keys.at(k) << "`: " << ours->hitsPerKey[size_t(k)] << " vs "
                << fts5->hitsPerKey[size_t(k)] << " papers\n";
    }
    printRatio(out, r, kProxy);
    printRatio(out, r, kFts5);
    printRatio(out, r, kFts5Facets);
    out << '\n';
    printFacets(out, r);
    out.flush();
}

} // namespace BenchReport
