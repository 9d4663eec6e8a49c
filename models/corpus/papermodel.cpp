#include "corpus/papermodel.h"

PaperModel::PaperModel(QObject *parent) : QAbstractListModel(parent) { }

void PaperModel::setCorpus(std::shared_ptr<const Corpus> corpus)
{
    beginResetModel();
    m_corpus = std::move(corpus);
    endResetModel();
    emit corpusChanged();
}

int PaperModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_corpus)
        return 0;
    return int(m_corpus->size());
}

QVariant PaperModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_corpus)
        return {};
    const qsizetype row = index.row();
    const Corpus &c = *m_corpus;
    switch (role) {
    case Qt::DisplayRole:
    case PaperRoles::HeadlineRole:
        return c.headline(row);
    case PaperRoles::IdRole:
        return c.id(row);
    case PaperRoles::AuthorsRole:
        return c.authors(row);
    case PaperRoles::AuthorLabelRole:
        return c.authorLabel(row);
    case PaperRoles::HeadlineIsTldrRole:
        return c.hasTldr(row) && c.metadata(row).title.isNull();
    case PaperRoles::TldrRole:
        return c.tldr(row);
    case PaperRoles::AbstractRole:
        return c.abstract(row);
    case PaperRoles::TruncatedRole:
        return c.isTruncated(row);
    case PaperRoles::SourceLineRole:
        return c.sourceLine(row);
    case PaperRoles::CorpusIndexRole:
        return int(row);
    case PaperRoles::AuthorCountRole:
        return int(c.record(row).authorCount);
    case PaperRoles::FirstAuthorRole: {
        const QStringList authors = c.authors(row);
        return authors.isEmpty() ? QString() : authors.first();
    }
    default:
        return metadata(row, role);
    }
}

QVariant PaperModel::metadata(qsizetype row, int role) const
{
    const Corpus &c = *m_corpus;
    switch (role) {
    case PaperRoles::TitleRole:
        return c.title(row);
    case PaperRoles::YearRole:
        return c.year(row);
    case PaperRoles::VenueRole:
        return c.venue(row);
    case PaperRoles::CategoriesRole:
        return c.categories(row);
    case PaperRoles::KeywordsRole:
        return c.keywords(row);
    case PaperRoles::DoiRole:
        return c.doi(row);
    case PaperRoles::UrlRole:
        return c.url(row);
    case PaperRoles::ArxivRole:
        return c.arxivId(row);
    default:
        return {};
    }
}

QHash<int, QByteArray> PaperModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({
        {PaperRoles::IdRole, "id"},
        {PaperRoles::AuthorsRole, "authors"},
        {PaperRoles::AuthorLabelRole, "authorLabel"},
        {PaperRoles::HeadlineRole, "headline"},
        {PaperRoles::HeadlineIsTldrRole, "headlineIsTldr"},
        {PaperRoles::TldrRole, "tldr"},
        {PaperRoles::AbstractRole, "abstract"},
        {PaperRoles::TruncatedRole, "truncated"},
        {PaperRoles::SourceLineRole, "line"},
        {PaperRoles::CorpusIndexRole, "index"},
        {PaperRoles::AuthorCountRole, "authorCount"},
        {PaperRoles::FirstAuthorRole, "firstAuthor"},
        {PaperRoles::TitleRole, "title"},
        {PaperRoles::YearRole, "year"},
        {PaperRoles::VenueRole, "venue"},
        {PaperRoles::CategoriesRole, "categories"},
        {PaperRoles::KeywordsRole, "keywords"},
        {PaperRoles::DoiRole, "doi"},
        {PaperRoles::UrlRole, "url"},
        {PaperRoles::ArxivRole, "arxiv"},
    });
    return names;
}
