#include "reading/paperhtml.h"

#include "corpus/papermodel.h"
#include "search/semanticspace.h"
#include "search/similarityindex.h"
#include "text/texconverter.h"

#include <QCoreApplication>
#include <QUrl>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("PaperHtml", text).toHtmlEscaped();
}

// QUrl leaves quotes in a path and toHtmlEscaped() keeps ', so both are encoded before the address
// goes into a quoted attribute.
QString anchor(const QUrl &url, const QString &label)
{
    QString href = QString::fromLatin1(url.toEncoded());
    href.replace(u'\'', QLatin1String("%27")).replace(u'"', QLatin1String("%22"));
    return QStringLiteral("<a href='%1'>%2</a>").arg(href.toHtmlEscaped(), label.toHtmlEscaped());
}

// An https link to `host`/`path`, the path taken literally (a DOI may hold '#', '?' or '%').
QString webLink(const QString &host, const QString &path, const QString &label)
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(host);
    url.setPath(u'/' + path, QUrl::DecodedMode);
    return anchor(url, label);
}

QString escapedList(const QStringList &items)
{
    QStringList out;
    for (const QString &s : items)
        out.append(s.toHtmlEscaped());
    return out.join(QStringLiteral(", "));
}
} // namespace

QString PaperHtml::dim(const QString &html) const
{
    return QStringLiteral("<span style='color:%1'>%2</span>").arg(dimText, html);
}

QString PaperHtml::corpusText(const QString &text) const
{
    return showTexSource ? render(text) : TexConverter::toHtml(text, render);
}

QString PaperHtml::paper(const QModelIndex &index) const
{
    QString out = title(index) + authors(index) + published(index);
    const QString tldr = index.data(PaperRoles::TldrRole).toString();
    if (!tldr.isNull()) {
        out += QStringLiteral("<table width='100%' cellpadding='8' bgcolor='%3'><tr><td><b>%1</b> %2</td></tr></table>")
                   .arg(tr("tl;dr"), corpusText(tldr), tldrBackground);
    }
    const QString abstract = index.data(PaperRoles::AbstractRole).toString();
    out += QStringLiteral("<p style='line-height:140%'>%1</p>")
               .arg(abstract.isEmpty() ? QStringLiteral("<i>%1</i>").arg(tr("This record has no abstract."))
                                       : corpusText(abstract));
    out += subjects(index) + links(index) + library(index) + meta(index) + similar(index);
    return out;
}

QString PaperHtml::triage(const QModelIndex &index) const
{
    // The headline leads: the title when the record has one, else the tl;dr or first sentence.
    const QString title = index.data(PaperRoles::TitleRole).toString();
    const QString headline = title.isEmpty() ? index.data(PaperRoles::HeadlineRole).toString() : title;
    QString out = QStringLiteral("<h1>%1</h1>").arg(corpusText(headline)) + authors(index) + published(index);
    const QString tldr = index.data(PaperRoles::TldrRole).toString();
    if (!tldr.isNull() && !(title.isEmpty() && index.data(PaperRoles::HeadlineIsTldrRole).toBool()))
        out += QStringLiteral("<table width='100%' cellpadding='10' bgcolor='%3'><tr><td><b>%1</b> %2</td></tr></table>")
                   .arg(tr("tl;dr"), corpusText(tldr), tldrBackground);
    const QString abstract = index.data(PaperRoles::AbstractRole).toString();
    out += QStringLiteral("<p style='line-height:145%'>%1</p>")
               .arg(abstract.isEmpty() ? QStringLiteral("<i>%1</i>").arg(tr("This record has no abstract."))
                                       : corpusText(abstract));
    return out + library(index);
}

QString PaperHtml::authors(const QModelIndex &index) const
{
    const QStringList names = index.data(PaperRoles::AuthorsRole).toStringList();
    QStringList links;
    for (qsizetype i = 0; i < names.size(); ++i)
        links.append(QStringLiteral("<a href='author:%1'>%2</a>").arg(i).arg(render(names.at(i))));
    return QStringLiteral("<p style='font-size:large'><b>%1</b></p>")
        .arg(links.isEmpty() ? tr("(no authors)") : links.join(QStringLiteral(", ")));
}

