#include "facets/arxivtaxonomy.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>
#include <iterator>

namespace {
struct Entry
{
    const char *code;
    const char *name;
};

// Sorted by code (checked on first use); names as arXiv writes them.
constexpr Entry kEntries[] = {
    {"astro-ph", QT_TRANSLATE_NOOP("ArxivTaxonomy", "Astrophysics")},
    {"cond-mat", QT_TRANSLATE_NOOP("ArxivTaxonomy", "Condensed Matter")},
    {"cs", QT_TRANSLATE_NOOP("ArxivTaxonomy", "Computer Science")},
    {"cs.AI", QT_TRANSLATE_NOOP("ArxivTaxonomy", "Artificial Intelligence")},
    {"cs.AR", QT_TRANSLATE_NOOP("ArxivTaxonomy", "Hardware Architecture")},
    {"cs.CC", QT_TRANSLATE_NOOP("ArxivTaxonomy", "Computational Complexity")},
    {"cs.CE", QT_TRANSLATE_NOOP("ArxivTaxonomy", "Computational Engineering")},
    {"cs.CG", QT_TRANSLATE_NOOP("ArxivTaxonomy", "Computational Geometry")},
    {"cs.CL", QT_TRANSLATE_NOOP("ArxivTaxonomy", "Computation and Language")},
    {"cs.CR", QT_TRANSLATE_NOOP("ArxivTaxonomy", "Cryptography and Security")},
    {"cs.CV", QT_TRANSLATE_NOOP("ArxivTaxonomy", "Computer Vision")},
    {"cs.CY", QT_TRANSLATE_NOOP("ArxivTaxonomy", "Computers and Society")},
    {"cs.DB", QT_TRANSLATE_NOOP("ArxivTaxonomy", "Databases")},
    {"cs.DC", QT_TRANSLATE_NOOP("ArxivTaxonomy", "Distributed Computing")},
    {"cs.DL", QT_TRANSLATE_NOOP("ArxivTaxonomy", "Digital Libraries")},
    {"cs.DS", QT_TRANSLATE_NOOP("ArxivTaxonomy", "Data Structures and Algorithms")},
    {"cs.GT", QT_TRANSLATE_NOOP("ArxivTaxonomy", "Game Theory")},
    {"cs.HC", QT_TRANSLATE_NOOP("ArxivTaxonomy", "Human-Computer Interaction")},
    {"cs.IR", QT_TRANSLATE_NOOP("ArxivTaxonomy", "Information Retrieval")},
    {"cs.IT", QT_TRANSLATE_NOOP("ArxivTaxonomy", "Information Theory")},
    {"cs.LG", QT_TRANSLATE_NOOP("ArxivTaxonomy", "Machine Learning")},
    {"cs.LO", QT_TRANSLATE_NOOP("ArxivTaxonomy", "Logic in Computer Science")},
    {"cs.MA", QT_TRANSLATE_NOOP("ArxivTaxonomy", "Multiagent Systems")},
    {"cs.NE", QT_TRANSLATE_NOOP("ArxivTaxonomy", "Neural and Evolutionary Computing")},
    {"cs.NI", QT_TRANSLATE_NOOP("ArxivTaxonomy", "Networking")},
    {"cs.PL", QT_TRANSLATE_NOOP("ArxivTaxonomy", "Programming Languages")},
    {"cs.RO", QT_TRANSLATE_NOOP("ArxivTaxonomy", "Robotics")},
    {"cs.SD", QT_TRANSLATE_NOOP("ArxivTaxonomy", "Sound")},
    {"cs.SE", QT_TRANSLATE_NOOP("ArxivTaxonomy", "Software Engineering")},
    {"cs.SI", QT_TRANSLATE_NOOP("ArxivTaxonomy", "Social and Information Networks")},
    {"econ", QT_TRANSLATE_NOOP("ArxivTaxonomy", "Economics")},
    {"eess", QT_TRANSLATE_NOOP("ArxivTaxonomy", "Electrical Engineering and Systems Science")},
    {"eess.AS", QT_TRANSLATE_NOOP("ArxivTaxonomy", "Audio and Speech Processing")},
    {"eess.IV", QT_TRANSLATE_NOOP("ArxivTaxonomy", "Image and Video Processing")},
    {"eess.SP", QT_TRANSLATE_NOOP("ArxivTaxonomy", "Signal Processing")},
    {"eess.SY", QT_TRANSLATE_NOOP("ArxivTaxonomy", "Systems and Control")},
    {"gr-qc", QT_TRANSLATE_NOOP("ArxivTaxonomy", "General Relativity and Quantum Cosmology")},
    {"hep-ex", QT_TRANSLATE_NOOP("ArxivTaxonomy", "High Energy Physics – Experiment")},
    {"hep-ph", QT_TRANSLATE_NOOP("ArxivTaxonomy", "High Energy Physics – Phenomenology")},
    {"hep-th", QT_TRANSLATE_NOOP("ArxivTaxonomy", "High Energy Physics – Theory")},
    {"math", QT_TRANSLATE_NOOP("ArxivTaxonomy", "Mathematics")},
    {"math.NA", QT_TRANSLATE_NOOP("ArxivTaxonomy", "Numerical Analysis")},
    {"math.OC", QT_TRANSLATE_NOOP("ArxivTaxonomy", "Optimization and Control")},
    {"math.PR", QT_TRANSLATE_NOOP("ArxivTaxonomy", "Probability")},
    {"math.ST", QT_TRANSLATE_NOOP("ArxivTaxonomy", "Statistics Theory")},
    {"nlin", QT_TRANSLATE_NOOP("ArxivTaxonomy", "Nonlinear Sciences")},
    {"physics", QT_TRANSLATE_NOOP("ArxivTaxonomy", "Physics")},
    {"physics.comp-ph", QT_TRANSLATE_NOOP("ArxivTaxonomy", "Computational Physics")},
    {"physics.data-an", QT_TRANSLATE_NOOP("ArxivTaxonomy", "Data Analysis, Statistics and Probability")},
    {"q-bio", QT_TRANSLATE_NOOP("ArxivTaxonomy", "Quantitative Biology")},
    {"q-bio.NC", QT_TRANSLATE_NOOP("ArxivTaxonomy", "Neurons and Cognition")},
    {"q-bio.QM", QT_TRANSLATE_NOOP("ArxivTaxonomy", "Quantitative Methods")},
    {"q-fin", QT_TRANSLATE_NOOP("ArxivTaxonomy", "Quantitative Finance")},
    {"quant-ph", QT_TRANSLATE_NOOP("ArxivTaxonomy", "Quantum Physics")},
    {"stat", QT_TRANSLATE_NOOP("ArxivTaxonomy", "Statistics")},
    {"stat.AP", QT_TRANSLATE_NOOP("ArxivTaxonomy", "Applications")},
    {"stat.CO", QT_TRANSLATE_NOOP("ArxivTaxonomy", "Computation")},
    {"stat.ME", QT_TRANSLATE_NOOP("ArxivTaxonomy", "Methodology")},
    {"stat.ML", QT_TRANSLATE_NOOP("ArxivTaxonomy", "Machine Learning")},
    {"stat.TH", QT_TRANSLATE_NOOP("ArxivTaxonomy", "Statistics Theory")},
};
} // namespace

QString ArxivTaxonomy::groupOf(const QString &category)
{
    const qsizetype dot = category.indexOf(u'.');
    return dot > 0 ? category.first(dot) : category;
}

QString ArxivTaxonomy::nameOf(const QString &code)
{
    const QByteArray key = code.toLatin1();
    const auto less = [](const Entry &e, const char *k) { return std::strcmp(e.code, k) < 0; };
    const auto it = std::lower_bound(std::begin(kEntries), std::end(kEntries), key.constData(), less);
    if (it == std::end(kEntries) || std::strcmp(it->code, key.constData()) != 0)
        return {};
    return QCoreApplication::translate("ArxivTaxonomy", it->name);
}
