#include "library/savedview.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <array>
#include <utility>

namespace {

struct SavedViewText
{
    Q_DECLARE_TR_FUNCTIONS(SavedView)
};

constexpr std::array<std::pair<SortOrder, const char *>, 5> kSorts{{{SortOrder::Relevance, "relevance"},
                                                                    {SortOrder::CorpusOrder, "corpus"},
                                                                    {SortOrder::FirstAuthor, "firstAuthor"},
                                                                    {SortOrder::AuthorCount, "authorCount"},
                                                                    {SortOrder::Likeness, "likeness"}}};

constexpr std::array<std::pair<LibraryScope::Kind, const char *>, 4> kScopes{{{LibraryScope::Kind::All, "all"},
                                                                              {LibraryScope::Kind::Bookmarked, "bookmarked"},
                                                                              {LibraryScope::Kind::Unread, "unread"},
                                                                              {LibraryScope::Kind::List, "list"}}};

QJsonObject facetJson(const SavedView::Facet &facet)
{
    QJsonArray terms;
    for (const SavedView::Term &t : facet.terms)
        terms.append(QJsonObject{{QStringLiteral("text"), t.text}, {QStringLiteral("excluded"), t.excluded}});
    return {{QStringLiteral("terms"), terms}, {QStringLiteral("matchAny"), facet.matchAny}};
}

SavedView::Facet facetFrom(const QJsonObject &json, bool matchAnyByDefault)
{
    SavedView::Facet facet;
    facet.matchAny = json.value(QStringLiteral("matchAny")).toBool(matchAnyByDefault);
    for (const QJsonValue &v : json.value(QStringLiteral("terms")).toArray()) {
        const QJsonObject t = v.toObject();
        const QString text = t.value(QStringLiteral("text")).toString();
        if (!text.isEmpty())
            facet.terms.append({text, t.value(QStringLiteral("excluded")).toBool()});
    }
    return facet;
}

} // namespace

bool SavedView::sameState(const SavedView &other) const
{
    SavedView renamed = other;
    renamed.name = name;
    return renamed == *this;
}

QString SavedView::summary() const
{
    QStringList parts;
    if (!query.trimmed().isEmpty())
        parts << QStringLiteral("“%1”").arg(query.trimmed());
    if (!authors.isEmpty())
        parts << SavedViewText::tr("%n author(s)", nullptr, int(authors.terms.size()));
    for (const Facet &f : fields)
        for (const Term &t : f.terms)
            parts << (t.excluded ? QStringLiteral("−") + t.text : t.text);
    if (!scope.isAll())
        parts << SavedViewText::tr("in “%1”").arg(scope.label());
    if (sort != SortOrder::Relevance || reverse)
        parts << (sort == SortOrder::Likeness ? SavedViewText::tr("like “%1”").arg(likeList) : SavedViewText::tr("sorted"));
    return parts.isEmpty() ? SavedViewText::tr("all papers") : parts.join(QStringLiteral(" · "));
}

QJsonObject SavedView::stateJson() const
{
    QJsonObject json{{QStringLiteral("query"), query}};
    if (!authors.isEmpty())
        json.insert(QStringLiteral("authors"), facetJson(authors));
    QJsonObject fieldJson;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        if (!it->isEmpty())
            fieldJson.insert(it.key(), facetJson(*it));
    if (!fieldJson.isEmpty())
        json.insert(QStringLiteral("fields"), fieldJson);
    for (const auto &[kind, key] : kScopes)
        if (kind == scope.kind())
            json.insert(QStringLiteral("scope"), QLatin1String(key));
    if (scope.kind() == LibraryScope::Kind::List)
        json.insert(QStringLiteral("list"), scope.listName());
    for (const auto &[order, key] : kSorts)
        if (order == sort)
            json.insert(QStringLiteral("sort"), QLatin1String(key));
    json.insert(QStringLiteral("reverse"), reverse);
    if (sort == SortOrder::Likeness)
        json.insert(QStringLiteral("likeList"), likeList);
    return json;
}

SavedView SavedView::fromStateJson(const QString &name, const QJsonObject &state)
{
    SavedView view;
    view.name = name;
    view.query = state.value(QStringLiteral("query")).toString();
    view.authors = facetFrom(state.value(QStringLiteral("authors")).toObject(), false);
    const QJsonObject fieldJson = state.value(QStringLiteral("fields")).toObject();
    for (auto it = fieldJson.begin(); it != fieldJson.end(); ++it) {
        Facet facet = facetFrom(it->toObject(), true);
        if (!facet.isEmpty())
            view.fields.insert(it.key(), facet);
    }
    const QString scope = state.value(QStringLiteral("scope")).toString();
    if (scope == QLatin1String("bookmarked"))
        view.scope = LibraryScope::bookmarked();
    else if (scope == QLatin1String("unread"))
        view.scope = LibraryScope::unread();
    else if (scope == QLatin1String("list") && !state.value(QStringLiteral("list")).toString().isEmpty())
        view.scope = LibraryScope::list(state.value(QStringLiteral("list")).toString());
    const QString sort = state.value(QStringLiteral("sort")).toString();
    for (const auto &[order, key] : kSorts)
        if (sort == QLatin1String(key))
            view.sort = order;
    view.reverse = state.value(QStringLiteral("reverse")).toBool();
    view.likeList = state.value(QStringLiteral("likeList")).toString();
    if (view.sort == SortOrder::Likeness && view.likeList.isEmpty())
        view.sort = SortOrder::Relevance;
    if (view.sort != SortOrder::Likeness)
        view.likeList.clear();
    return view;
}
