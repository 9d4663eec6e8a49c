#include "search/searchresultsmodel.h"

#include "corpus/papermodel.h"

#include <algorithm>
#include <numeric>

SearchResultsModel::SearchResultsModel(PaperModel *source, QObject *parent)
    : QAbstractListModel(parent), m_source(source)
{
    // A new corpus invalidates every row: show it whole until the next result arrives.
    connect(source, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
    connect(source, &QAbstractItemModel::modelReset, this, [this] {
        showAllRows();
        endResetModel();
    });
    connect(source, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &first, const QModelIndex &last, const QList<int> &roles) {
                for (int r = first.row(); r <= last.row(); ++r) {
                    if (const int row = rowOfSource(r); row >= 0)
                        emit dataChanged(index(row), index(row), roles);
                }
            });
    showAllRows();
}

void SearchResultsModel::showAllRows()
{
    m_result = SearchResult{};
    m_result.rows.resize(size_t(m_source->rowCount()));
    std::iota(m_result.rows.begin(), m_result.rows.end(), 0u);
    m_query = SearchQuery{};
    m_highlighter = Highlighter{};
    m_rowOfSource.clear();
}

void SearchResultsModel::setResult(SearchResult result, SearchQuery query)
{
    beginResetModel();
    m_result = std::move(result);
    m_query = std::move(query);
    m_highlighter = Highlighter(m_query);
    m_rowOfSource.clear();
    endResetModel();
}

const std::vector<quint32> &SearchResultsModel::rows() const
{
    SearchEngine::rankAll(m_result);
    return m_result.rows;
}

void SearchResultsModel::rankRow(size_t row) const
{
    if (row >= m_result.rankedCount())
        SearchEngine::rankAll(m_result); // the rows beyond stay where they are: no layout change
}

QModelIndex SearchResultsModel::sourceIndex(int row) const
{
    if (row < 0 || size_t(row) >= m_result.rows.size() || !m_source)
        return {};
    rankRow(size_t(row));
    return m_source->index(int(m_result.rows[size_t(row)]), 0);
}

int SearchResultsModel::rowOfSource(int sourceRow) const
{
    if (sourceRow < 0 || !m_source)
        return -1;
    if (m_rowOfSource.empty() && m_result.unranked) {
        // Answered without ranking everything when the row is in the ranked prefix (the current
        // paper at the top) or not a result at all (the unranked rows are in corpus order).
        const auto head = m_result.rows.begin() + qsizetype(m_result.rankedCount());
        if (const auto it = std::find(m_result.rows.begin(), head, quint32(sourceRow)); it != head)
            return int(it - m_result.rows.begin());
        if (!std::binary_search(head, m_result.rows.end(), quint32(sourceRow)))
            return -1;
        SearchEngine::rankAll(m_result);
    }
    if (m_rowOfSource.empty() && !m_result.rows.empty()) {
        // Built once per result (a few milliseconds at a million rows), then every question is O(1).
        m_rowOfSource.assign(size_t(m_source->rowCount()), -1);
        for (size_t i = 0; i < m_result.rows.size(); ++i)
            if (m_result.rows[i] < m_rowOfSource.size())
                m_rowOfSource[m_result.rows[i]] = int(i);
    }
    return size_t(sourceRow) < m_rowOfSource.size() ? m_rowOfSource[size_t(sourceRow)] : -1;
}

int SearchResultsModel::rowOfPaper(const QString &id) const
{
    return m_source ? rowOfSource(m_source->rowOfPaper(id)) : -1;
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.rows.size());
}

QString SearchResultsModel::snippet(const QString &text, const QList<int> &spans)
{
    if (spans.isEmpty())
        return {};
    qsizetype start = qMax<qsizetype>(0, spans[0] - kSnippetLength / 4);
    if (start > 0) {
        const qsizetype space = text.indexOf(QLatin1Char(' '), start);
        start = (space < 0 || space >= spans[0]) ? start : space + 1;
    }
    qsizetype end = qMin<qsizetype>(text.size(), start + kSnippetLength);
    if (end < text.size()) {
        const qsizetype space = text.lastIndexOf(QLatin1Char(' '), end);
        end = space > spans[0] + spans[1] ? space : end;
    }
    QString s = text.mid(start, end - start);
    for (QChar &c : s) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t'))
            c = QLatin1Char(' ');
    }
    return (start > 0 ? QString(QChar(0x2026)) : QString()) + s + (end < text.size() ? QString(QChar(0x2026)) : QString());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QModelIndex source = sourceIndex(index.row());
    switch (role) {
    case PaperRoles::ScoreRole:
        rankRow(size_t(index.row()));
        return m_result.scores.empty() ? 0.0 : double(m_result.scores[size_t(index.row())]);
    case PaperRoles::HeadlineMatchesRole: {
        // A headline is a title, a tl;dr or the abstract's start; the title is asked for only when
        // the headline is no tl;dr (HeadlineIsTldrRole is false under a title).
        const bool tldr = source.data(PaperRoles::HeadlineIsTldrRole).toBool();
        const quint8 field = tldr ? SearchQuery::Tldr
            : source.data(PaperRoles::TitleRole).toString().isNull() ? SearchQuery::Abstract
                                                                     : SearchQuery::Title;
        return QVariant::fromValue(m_highlighter.spans(source.data(PaperRoles::HeadlineRole).toString(), field));
    }
    case PaperRoles::MatchedFieldsRole: {
        // Why the paper matched: the fields where the highlighter finds a word of the query.
        if (m_highlighter.isEmpty())
            return 0;
        int fields = 0;
        const std::pair<quint8, int> checks[] = {{SearchQuery::Authors, PaperRoles::AuthorsRole},
                                                 {SearchQuery::Title, PaperRoles::TitleRole},
                                                 {SearchQuery::Tldr, PaperRoles::TldrRole},
                                                 {SearchQuery::Abstract, PaperRoles::AbstractRole}};
        for (const auto &[field, sourceRole] : checks) {
            const QVariant value = source.data(sourceRole);
            const QString text = sourceRole == PaperRoles::AuthorsRole ? value.toStringList().join(QStringLiteral("; "))
                                                                       : value.toString();
            if (!text.isEmpty() && !m_highlighter.spans(text, field).isEmpty())
                fields |= field;
        }
        return fields;
    }
    case PaperRoles::SnippetRole:
    case PaperRoles::SnippetMatchesRole: {
        if (m_highlighter.isEmpty() || !data(index, PaperRoles::HeadlineMatchesRole).value<QList<int>>().isEmpty())
            return role == PaperRoles::SnippetRole ? QVariant(QString()) : QVariant::fromValue(QList<int>());
        const QString text = snippet(source.data(PaperRoles::AbstractRole).toString(),
                                     m_highlighter.spans(source.data(PaperRoles::AbstractRole).toString(),
                                                         SearchQuery::Abstract));
        if (role == PaperRoles::SnippetRole)
            return text;
        return QVariant::fromValue(m_highlighter.spans(text, SearchQuery::Abstract));
    }
    default:
        return source.data(role);
    }
}

QHash<int, QByteArray> SearchResultsModel::roleNames() const
{
    QHash<int, QByteArray> names = m_source ? m_source->roleNames() : QAbstractListModel::roleNames();
    names.insert({{PaperRoles::ScoreRole, "score"},
                  {PaperRoles::HeadlineMatchesRole, "headlineMatches"},
                  {PaperRoles::SnippetRole, "snippet"},
                  {PaperRoles::SnippetMatchesRole, "snippetMatches"},
                  {PaperRoles::MatchedFieldsRole, "matchedFields"}});
    return names;
}
