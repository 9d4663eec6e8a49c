#include "ranking/listclassifier.h"

#include <linear.h>

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace {
void quiet(const char *) {}

// The LIBLINEAR form of a paper: 1-based feature indices, a bias feature, terminated by -1.
void appendNodes(const SimilarityIndex &index, qsizetype row, quint32 biasIndex, std::vector<feature_node> &nodes)
{
    for (const SimilarityIndex::Entry &e : index.vector(row))
        nodes.push_back({int(e.term) + 1, double(e.weight)});
    nodes.push_back({int(biasIndex), 1.0});
    nodes.push_back({-1, 0.0});
}
} // namespace

std::shared_ptr<const ListClassifier> ListClassifier::train(std::shared_ptr<const SimilarityIndex> index,
                                                            const QList<qsizetype> &positives,
                                                            const QList<qsizetype> &notRelevant)
{
    return train(std::move(index), positives, notRelevant, Options());
}

std::shared_ptr<const ListClassifier> ListClassifier::train(std::shared_ptr<const SimilarityIndex> index,
                                                            const QList<qsizetype> &positives,
                                                            const QList<qsizetype> &notRelevant, const Options &options)
{
    if (!index)
        return nullptr;
    const qsizetype n = index->paperCount();
    QSet<qsizetype> pos, neg;
    for (qsizetype row : positives)
        if (row >= 0 && row < n)
            pos.insert(row);
    for (qsizetype row : notRelevant)
        if (row >= 0 && row < n && !pos.contains(row))
            neg.insert(row);
    if (pos.isEmpty())
        return nullptr;
    // The sample of the rest: drawn with a fixed seed, skipping list papers and votes.
    const qsizetype rest = n - pos.size() - neg.size();
    const qsizetype wanted = std::min<qsizetype>(
        rest, std::max<qsizetype>(qsizetype(options.sampledPerPositive) * pos.size(), options.minSampled));
    QRandomGenerator random(options.seed);
    QSet<qsizetype> sampled;
    if (wanted * 2 > rest) { // most of them: take all, then drop at random
        QList<qsizetype> all;
        for (qsizetype row = 0; row < n; ++row)
            if (!pos.contains(row) && !neg.contains(row))
                all.append(row);
        for (qsizetype i = all.size() - 1; i > 0; --i)
            std::swap(all[i], all[qsizetype(random.bounded(quint64(i + 1)))]);
        for (qsizetype i = 0; i < wanted; ++i)
            sampled.insert(all[i]);
    } else {
        while (sampled.size() < wanted) {
            const qsizetype row = qsizetype(random.bounded(quint64(n)));
            if (!pos.contains(row) && !neg.contains(row))
                sampled.insert(row);
        }
    }
    // A vote is a deliberate "no", worth more than a random paper: repeated (LIBLINEAR has no
    // per-example weights).
    QList<qsizetype> negatives;
    for (qsizetype row : neg)
        for (int k = 0; k < std::max(options.voteRepeats, 1); ++k)
            negatives.append(row);
    negatives.append(QList<qsizetype>(sampled.begin(), sampled.end()));
    if (negatives.isEmpty())
        return nullptr;
    QList<qsizetype> positiveRows(pos.begin(), pos.end());
    std::sort(positiveRows.begin(), positiveRows.end());
    std::sort(negatives.begin(), negatives.end()); // the problem's order must not depend on hashing

    const quint32 biasIndex = quint32(index->termCount()) + 1;
    std::vector<feature_node> nodes;
    std::vector<size_t> starts;
    std::vector<double> labels;
    for (qsizetype row : positiveRows) {
        starts.push_back(nodes.size());
        appendNodes(*index, row, biasIndex, nodes);
        labels.push_back(+1);
    }
    for (qsizetype row : negatives) {
        starts.push_back(nodes.size());
        appendNodes(*index, row, biasIndex, nodes);
        labels.push_back(-1);
    }
    std::vector<feature_node *> rows;
    for (size_t s : starts)
        rows.push_back(nodes.data() + s);
    problem prob{};
    prob.l = int(rows.size());
    prob.n = int(biasIndex);
    prob.y = labels.data();
    prob.x = rows.data();
    prob.bias = -1; // the bias is the explicit last feature

    // Balanced: each class's total weight is the same.
    int weightLabels[2] = {+1, -1};
    double weights[2] = {double(rows.size()) / (2.0 * positiveRows.size()),
                         double(rows.size()) / (2.0 * negatives.size())};
    parameter param{};
    param.solver_type = L2R_L2LOSS_SVC_DUAL;
    param.eps = 0.1;
    param.C = options.c;
    param.nr_weight = 2;
    param.weight_label = weightLabels;
    param.weight = weights;
    param.p = 0.1;
    param.init_sol = nullptr;
    set_print_string_function(&quiet);
    if (check_parameter(&prob, &param))
        return nullptr;
    // LIBLINEAR's solver visits the examples in rand() order: seeded, the same inputs give the same model.
    std::srand(options.seed);
    model *m = ::train(&prob, &param);
    if (!m)
        return nullptr;
    // Two classes: one weight vector, oriented towards label[0].
    const double sign = m->label[0] == +1 ? 1.0 : -1.0;
    auto classifier = std::make_shared<ListClassifier>();
    classifier->m_index = index;
    classifier->m_weights.resize(size_t(index->termCount()));
    for (qsizetype t = 0; t < index->termCount(); ++t)
        classifier->m_weights[size_t(t)] = float(sign * m->w[t]);
    classifier->m_bias = float(sign * m->w[biasIndex - 1]);
    free_and_destroy_model(&m);
    classifier->m_positives = int(positiveRows.size());
    classifier->m_negatives = int(neg.size() + sampled.size());

    classifier->m_scores.resize(size_t(n));
    for (qsizetype row = 0; row < n; ++row) {
        float s = classifier->m_bias;
        for (const SimilarityIndex::Entry &e : index->vector(row))
            s += e.weight * classifier->m_weights[e.term];
        classifier->m_scores[size_t(row)] = s;
    }
    return classifier;
}

