#include "pipeline/navigationhistory.h"

namespace {
// Typing that extends or shortens the query is one step of the reader, not one per key.
bool isEditOf(const QString &a, const QString &b)
{
    const QString x = a.trimmed(), y = b.trimmed();
    return !x.isEmpty() && !y.isEmpty() && (x.startsWith(y) || y.startsWith(x));
}
} // namespace

NavigationHistory::NavigationHistory(QObject *parent) : QObject(parent) {}

void NavigationHistory::visit(const Place &place)
{
    if (m_current >= 0) {
        Place &here = m_places[m_current];
        if (here == place)
            return;
        const bool sameResults = here.sameResults(place);
        const bool typing = place.authors == here.authors && place.scope == here.scope
            && here.paperId.isEmpty() && isEditOf(here.query, place.query);
        if (sameResults || typing) {
            // A move within the list (no paper current says nothing: keep the last one).
            here.query = place.query;
            if (!place.paperId.isEmpty() || typing)
                here.paperId = place.paperId;
            return;
        }
    }
    m_places.erase(m_places.begin() + (m_current + 1), m_places.end());
    m_places.append(place);
    if (m_places.size() > maxPlaces)
        m_places.removeFirst();
    m_current = int(m_places.size()) - 1;
    emit changed();
}

NavigationHistory::Place NavigationHistory::back()
{
    if (canGoBack()) {
        --m_current;
        emit changed();
    }
    return current();
}

NavigationHistory::Place NavigationHistory::forward()
{
    if (canGoForward()) {
        ++m_current;
        emit changed();
    }
    return current();
}

void NavigationHistory::clear()
{
    m_places.clear();
    m_current = -1;
    emit changed();
}
