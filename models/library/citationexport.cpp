#include "library/citationexport.h"

#include "corpus/corpus.h"
#include "corpus/headline.h"
#include "corpus/paperexport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace CitationExport {

namespace {

// What one entry says about its paper: from the corpus when the paper is in it.
struct Cited
{
    QStringList authors; // display names; empty when only `label` is known
    QString label;
    QString title;
    QString abstract;
    QString tldr;
    QString venue, doi, url, arxiv;
    QStringList keywords;
    int year = 0, month = 0, day = 0;
};

Cited cited(const LibraryStore::Entry &e, const Corpus *corpus)
{
    Cited c;
    c.label = e.paper.authorLabel;
    c.title = e.paper.headline;
    const qsizetype row = corpus ? corpus->indexOfId(e.paper.id) : -1;
    if (row < 0)
        return c;
    c.authors = corpus->authors(row);
    if (const QString t = corpus->title(row); !t.isEmpty())
        c.title = t;
    c.abstract = corpus->abstract(row);
    c.tldr = corpus->tldr(row);
    c.venue = corpus->venue(row);
    c.doi = corpus->doi(row);
    c.url = corpus->url(row);
    c.arxiv = corpus->arxivId(row);
    c.keywords = corpus->keywords(row);
    const Corpus::Metadata &m = corpus->metadata(row);
    c.year = m.year;
    c.month = m.month;
    c.day = m.day;
    return c;
}

QString isoDate(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// "Given Names Family" as RIS and CSL-JSON want it, the family name as the corpus headline finds it.
std::pair<QString, QString> familyAndGiven(const QString &name)
{
    const QString family = Headline::familyName(name);
    QString given = name;
    if (given.endsWith(family))
        given.chop(family.size());
    return {family, given.trimmed()};
}

// BibTeX values are brace-delimited; LaTeX in abstracts is kept unless its braces do not balance.
QString bibValue(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (!PaperExport::bracesBalance(text))
        text.replace(QLatin1Char('{'), QStringLiteral("\\{")).replace(QLatin1Char('}'), QStringLiteral("\\}"));
    return QLatin1Char('{') + text + QLatin1Char('}');
}

QList<QPair<QString, QString>> bibFields(const Cited &c)
{
    QList<QPair<QString, QString>> f;
    f.append({QStringLiteral("author"), c.authors.isEmpty() ? c.label : c.authors.join(QStringLiteral(" and "))});
    f.append({QStringLiteral("title"), c.title});
    if (c.year > 0)
        f.append({QStringLiteral("year"), QString::number(c.year)});
    if (!c.venue.isEmpty())
        f.append({QStringLiteral("journal"), c.venue});
    if (!c.doi.isEmpty())
        f.append({QStringLiteral("doi"), c.doi});
    if (!c.url.isEmpty())
        f.append({QStringLiteral("url"), c.url});
    if (!c.arxiv.isEmpty()) {
        f.append({QStringLiteral("eprint"), c.arxiv});
        f.append({QStringLiteral("archivePrefix"), QStringLiteral("arXiv")});
    }
    if (!c.keywords.isEmpty())
        f.append({QStringLiteral("keywords"), c.keywords.join(QStringLiteral(", "))});
    if (!c.abstract.isEmpty())
        f.append({QStringLiteral("abstract"), c.abstract});
    if (!c.tldr.isNull())
        f.append({QStringLiteral("note"), QStringLiteral("tl;dr: ") + c.tldr});
    return f;
}

// RIS lines are "XY  - value": one line each, so line breaks inside a value become spaces.
void risLine(QString &out, const char *tag, const QString &value)
{
    if (!value.isEmpty())
        out += QLatin1String(tag) + QStringLiteral("  - ") + QString(value).replace(u'\n', u' ').replace(u'\r', u' ') + QStringLiteral("\r\n");
}

QJsonArray cslAuthors(const Cited &c)
{
    QJsonArray authors;
    for (const QString &name : c.authors) {
        const auto [family, given] = familyAndGiven(name);
        authors.append(given.isEmpty() ? QJsonObject{{QStringLiteral("literal"), name}}
                                       : QJsonObject{{QStringLiteral("family"), family}, {QStringLiteral("given"), given}});
    }
    if (c.authors.isEmpty() && !c.label.isEmpty())
        authors.append(QJsonObject{{QStringLiteral("literal"), c.label}});
    return authors;
}

QJsonObject cslItem(const LibraryStore::Entry &e, const Cited &c, const QString &listName)
{
    QJsonObject item{{QStringLiteral("id"), e.paper.id},
                     {QStringLiteral("type"), c.venue.isEmpty() ? QStringLiteral("article") : QStringLiteral("article-journal")},
                     {QStringLiteral("title"), c.title},
                     {QStringLiteral("author"), cslAuthors(c)}};
    if (c.year > 0) {
        QJsonArray parts{c.year};
        if (c.month > 0)
            parts.append(c.month);
        if (c.month > 0 && c.day > 0)
            parts.append(c.day);
        item.insert(QStringLiteral("issued"), QJsonObject{{QStringLiteral("date-parts"), QJsonArray{parts}}});
    }
    const std::pair<const char *, QString> strings[] = {
        {"container-title", c.venue}, {"DOI", c.doi}, {"URL", c.url}, {"abstract", c.abstract},
        {"keyword", c.keywords.join(QStringLiteral(", "))}, {"note", e.note}};
    for (const auto &[key, value] : strings) {
        if (!value.isEmpty())
            item.insert(QLatin1String(key), value);
    }
    if (!c.arxiv.isEmpty())
        item.insert(QStringLiteral("number"), QStringLiteral("arXiv:") + c.arxiv);
    item.insert(QStringLiteral("x-skimmer"), QJsonObject{{QStringLiteral("list"), listName},
                                                         {QStringLiteral("read"), e.read},
                                                         {QStringLiteral("added"), isoDate(e.added)}});
    return item;
}

} // namespace

QByteArray bibtex(const LibraryExporter::Document &doc, const Corpus *corpus)
{
    QString out;
    int n = 0;
    for (const LibraryStore::Entry &e : doc.entries) {
        const Cited c = cited(e, corpus);
        QList<QPair<QString, QString>> fields = bibFields(c);
        fields.append({QStringLiteral("x-skimmer-list"), doc.name});
        fields.append({QStringLiteral("x-order"), QString::number(++n)});
        if (!e.note.isEmpty())
            fields.append({QStringLiteral("x-note"), e.note});
        fields.append({QStringLiteral("x-read"), e.read ? QStringLiteral("true") : QStringLiteral("false")});
        fields.append({QStringLiteral("x-added"), isoDate(e.added)});
        out += QStringLiteral("@%1{skimmer-%2,\n").arg(c.venue.isEmpty() ? QStringLiteral("misc") : QStringLiteral("article"), e.paper.id);
        for (const auto &[key, value] : fields)
            out += QStringLiteral("  %1 = %2,\n").arg(key, bibValue(value));
        out += QStringLiteral("}\n\n");
    }
    return out.toUtf8();
}

QByteArray ris(const LibraryExporter::Document &doc, const Corpus *corpus)
{
    QString out;
    for (const LibraryStore::Entry &e : doc.entries) {
        const Cited c = cited(e, corpus);
        risLine(out, "TY", c.venue.isEmpty() ? QStringLiteral("GEN") : QStringLiteral("JOUR"));
        risLine(out, "ID", e.paper.id);
        risLine(out, "TI", c.title);
        for (const QString &name : c.authors) {
            const auto [family, given] = familyAndGiven(name);
            risLine(out, "AU", given.isEmpty() ? family : family + QStringLiteral(", ") + given);
        }
        if (c.authors.isEmpty())
            risLine(out, "AU", c.label);
        if (c.year > 0)
            risLine(out, "PY", QString::number(c.year));
        risLine(out, "JO", c.venue);
        risLine(out, "DO", c.doi);
        risLine(out, "UR", c.url.isEmpty() && !c.arxiv.isEmpty() ? QStringLiteral("https://arxiv.org/abs/") + c.arxiv : c.url);
        for (const QString &k : c.keywords)
            risLine(out, "KW", k);
        risLine(out, "AB", c.abstract);
        risLine(out, "N1", c.tldr.isNull() ? QString() : QStringLiteral("tl;dr: ") + c.tldr);
        risLine(out, "N1", e.note);
        risLine(out, "KW", QStringLiteral("skimmer:") + doc.name);
        out += QStringLiteral("ER  - \r\n\r\n");
    }
    return out.toUtf8();
}

QByteArray cslJson(const LibraryExporter::Document &doc, const Corpus *corpus)
{
    QJsonArray items;
    for (const LibraryStore::Entry &e : doc.entries)
        items.append(cslItem(e, cited(e, corpus), doc.name));
    return QJsonDocument(items).toJson(QJsonDocument::Indented);
}

} // namespace CitationExport
