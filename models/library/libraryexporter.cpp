#include "library/libraryexporter.h"

#include "corpus/corpus.h"
#include "library/citationexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace LibraryExporter {

namespace {

constexpr auto kFormatTag = "skimmer-list";
constexpr int kFormatVersion = 1;

qsizetype rowOf(const Corpus *corpus, const QString &id)
{
    return corpus ? corpus->indexOfId(id) : -1;
}

QString isoDate(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString markdownEscaped(QString text)
{
    static const QString special = QStringLiteral("\\`*_[]<>#|");
    QString out;
    out.reserve(text.size());
    for (const QChar c : text.replace(QLatin1Char('\n'), QLatin1Char(' '))) {
        if (special.contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QByteArray markdown(const Document &doc, const Corpus *corpus)
{
    QString out = QStringLiteral("# %1\n\n").arg(markdownEscaped(doc.name));
    if (doc.entries.isEmpty())
        out += QStringLiteral("*(empty)*\n");
    int n = 0;
    for (const LibraryStore::Entry &e : doc.entries) {
        const qsizetype row = rowOf(corpus, e.paper.id);
        out += QStringLiteral("%1. [%2] **%3** — %4").arg(++n).arg(e.read ? QStringLiteral("x") : QStringLiteral(" "))
                   .arg(markdownEscaped(e.paper.authorLabel), markdownEscaped(e.paper.headline));
        if (corpus && row < 0)
            out += QStringLiteral(" *(not in this corpus)*");
        out += QLatin1Char('\n');
        if (row >= 0 && corpus->hasTldr(row) && corpus->tldr(row) != e.paper.headline)
            out += QStringLiteral("   - tl;dr: %1\n").arg(markdownEscaped(corpus->tldr(row)));
        if (!e.note.isEmpty())
            out += QStringLiteral("   - Note: %1\n").arg(markdownEscaped(e.note));
        out += QStringLiteral("   - %1 · added %2 · `%3`\n")
                   .arg(e.read ? QStringLiteral("read") : QStringLiteral("unread"),
                        e.added.toUTC().toString(QStringLiteral("yyyy-MM-dd")), e.paper.id);
    }
    return out.toUtf8();
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QByteArray csv(const Document &doc, const Corpus *corpus)
{
    QString out = QStringLiteral("position,id,authors,headline,tldr,note,read,added,in_corpus\r\n");
    int n = 0;
    for (const LibraryStore::Entry &e : doc.entries) {
        const qsizetype row = rowOf(corpus, e.paper.id);
        const QStringList fields{QString::number(++n), e.paper.id, e.paper.authorLabel, e.paper.headline,
                                 row >= 0 ? corpus->tldr(row) : QString(), e.note,
                                 e.read ? QStringLiteral("true") : QStringLiteral("false"), isoDate(e.added),
                                 row >= 0 ? QStringLiteral("true") : QStringLiteral("false")};
        QStringList quoted;
        for (const QString &f : fields)
            quoted << csvField(f);
        out += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

QByteArray json(const Document &doc)
{
    QJsonArray entries;
    int n = 0;
    for (const LibraryStore::Entry &e : doc.entries)
        entries.append(QJsonObject{{QStringLiteral("position"), ++n},
                                   {QStringLiteral("id"), e.paper.id},
                                   {QStringLiteral("authors"), e.paper.authorLabel},
                                   {QStringLiteral("headline"), e.paper.headline},
                                   {QStringLiteral("note"), e.note},
                                   {QStringLiteral("read"), e.read},
                                   {QStringLiteral("added"), isoDate(e.added)}});
    QJsonObject root{{QStringLiteral("format"), QLatin1String(kFormatTag)},
                     {QStringLiteral("version"), kFormatVersion},
                     {QStringLiteral("name"), doc.name},
                     {QStringLiteral("entries"), entries}};
    if (!doc.notRelevant.isEmpty()) // "more like this list" negatives; older readers ignore the key
        root.insert(QStringLiteral("notRelevant"), QJsonArray::fromStringList(doc.notRelevant));
    QJsonArray views;
    for (const SavedView &v : doc.views) {
        QJsonObject view{{QStringLiteral("name"), v.name}};
        view.insert(QStringLiteral("state"), v.stateJson());
        views.append(view);
    }
    if (!views.isEmpty()) // saved views; older readers ignore the key
        root.insert(QStringLiteral("views"), views);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace

bool parseFormat(const QString &name, Format *format)
{
    const QString n = name.toLower();
    if (n == QLatin1String("md") || n == QLatin1String("markdown"))
        *format = Format::Markdown;
    else if (n == QLatin1String("csv"))
        *format = Format::Csv;
    else if (n == QLatin1String("json"))
        *format = Format::Json;
    else if (n == QLatin1String("bib") || n == QLatin1String("bibtex"))
        *format = Format::Bibtex;
    else if (n == QLatin1String("ris"))
        *format = Format::Ris;
    else if (n == QLatin1String("csljson") || n == QLatin1String("csl-json") || n == QLatin1String("csl"))
        *format = Format::CslJson;
    else
        return false;
    return true;
}

QByteArray format(const Document &document, Format format, const Corpus *corpus)
{
    switch (format) {
    case Format::Markdown: return markdown(document, corpus);
    case Format::Csv: return csv(document, corpus);
    case Format::Json: return json(document);
    case Format::Bibtex: return CitationExport::bibtex(document, corpus);
    case Format::Ris: return CitationExport::ris(document, corpus);
    case Format::CslJson: return CitationExport::cslJson(document, corpus);
    }
    return {};
}

bool documentFor(const LibraryStore &store, const QString &name, Document *document)
{
    if (name.trimmed().compare(LibraryStore::kBookmarksName, Qt::CaseInsensitive) == 0)
        *document = {LibraryStore::kBookmarksName, store.bookmarks(), {}};
    else if (store.hasList(name))
        *document = {store.canonicalListName(name), store.entries(name), {}};
    else
        return false;
    document->notRelevant = store.notRelevant(name);
    const bool bookmarks = document->name == LibraryStore::kBookmarksName;
    for (const SavedView &v : store.views()) {
        const bool listScoped = v.scope.kind() == LibraryScope::Kind::List;
        if (bookmarks ? !listScoped : listScoped && v.scope.listName().compare(document->name, Qt::CaseInsensitive) == 0)
            document->views.append(v);
    }
    return true;
}

ParseResult parseJson(const QByteArray &bytes)
{
    ParseResult result;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (doc.isNull()) {
        // A line and column the user can find in an editor (offset counts bytes from 0).
        const QByteArray before = bytes.left(error.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1)).size() + 1;
        result.error = QObject::tr("not valid JSON at line %1, column %2: %3").arg(line).arg(column).arg(error.errorString());
        return result;
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(kFormatTag)) {
        result.error = QObject::tr("not a Skimmer list export (no \"format\": \"%1\")").arg(QLatin1String(kFormatTag));
        return result;
    }
    if (root.value(QStringLiteral("version")).toInt() > kFormatVersion) {
        result.error = QObject::tr("written by a newer Skimmer (export version %1)").arg(root.value(QStringLiteral("version")).toInt());
        return result;
    }
    result.document.name = root.value(QStringLiteral("name")).toString().trimmed();
    if (result.document.name.isEmpty()) {
        result.error = QObject::tr("the export has no list name");
        return result;
    }
    const QJsonArray entries = root.value(QStringLiteral("entries")).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject o = entries.at(i).toObject();
        LibraryStore::Entry e;
        e.paper = {o.value(QStringLiteral("id")).toString().trimmed(), o.value(QStringLiteral("authors")).toString(),
                   o.value(QStringLiteral("headline")).toString()};
        e.note = o.value(QStringLiteral("note")).toString();
        e.read = o.value(QStringLiteral("read")).toBool();
        e.added = QDateTime::fromString(o.value(QStringLiteral("added")).toString(), Qt::ISODateWithMs);
        if (e.paper.id.isEmpty()) {
            result.skipped << QObject::tr("entry %1: no paper id").arg(i + 1);
            continue;
        }
        if (!e.added.isValid())
            e.added = QDateTime::currentDateTimeUtc();
        result.document.entries.append(e);
    }
    const QJsonArray views = root.value(QStringLiteral("views")).toArray();
    for (qsizetype i = 0; i < views.size(); ++i) {
        const QJsonObject o = views.at(i).toObject();
        const QString name = o.value(QStringLiteral("name")).toString().trimmed();
        if (name.isEmpty())
            result.skipped << QObject::tr("saved view %1: no name").arg(i + 1);
        else
            result.document.views.append(SavedView::fromStateJson(name, o.value(QStringLiteral("state")).toObject()));
    }
    return result;
}

} // namespace LibraryExporter
