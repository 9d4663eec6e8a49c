#include "papermodel.h"

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
    case HeadlineRole:
        return c.headline(row);
    case IdRole:
        return c.id(row);
    case AuthorsRole:
        return c.authors(row);
    case AuthorLabelRole:
        return c.authorLabel(row);
    case HeadlineIsTldrRole:
        return c.hasTldr(row);
    case TldrRole:
        return c.tldr(row);
    case AbstractRole:
        return c.abstract(row);
    case TruncatedRole:
        return c.isTruncated(row);
    case SourceLineRole:
        return c.sourceLine(row);
    case CorpusIndexRole:
        return int(row);
    case AuthorCountRole:
        return int(c.record(row).authorCount);
    case FirstAuthorRole: {
        const QStringList authors = c.authors(row);
        return authors.isEmpty() ? QString() : authors.first();
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> PaperModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({
        {IdRole, "id"},
        {AuthorsRole, "authors"},
        {AuthorLabelRole, "authorLabel"},
        {HeadlineRole, "headline"},
        {HeadlineIsTldrRole, "headlineIsTldr"},
        {TldrRole, "tldr"},
        {AbstractRole, "abstract"},
        {TruncatedRole, "truncated"},
        {SourceLineRole, "line"},
        {CorpusIndexRole, "index"},
        {AuthorCountRole, "authorCount"},
        {FirstAuthorRole, "firstAuthor"},
    });
    return names;
}
