#include "detailview.h"

#include "papermodel.h"

DetailView::DetailView(QWidget *parent) : SafeTextBrowser(parent)
{
    setObjectName(QStringLiteral("detailView"));
    setAccessibleName(tr("Paper details"));
    document()->setDocumentMargin(16);
    m_emptyText = tr("Select a paper to read its abstract.");
    refresh();
}

void DetailView::setCurrentIndex(const QModelIndex &index)
{
    m_index = index;
    refresh();
}

void DetailView::setEmptyText(const QString &text)
{
    m_emptyText = text;
    refresh();
}

QString DetailView::html(const QModelIndex &index) const
{
    const QStringList authors = index.data(PaperModel::AuthorsRole).toStringList();
    QStringList escapedAuthors;
    for (const QString &a : authors)
        escapedAuthors.append(a.toHtmlEscaped());
    QString out;
    out += QStringLiteral("<p style='font-size:large'><b>%1</b></p>")
               .arg(escapedAuthors.isEmpty() ? tr("(no authors)").toHtmlEscaped()
                                             : escapedAuthors.join(QStringLiteral(", ")));
    const QString tldr = index.data(PaperModel::TldrRole).toString();
    if (!tldr.isNull()) {
        out += QStringLiteral("<table width='100%' cellpadding='8' bgcolor='%3'>"
                              "<tr><td><b>%1</b> %2</td></tr></table>")
                   .arg(tr("tl;dr").toHtmlEscaped(), tldr.toHtmlEscaped(),
                        palette().color(QPalette::AlternateBase).name());
    }
    const QString abstract = index.data(PaperModel::AbstractRole).toString();
    out += QStringLiteral("<p style='line-height:140%'>%1</p>")
               .arg(abstract.isEmpty() ? QStringLiteral("<i>%1</i>").arg(tr("This record has no abstract.").toHtmlEscaped())
                                       : abstract.toHtmlEscaped());
    QString meta = tr("Line %1 · id %2").arg(index.data(PaperModel::SourceLineRole).toInt())
                       .arg(index.data(PaperModel::IdRole).toString());
    if (index.data(PaperModel::TruncatedRole).toBool())
        meta += QStringLiteral(" · ") + tr("truncated in the source file");
    out += QStringLiteral("<p style='color:gray'>%1</p>").arg(meta.toHtmlEscaped());
    return out;
}

void DetailView::refresh()
{
    if (!m_index.isValid()) {
        setHtml(QStringLiteral("<p style='color:gray'>%1</p>").arg(m_emptyText.toHtmlEscaped()));
        return;
    }
    setHtml(html(m_index));
}