QString PaperHtml::title(const QModelIndex &index) const
{
    const QString title = index.data(PaperRoles::TitleRole).toString();
    return title.isEmpty() ? QString() : QStringLiteral("<h2>%1</h2>").arg(corpusText(title));
}

QString PaperHtml::published(const QModelIndex &index) const
{
    QStringList parts;
    if (const int year = index.data(PaperRoles::YearRole).toInt(); year > 0)
        parts.append(QString::number(year));
    if (const QString venue = index.data(PaperRoles::VenueRole).toString(); !venue.isEmpty())
        parts.append(render(venue));
    return parts.isEmpty() ? QString() : QStringLiteral("<p>%1</p>").arg(parts.join(QStringLiteral(" · ")));
}

QString PaperHtml::subjects(const QModelIndex &index) const
{
    QString out;
    if (const QStringList c = index.data(PaperRoles::CategoriesRole).toStringList(); !c.isEmpty())
        out += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Categories:"), escapedList(c));
    if (const QStringList k = index.data(PaperRoles::KeywordsRole).toStringList(); !k.isEmpty())
        out += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Keywords:"), escapedList(k));
    return out;
}

// DOI and arXiv id as links the pane hands to the system browser; a URL only when it is a web address.
QString PaperHtml::links(const QModelIndex &index) const
{
    QStringList parts;
    if (const QString doi = index.data(PaperRoles::DoiRole).toString(); !doi.isEmpty())
        parts.append(QStringLiteral("DOI ") + webLink(QStringLiteral("doi.org"), doi, doi));
    if (const QString arxiv = index.data(PaperRoles::ArxivRole).toString(); !arxiv.isEmpty())
        parts.append(QStringLiteral("arXiv ") + webLink(QStringLiteral("arxiv.org"), QStringLiteral("abs/") + arxiv, arxiv));
    const QUrl url(index.data(PaperRoles::UrlRole).toString(), QUrl::StrictMode);
    if (url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")))
        parts.append(anchor(url, url.host()));
    return parts.isEmpty() ? QString() : QStringLiteral("<p>%1</p>").arg(parts.join(QStringLiteral(" · ")));
}

QString PaperHtml::library(const QModelIndex &index) const
{
    QStringList parts;
    if (index.data(PaperRoles::BookmarkedRole).toBool())
        parts.append(QStringLiteral("★ ") + tr("Starred"));
    const QVariant read = index.data(PaperRoles::ReadRole);
    if (read.isValid())
        parts.append(read.toBool() ? tr("Read") : tr("Unread"));
    const QStringList lists = index.data(PaperRoles::ListsRole).toStringList();
    if (!lists.isEmpty()) {
        QStringList escaped;
        for (const QString &l : lists)
            escaped.append(l.toHtmlEscaped());
        parts.append(tr("In lists:") + u' ' + escaped.join(QStringLiteral(", ")));
    }
    QString out = parts.isEmpty() ? QString() : QStringLiteral("<p>%1</p>").arg(parts.join(QStringLiteral(" · ")));
    const QString note = index.data(PaperRoles::NoteRole).toString();
    if (!note.isEmpty())
        out += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Note:"), note.toHtmlEscaped());
    return out;
}

QString PaperHtml::meta(const QModelIndex &index) const
{
    QString meta = tr("Line %1 · id %2")
                       .arg(index.data(PaperRoles::SourceLineRole).toInt())
                       .arg(index.data(PaperRoles::IdRole).toString().toHtmlEscaped());
    if (index.data(PaperRoles::TruncatedRole).toBool())
        meta += QStringLiteral(" · ") + tr("truncated in the source file");
    return QStringLiteral("<p>%1</p>").arg(dim(meta));
}

qsizetype PaperHtml::similarityRow(const QModelIndex &index) const
{
    const QVariant rowData = index.data(PaperRoles::CorpusIndexRole);
    if (!similarity || !similarity->corpus() || !rowData.isValid())
        return -1;
    const qsizetype row = rowData.toInt();
    // The index may belong to a corpus that was just replaced: only use it for the same paper.
    const Corpus &corpus = *similarity->corpus();
    return row < corpus.size() && corpus.id(row) == index.data(PaperRoles::IdRole).toString() ? row : -1;
}

namespace {
QString matchList(const Corpus &corpus, const QList<SimilarityIndex::Match> &matches,
                  const std::function<QString(const QString &)> &render, const std::function<QString(const QString &)> &dim)
{
    QString out;
    for (const SimilarityIndex::Match &m : matches) {
        QStringList terms;
        for (const QString &t : m.sharedTerms)
            terms.append(t.toHtmlEscaped());
        const QString authors = corpus.authorLabel(m.row);
        QString note = tr("%1% similar · shares: ").arg(qRound(m.score * 100)) + terms.join(QStringLiteral(", "));
        if (!authors.isEmpty())
            note = render(authors) + QStringLiteral(" · ") + note;
        out += QStringLiteral("<p><a href='paper:%1'>%2</a><br>%3</p>")
                   .arg(corpus.id(m.row).toHtmlEscaped(), render(TexConverter::toPlainText(corpus.headline(m.row))), dim(note));
    }
    return out;
}
} // namespace

const SemanticSpace *PaperHtml::usableSpace() const
{
    return space && space->blends() && similarity && space->size() == similarity->paperCount() ? space.get() : nullptr;
}

QString PaperHtml::similar(const QModelIndex &index) const
{
    QString out = QStringLiteral("<h3>%1</h3>").arg(tr("Similar papers"));
    const qsizetype row = similarityRow(index);
    if (row < 0)
        return out + QStringLiteral("<p>%1</p>").arg(dim(tr("Finding similar papers…")));
    const QList<SimilarityIndex::Match> matches = usableSpace() ? usableSpace()->similar(*similarity, row, similarCount)
                                                                : similarity->similar(row, similarCount);
    if (matches.isEmpty())
        return out + QStringLiteral("<p>%1</p>").arg(dim(tr("No paper in this corpus shares its terms.")));
    return out + matchList(*similarity->corpus(), matches, render, [this](const QString &h) { return dim(h); });
}

QString PaperHtml::selection(const QModelIndexList &rows) const
{
    QString out = QStringLiteral("<h2>%1</h2>").arg(QCoreApplication::translate("PaperHtml", "%n papers selected", nullptr, int(rows.size())).toHtmlEscaped());
    QList<qsizetype> corpusRows;
    for (const QModelIndex &index : rows) {
        out += QStringLiteral("<p><a href='paper:%1'>%2</a><br>%3</p>")
                   .arg(index.data(PaperRoles::IdRole).toString().toHtmlEscaped(),
                        render(TexConverter::toPlainText(index.data(PaperRoles::HeadlineRole).toString())),
                        dim(render(index.data(PaperRoles::AuthorsRole).toStringList().join(QStringLiteral(", ")))));
        if (const qsizetype row = similarityRow(index); row >= 0)
            corpusRows.append(row);
    }
    out += QStringLiteral("<h3>%1</h3>").arg(tr("More like these"));
    if (!similarity || corpusRows.isEmpty())
        return out + QStringLiteral("<p>%1</p>").arg(dim(tr("Finding similar papers…")));
    const QList<SimilarityIndex::Match> matches = usableSpace() ? usableSpace()->similarToAll(*similarity, corpusRows, moreLikeTheseCount)
                                                                : similarity->similarToAll(corpusRows, moreLikeTheseCount);
    if (matches.isEmpty())
        return out + QStringLiteral("<p>%1</p>").arg(dim(tr("No other paper shares their terms.")));
    return out + matchList(*similarity->corpus(), matches, render, [this](const QString &h) { return dim(h); });
}
