#pragma once

#include <QList>

#include <vector>

// The orders a triage pass can take over the current results (corpus rows, in the ranking's order).
namespace TriageOrder {
// Most uncertain first: rows by |decision value| (scores by corpus row, as ListClassifier::scores()),
// nearest the boundary first; ties and rows without a score keep the ranking's order, rows without
// a score last.
QList<qsizetype> mostUncertain(const QList<qsizetype> &rows, const std::vector<float> &scores);
} // namespace TriageOrder
