#include "similarityquality.h"

#include "corpus/corpusparser.h"
#include "corpus/corpusreader.h"
#include "map/lsa.h"
#include "map/mappipeline.h"
#include "map/mapterms.h"
#include "search/semanticspace.h"
#include "search/similaritycheck.h"
#include "search/similarityindex.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <set>

namespace {
constexpr int kCandidates = 50; // tf-idf's top list the re-ranker reorders

using Rows = std::vector<qsizetype>;
using Relevant = std::function<bool(const Rows &query, qsizetype row)>;

struct Space
{
    std::shared_ptr<const SimilarityIndex> tfidf;
    Lsa::Matrix lsa;
    std::shared_ptr<const SemanticSpace> semantic;
    double tfidfMs = 0, lsaMs = 0;
};

// The top `count` rows by score, ties by row, never a query row.
Rows top(const std::vector<std::pair<double, qsizetype>> &scored, const Rows &query, int count)
{
    auto list = scored;
    std::erase_if(list, [&](const auto &s) { return std::find(query.begin(), query.end(), s.second) != query.end(); });
    const auto better = [](const auto &a, const auto &b) { return a.first != b.first ? a.first > b.first : a.second < b.second; };
    const size_t k = std::min(list.size(), size_t(count));
    std::partial_sort(list.begin(), list.begin() + qsizetype(k), list.end(), better);
    Rows out;
    for (size_t i = 0; i < k; ++i)
        out.push_back(list[i].second);
    return out;
}

Eigen::VectorXf centroid(const Space &s, const Rows &query)
{
    Eigen::VectorXf c = Eigen::VectorXf::Zero(s.lsa.cols());
    for (qsizetype r : query)
        c += s.lsa.row(Eigen::Index(r)).transpose();
    const float norm = c.norm();
    return norm > 0 ? Eigen::VectorXf(c / norm) : c;
}

QList<SimilarityIndex::Match> tfidfMatches(const Space &s, const Rows &query, int count)
{
    if (query.size() == 1)
        return s.tfidf->similar(query.front(), count);
    return s.tfidf->similarToAll(QList<qsizetype>(query.begin(), query.end()), count);
}

Rows byTfidf(const Space &s, const Rows &query, int count)
{
    Rows out;
    for (const auto &m : tfidfMatches(s, query, count))
        out.push_back(m.row);
    return out;
}

Rows byLsa(const Space &s, const Rows &query, int count)
{
    const Eigen::VectorXf scores = s.lsa * centroid(s, query);
    std::vector<std::pair<double, qsizetype>> scored;
    for (Eigen::Index i = 0; i < scores.size(); ++i)
        scored.push_back({scores(i), qsizetype(i)});
    return top(scored, query, count);
}

// tf-idf's top kCandidates, ordered by weight·tf-idf + (1 − weight)·LSA cosine.
Rows byRerank(const Space &s, const Rows &query, int count, double tfidfWeight)
{
    const Eigen::VectorXf c = centroid(s, query);
    std::vector<std::pair<double, qsizetype>> scored;
    for (const auto &m : tfidfMatches(s, query, kCandidates))
        scored.push_back({tfidfWeight * m.score + (1 - tfidfWeight) * double(s.lsa.row(Eigen::Index(m.row)).dot(c)), m.row});
    return top(scored, query, count);
}

// What the detail pane runs once the map is ready.
Rows bySemanticSpace(const Space &s, const Rows &query, int count)
{
    const QList<qsizetype> rows(query.begin(), query.end());
    Rows out;
    for (const auto &m : query.size() == 1 ? s.semantic->similar(*s.tfidf, query.front(), count)
                                           : s.semantic->similarToAll(*s.tfidf, rows, count))
        out.push_back(m.row);
    return out;
}

struct Method
{
    const char *name;
    std::function<Rows(const Space &, const Rows &, int)> run;
};

const std::vector<Method> &methods()
{
    static const std::vector<Method> list{
        {"tf-idf cosine", byTfidf},
        {"LSA cosine", byLsa},
        {"tf-idf top 50, LSA order", [](const Space &s, const Rows &q, int k) { return byRerank(s, q, k, 0); }},
        {"tf-idf top 50, 0.5 tf-idf + 0.5 LSA", [](const Space &s, const Rows &q, int k) { return byRerank(s, q, k, 0.5); }},
        {"tf-idf top 50, 0.7 tf-idf + 0.3 LSA", [](const Space &s, const Rows &q, int k) { return byRerank(s, q, k, 0.7); }},
        {"tf-idf top 50, 0.85 tf-idf + 0.15 LSA", [](const Space &s, const Rows &q, int k) { return byRerank(s, q, k, 0.85); }},
        {"the app: SemanticSpace (8-bit LSA, 0.7)", bySemanticSpace},
    };
    return list;
}

Space buildSpace(const Corpus &corpus)
{
    Space s;
    QElapsedTimer t;
    t.start();
    s.tfidf = SimilarityIndex::build(std::shared_ptr<const Corpus>(&corpus, [](const Corpus *) {}));
    s.tfidfMs = double(t.nsecsElapsed()) / 1e6;
    t.restart();
    MapTerms terms;
    terms.build(corpus);
    const MapPipeline::Options options;
    s.lsa = Lsa::reduce(terms, options.dimensions, options.seed);
    s.lsaMs = double(t.nsecsElapsed()) / 1e6;
    s.semantic = SemanticSpace::fromRows(s.lsa.data(), qsizetype(s.lsa.rows()), int(s.lsa.cols()));
    return s;
}

void evaluate(QTextStream &out, const QString &corpusName, const Space &s, const QString &kind,
              const std::vector<Rows> &queries, const Relevant &relevant)
{
    for (size_t m = 0; m < methods().size(); ++m) {
        const Method &method = methods()[m];
        double p5 = 0, p10 = 0;
        std::vector<double> micros;
        for (const Rows &q : queries) {
            QElapsedTimer t;
            t.start();
            const Rows found = method.run(s, q, 10);
            micros.push_back(double(t.nsecsElapsed()) / 1e3);
            for (size_t k = 0; k < found.size(); ++k) {
                const bool hit = relevant(q, found[k]);
                p10 += hit ? 0.1 : 0;
                p5 += hit && k < 5 ? 0.2 : 0;
            }
        }
        std::sort(micros.begin(), micros.end());
        const double n = double(std::max<size_t>(1, queries.size()));
        const double build = m == 0 ? s.tfidfMs : m == 1 ? s.lsaMs : s.tfidfMs + s.lsaMs;
        out << QStringLiteral("| %1 | %2 (%3) | %4 | %5 | %6 | %7 | %8 |\n")
                   .arg(corpusName, kind)
                   .arg(queries.size())
                   .arg(QString::fromLatin1(method.name))
                   .arg(p5 / n, 0, 'f', 3)
                   .arg(p10 / n, 0, 'f', 3)
                   .arg(build, 0, 'f', 0)
                   .arg(micros.empty() ? 0 : micros[micros.size() / 2], 0, 'f', 0);
        out.flush();
    }
}

// The self-check the app runs when the map is ready (SimilarityCheck), as a table row.
void printCheck(QTextStream &out, const QString &corpusName, const Corpus &corpus, const Space &s)
{
    const SimilarityCheck check = SimilarityCheck::run(corpus, *s.tfidf, *s.semantic);
    out << QStringLiteral("| %1 | self-check (%2) | picks %3 | P@10 shared author: tf-idf %4, blend %5 | | | |\n")
               .arg(corpusName)
               .arg(check.queries)
               .arg(check.blends() ? u"blend"_qs : u"tf-idf"_qs)
               .arg(check.tfidfPrecision, 0, 'f', 3)
               .arg(check.blendPrecision, 0, 'f', 3);
    out.flush();
}

// Relevant when the row has the first query paper's label (selections are of one label).
void evaluateLabelled(QTextStream &out, const QString &name, const Corpus &corpus, const std::vector<int> &label)
{
    const qsizetype n = corpus.size();
    if (n < 10)
        return;
    const Space s = buildSpace(corpus);
    QRandomGenerator rng(5);
    std::vector<Rows> singles, selections;
    QHash<int, Rows> byLabel;
    for (qsizetype i = 0; i < n; ++i)
        byLabel[label[size_t(i)]].push_back(i);
    for (int q = 0; q < 400; ++q)
        singles.push_back({qsizetype(rng.bounded(int(n)))});
    for (int q = 0; q < 200; ++q) {
        const Rows &pool = byLabel.value(label[size_t(rng.bounded(int(n)))]);
        if (pool.size() < 8)
            continue;
        std::set<qsizetype> pick;
        while (pick.size() < 3)
            pick.insert(pool[size_t(rng.bounded(int(pool.size())))]);
        selections.emplace_back(pick.begin(), pick.end());
    }
    const Relevant same = [&](const Rows &q, qsizetype r) { return label[size_t(r)] == label[size_t(q.front())]; };
    evaluate(out, name, s, QStringLiteral("single"), singles, same);
    evaluate(out, name, s, QStringLiteral("3 of a label"), selections, same);
    printCheck(out, name, corpus, s);
}

// The shipped corpus: relevant when the row shares an author with a query paper.
void evaluateAuthors(QTextStream &out, const Corpus &corpus)
{
    const Space s = buildSpace(corpus);
    const SharedAuthors authors(corpus);
    const Relevant shares = [&](const Rows &q, qsizetype r) { return authors.shares(q, r); };
    std::vector<Rows> singles, selections;
    for (const qsizetype i : authors.papersWithPeers())
        singles.push_back({i});
    for (const QString &a : authors.names()) // 3 papers of an author with at least 4: one left to find
        if (const Rows &rows = authors.rowsOf(a); rows.size() >= 4)
            selections.push_back({rows[0], rows[1], rows[2]});
    evaluate(out, QStringLiteral("shipped (434)"), s, QStringLiteral("single"), singles, shares);
    evaluate(out, QStringLiteral("shipped (434)"), s, QStringLiteral("3 of an author"), selections, shares);
    printCheck(out, QStringLiteral("shipped (434)"), corpus, s);
}

QString syllables(int index)
{
    static const char consonants[] = "bdfgklmnprstvz", vowels[] = "aeiou";
    QString word;
    for (int k = 0; k < 4; ++k, index /= 70) {
        word += QLatin1Char(consonants[index % 70 / 5]);
        word += QLatin1Char(vowels[index % 5]);
    }
    return word;
}

// Planted topics, as arXiv JSON lines whose primary category is the topic: 40 words per topic (the
// popular ones drawn more often) after every 10th of 50 words drawn from the shipped abstracts,
// 40% of them from another topic. Authors follow the topics, so the self-check's shared authors
// mean something: each paper has one of its topic's 3 authors (in turn) and, every 4th paper, a
// second author from a random topic.
QByteArray plantedCorpus(const Corpus &shipped, int papers, int topics)
{
    QList<QStringList> background;
    for (qsizetype i = 0; i < shipped.size(); ++i)
        background.append(shipped.abstract(i).split(u' ', Qt::SkipEmptyParts));
    QRandomGenerator rng(17);
    QByteArray out;
    for (int p = 0; p < papers; ++p) {
        const int topic = p % topics;
        QStringList words;
        for (int w = 0; w < 50; ++w) {
            const QStringList &abstract = background.at(rng.bounded(int(background.size())));
            words.append(abstract.at(rng.bounded(int(abstract.size()))));
            if (w % 10 == 0) {
                const int from = rng.bounded(10) < 6 ? topic : rng.bounded(topics);
                const double u = rng.generateDouble();
                words.append(syllables(from * 40 + int(40 * u * u)));
            }
        }
        QJsonArray authors{QJsonArray{u"Mc"_qs + syllables(topic * 10 + (p / topics) % 3), u"Ann"_qs, QString()}};
        if (p % 4 == 3)
            authors.append(QJsonArray{u"Mc"_qs + syllables(rng.bounded(topics) * 10 + rng.bounded(10)), u"Bo"_qs, QString()});
        const QJsonObject record{{u"id"_qs, QStringLiteral("2001.%1").arg(p, 5, 10, QLatin1Char('0'))},
                                 {u"authors_parsed"_qs, authors},
                                 {u"title"_qs, QStringLiteral("Paper %1").arg(p)},
                                 {u"categories"_qs, QStringLiteral("topic.%1 cs.LG").arg(topic)},
                                 {u"abstract"_qs, words.join(u' ')}};
        out += QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n';
    }
    return out;
}

// Ground truth from the primary category (the first listed).
void evaluateCategories(QTextStream &out, const QString &name, const Corpus &corpus)
{
    QHash<QString, int> ids;
    std::vector<int> category;
    for (qsizetype i = 0; i < corpus.size(); ++i) {
        const QString primary = corpus.categories(i).value(0);
        category.push_back(ids.contains(primary) ? ids.value(primary) : ids.insert(primary, int(ids.size())).value());
    }
    evaluateLabelled(out, QStringLiteral("%1 (%2 papers, %3 categories)").arg(name).arg(corpus.size()).arg(ids.size()),
                     corpus, category);
}
} // namespace

