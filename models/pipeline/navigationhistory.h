#pragma once

#include "facets/facetselection.h"
#include "library/libraryscope.h"

#include <QList>
#include <QObject>
#include <QString>

// Where the reader has been, as a browser keeps it: each place is a paper with the query and the
// filters it was found under. Moving within one result list only updates the paper of the current
// place; a new query or other filters make a new place (typing that extends or shortens the query
// stays in one place, so "n", "ne", "neural" are one step). back()/forward() walk the list; a new
// place after going back drops the places ahead, as in a browser. Screen-free: the window's
// NavigationController feeds it and applies what it returns.
class NavigationHistory : public QObject
{
    Q_OBJECT

public:
    struct Place
    {
        QString paperId; // empty: no paper current
        QString query;
        FacetSelection authors;
        LibraryScope scope = LibraryScope::all();
        bool sameResults(const Place &other) const
        {
            return query == other.query && authors == other.authors && scope == other.scope;
        }
        friend bool operator==(const Place &, const Place &) = default;
    };

    explicit NavigationHistory(QObject *parent = nullptr);

    // The reader is now at place: updates the current place or adds a new one.
    void visit(const Place &place);
    bool canGoBack() const { return m_current > 0; }
    bool canGoForward() const { return m_current + 1 < m_places.size(); }
    // Steps back or forward and returns the place to show (the current one when there is none).
    Place back();
    Place forward();
    Place current() const { return m_places.value(m_current); }
    int count() const { return int(m_places.size()); }
    int currentIndex() const { return m_current; }
    void clear();

    static constexpr int maxPlaces = 100;

signals:
    void changed(); // canGoBack() or canGoForward() may have changed

private:
    QList<Place> m_places;
    int m_current = -1;
};