double ListClassifier::score(qsizetype row) const
{
    return row >= 0 && row < qsizetype(m_scores.size()) ? double(m_scores[size_t(row)]) : 0.0;
}

QList<ListClassifier::Ranked> ListClassifier::ordered(const QSet<qsizetype> &exclude, int count, bool uncertain) const
{
    std::vector<quint32> rows;
    rows.reserve(m_scores.size());
    for (size_t row = 0; row < m_scores.size(); ++row)
        if (!exclude.contains(qsizetype(row)))
            rows.push_back(quint32(row));
    const auto key = [&](quint32 r) { return uncertain ? -std::abs(m_scores[r]) : m_scores[r]; };
    const auto better = [&](quint32 a, quint32 b) { return key(a) != key(b) ? key(a) > key(b) : a < b; };
    const size_t top = count < 0 ? rows.size() : std::min(rows.size(), size_t(count));
    std::partial_sort(rows.begin(), rows.begin() + qsizetype(top), rows.end(), better);
    QList<Ranked> result;
    result.reserve(qsizetype(top));
    for (size_t i = 0; i < top; ++i)
        result.append({qsizetype(rows[i]), double(m_scores[rows[i]])});
    return result;
}

QList<ListClassifier::Ranked> ListClassifier::rank(const QSet<qsizetype> &exclude, int count) const
{
    return ordered(exclude, count, false);
}

QList<ListClassifier::Ranked> ListClassifier::mostUncertain(const QSet<qsizetype> &exclude, int count) const
{
    return ordered(exclude, count, true);
}

QStringList ListClassifier::topWords(int count) const
{
    std::vector<quint32> terms;
    for (size_t t = 0; t < m_weights.size(); ++t)
        if (m_weights[t] > 0)
            terms.push_back(quint32(t));
    const size_t top = std::min(terms.size(), size_t(std::max(count, 0)));
    std::partial_sort(terms.begin(), terms.begin() + qsizetype(top), terms.end(), [&](quint32 a, quint32 b) {
        return m_weights[a] != m_weights[b] ? m_weights[a] > m_weights[b] : a < b;
    });
    QStringList words;
    for (size_t i = 0; i < top; ++i)
        words.append(m_index->term(terms[i]));
    return words;
}
