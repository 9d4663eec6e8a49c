#include "reading/paperhtml.h"

#include "corpus/papermodel.h"
#include "search/similarityindex.h"
#include "text/texconverter.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("PaperHtml", text).toHtmlEscaped();
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
    QString out = authors(index);
    const QString tldr = index.data(PaperRoles::TldrRole).toString();
    if (!tldr.isNull()) {
        out += QStringLiteral("<table width='100%' cellpadding='8' bgcolor='%3'><tr><td><b>%1</b> %2</td></tr></table>")
                   .arg(tr("tl;dr"), corpusText(tldr), tldrBackground);
    }
    const QString abstract = index.data(PaperRoles::AbstractRole).toString();
    out += QStringLiteral("<p style='line-height:140%'>%1</p>")
               .arg(abstract.isEmpty() ? QStringLiteral("<i>%1</i>").arg(tr("This record has no abstract."))
                                       : corpusText(abstract));
    out += library(index) + meta(index) + similar(index);
    return out;
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

QString PaperHtml::similar(const QModelIndex &index) const
{
    QString out = QStringLiteral("<h3>%1</h3>").arg(tr("Similar papers"));
    const QVariant rowData = index.data(PaperRoles::CorpusIndexRole);
    if (!similarity || !similarity->corpus() || !rowData.isValid())
        return out + QStringLiteral("<p>%1</p>").arg(dim(tr("Finding similar papers…")));
    const Corpus &corpus = *similarity->corpus();
    const qsizetype row = rowData.toInt();
    // The index may belong to a corpus that was just replaced: only use it for the same paper.
    if (row >= corpus.size() || corpus.id(row) != index.data(PaperRoles::IdRole).toString())
        return out + QStringLiteral("<p>%1</p>").arg(dim(tr("Finding similar papers…")));
    const QList<SimilarityIndex::Match> matches = similarity->similar(row, similarCount);
    if (matches.isEmpty())
        return out + QStringLiteral("<p>%1</p>").arg(dim(tr("No paper in this corpus shares its terms.")));
    for (const SimilarityIndex::Match &m : matches) {
        QStringList terms;
        for (const QString &t : m.sharedTerms)
            terms.append(t.toHtmlEscaped());
        out += QStringLiteral("<p><a href='paper:%1'>%2</a><br>%3</p>")
                   .arg(corpus.id(m.row).toHtmlEscaped(),
                        render(TexConverter::toPlainText(corpus.headline(m.row))),
                        dim(render(corpus.authorLabel(m.row)) + QStringLiteral(" · ")
                             + tr("%1% similar · shares: ").arg(qRound(m.score * 100)) + terms.join(QStringLiteral(", "))));
    }
    return out;
}