int runSimilarityQuality(const QStringList &corpusFiles)
{
    QTextStream out(stdout);
    const auto shipped = CorpusParser::parseFile(QStringLiteral(SKIMMER_SHIPPED_CORPUS));
    if (!shipped.ok()) {
        qCritical("cannot read the shipped corpus: %s", qPrintable(shipped.error));
        return 1;
    }
    out << "| corpus | queries | method | P@5 | P@10 | build ms | query µs (median) |\n|---|---|---|---|---|---|---|\n";
    evaluateAuthors(out, *shipped.corpus);
    for (const auto &[papers, topics] : std::vector<std::pair<int, int>>{{2000, 20}, {2000, 50}, {20000, 20}, {20000, 50}}) {
        const auto planted = CorpusReader::read(plantedCorpus(*shipped.corpus, papers, topics), u"planted"_qs);
        evaluateCategories(out, u"planted"_qs, *planted.corpus);
    }
    for (const QString &file : corpusFiles) {
        const auto parsed = CorpusReader::readFile(file);
        if (!parsed.ok()) {
            qCritical("cannot read %s: %s", qPrintable(file), qPrintable(parsed.error));
            return 1;
        }
        evaluateCategories(out, file.section(u'/', -1), *parsed.corpus);
    }
    return 0;
}
