#pragma once

#include <Qt>

// The keys that move the current item of a list view (and so are passed from the search field to
// the results list, and count as "moving on" for the read tracker).
inline bool isListNavigationKey(int key)
{
    switch (key) {
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
    case Qt::Key_Home:
    case Qt::Key_End:
        return true;
    default:
        return false;
    }
}
