#pragma once

#include "corpus/corpus.h"
#include "corpus/corpusformatter.h"

#include <QByteArray>
#include <QCommandLineParser>

#include <algorithm>
#include <vector>

// The command line's metadata facets: --year, --category and --venue keep the papers holding any
// of the values given (a category group such as `cs` names all its categories, a year may be a
// range 2015..2019), and --facets --facet year|category|venue|keyword prints the counts of the
// matching papers per value (years in order, the others most frequent first).
namespace CliFieldFacets {

// Keeps the rows (and their scores, if any) for which keep(row) holds, in order.
template<class Keep>
void keepRows(std::vector<quint32> &rows, std::vector<float> &scores, Keep keep)
{
    size_t kept = 0;
    for (size_t i = 0; i < rows.size(); ++i) {
        if (!keep(rows[i]))
            continue;
        if (i < scores.size())
            scores[kept] = scores[i];
        rows[kept++] = rows[i];
    }
    rows.resize(kept);
    scores.resize(std::min(scores.size(), kept));
}

void addOptions(QCommandLineParser &parser);
bool isSet(const QCommandLineParser &parser);
bool isHeadlessFlag(const QByteArray &arg);
// False (with *error) when an option names a field the corpus lacks or a value it does not hold.
bool filter(const QCommandLineParser &parser, const Corpus &corpus, std::vector<quint32> &rows,
            std::vector<float> &scores, QString *error);
// True when --facet names a metadata field (then *out holds its counts); false for author.
bool facets(const QCommandLineParser &parser, const Corpus &corpus, const std::vector<quint32> &rows,
            CorpusFormatter::Format format, QByteArray *out, QString *error);

} // namespace CliFieldFacets
