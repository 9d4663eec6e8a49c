#pragma once

#include <QByteArray>
#include <QString>

// The window's state between runs, read from and written to QSettings as one value (UI state only;
// user data lives in the library store). Keys other panes share are named here so they agree.
struct SessionState
{
    static constexpr auto kGeometryKey = "window/geometry";
    static constexpr auto kWindowStateKey = "window/state";     // docks and toolbars
    static constexpr auto kSplitterKey = "window/splitter";
    static constexpr auto kCorpusKey = "session/corpus";
    static constexpr auto kQueryKey = "session/query";
    static constexpr auto kSelectedPaperKey = "session/selectedPaper"; // paper id, stable across edits
    static constexpr auto kScrollKey = "session/scroll";
    // The facet selections, library scope and sort beside the query (SavedView::stateJson, compact).
    static constexpr auto kViewKey = "session/view";
    // Owned by the panes that use them: the result order and the list density.
    static constexpr auto kSortKey = "view/sort";
    static constexpr auto kDensityKey = "view/density";

    QByteArray geometry;
    QByteArray windowState;
    QByteArray splitter;
    QString corpusPath;
    QString query;
    QString selectedPaper;
    int scroll = 0;
    QByteArray view; // empty: only the query is restored (sessions saved before views were kept)

    static SessionState load();
    void save() const;
};
