#include "corpus/paperexport.h"

#include "corpus/headline.h"
#include "corpus/papermodel.h"
#include "text/textfold.h"

namespace PaperExport {

namespace {
QString markdownEscaped(QString text)
{
    for (const QChar c : {u'\\', u'*', u'_', u'`', u'[', u']', u'<', u'>', u'#'})
        text.replace(c, QString(u'\\') + c);
    return text;
}

// BibTeX needs balanced braces in a field; TeX from the abstract is kept when it has them.
QString bibField(QString text)
{
    if (!bracesBalance(text))
        text.remove(u'{').remove(u'}');
    return text.simplified();
}
} // namespace

bool bracesBalance(QStringView text)
{
    int depth = 0;
    for (const QChar c : text) {
        depth += c == u'{' ? 1 : c == u'}' ? -1 : 0;
        if (depth < 0)
            return false;
    }
    return depth == 0;
}

QString plainText(const Paper &paper)
{
    QString out = paper.authors.join(QStringLiteral(", ")) + u'\n';
    if (!paper.tldr.isNull())
        out += QStringLiteral("tl;dr: ") + paper.tldr + u'\n';
    return out + paper.abstract + u'\n';
}

QString markdown(const Paper &paper)
{
    QString out = u"**"_qs + markdownEscaped(paper.authors.join(QStringLiteral(", "))) + u"**\n\n"_qs;
    if (!paper.tldr.isNull())
        out += u"> **tl;dr:** "_qs + markdownEscaped(paper.tldr) + u"\n\n"_qs;
    return out + markdownEscaped(paper.abstract) + u"\n\n`"_qs + paper.id + u"`\n"_qs;
}

QString bibTeX(const Paper &paper)
{
    const QString family = paper.authors.isEmpty() ? u"anonymous"_qs : Headline::familyName(paper.authors.first());
    QString key;
    for (const QChar c : TextFold::fold(family)) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            key += c;
    }
    key += u'-' + paper.id.left(8);
    QString out = (paper.venue.isEmpty() ? u"@misc{"_qs : u"@article{"_qs) + key + u",\n"_qs;
    out += u"  author = {"_qs + bibField(paper.authors.join(u" and "_qs)) + u"},\n"_qs;
    out += u"  title = {"_qs + bibField(paper.title.isEmpty() ? paper.headline : paper.title) + u"},\n"_qs;
    if (paper.year > 0)
        out += u"  year = {"_qs + QString::number(paper.year) + u"},\n"_qs;
    const std::pair<const char16_t *, const QString *> optional[] = {
        {u"journal", &paper.venue}, {u"doi", &paper.doi}, {u"eprint", &paper.arxiv}};
    for (const auto &[key, value] : optional) {
        if (!value->isEmpty())
            out += u"  "_qs + QString::fromUtf16(key) + u" = {"_qs + bibField(*value) + u"},\n"_qs;
    }
    if (!paper.arxiv.isEmpty())
        out += u"  archivePrefix = {arXiv},\n"_qs;
    if (!paper.tldr.isNull())
        out += u"  note = {tl;dr: "_qs + bibField(paper.tldr) + u"},\n"_qs;
    out += u"  abstract = {"_qs + bibField(paper.abstract) + u"}\n}\n"_qs;
    return out;
}

QString text(const Paper &paper, Format format)
{
    switch (format) {
    case Format::Markdown: return markdown(paper);
    case Format::BibTeX: return bibTeX(paper);
    case Format::Id: return paper.id;
    case Format::PlainText: break;
    }
    return plainText(paper);
}

Paper fromIndex(const QModelIndex &index)
{
    return {index.data(PaperRoles::IdRole).toString(), index.data(PaperRoles::AuthorsRole).toStringList(),
            index.data(PaperRoles::TldrRole).toString(), index.data(PaperRoles::AbstractRole).toString(),
            index.data(PaperRoles::HeadlineRole).toString(), index.data(PaperRoles::TitleRole).toString(),
            index.data(PaperRoles::YearRole).toInt(), index.data(PaperRoles::VenueRole).toString(),
            index.data(PaperRoles::DoiRole).toString(), index.data(PaperRoles::ArxivRole).toString()};
}

} // namespace PaperExport
