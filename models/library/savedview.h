#pragma once

#include "library/libraryscope.h"
#include "search/searchengine.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

// A saved view: a name and the search state it brings back — the query text, the facet selections
// (authors by name, so a view outlives the corpus it was saved in; year, category, venue and keyword
// terms as their facets store them), the library scope and the sort. A plain value; the library
// store keeps views in its file (named case-insensitively unique, in the user's order).
struct SavedView
{
    struct Term
    {
        QString text;
        bool excluded = false;
        friend bool operator==(const Term &, const Term &) = default;
    };
    struct Facet
    {
        QList<Term> terms; // in the order they were chosen (the chip bar's order)
        bool matchAny = false;
        bool isEmpty() const { return terms.isEmpty(); }
        friend bool operator==(const Facet &, const Facet &) = default;
    };

    QString name;
    QString query;
    Facet authors;
    QMap<QString, Facet> fields; // by FieldFacetIndex kind name: "year", "category", "venue", "keyword"
    LibraryScope scope;
    SortOrder sort = SortOrder::Relevance;
    bool reverse = false;
    QString likeList; // the list a SortOrder::Likeness sort ranks by

    // Everything but the name.
    bool sameState(const SavedView &other) const;
    // A short description for menus and the manage dialog: "“graph” · 2 authors · in “to read”".
    QString summary() const;

    // The state (everything but the name) as stored in the library file and its JSON export.
    QJsonObject stateJson() const;
    // Reads what stateJson() wrote; unknown keys are ignored, missing ones keep their defaults.
    static SavedView fromStateJson(const QString &name, const QJsonObject &state);

    friend bool operator==(const SavedView &, const SavedView &) = default;
};
Q_DECLARE_METATYPE(SavedView)
