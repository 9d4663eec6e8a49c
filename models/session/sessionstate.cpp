#include "session/sessionstate.h"

#include <QSettings>

SessionState SessionState::load()
{
    const QSettings s;
    SessionState state;
    state.geometry = s.value(QLatin1String(kGeometryKey)).toByteArray();
    state.windowState = s.value(QLatin1String(kWindowStateKey)).toByteArray();
    state.splitter = s.value(QLatin1String(kSplitterKey)).toByteArray();
    state.corpusPath = s.value(QLatin1String(kCorpusKey)).toString();
    state.query = s.value(QLatin1String(kQueryKey)).toString();
    state.selectedPaper = s.value(QLatin1String(kSelectedPaperKey)).toString();
    state.scroll = s.value(QLatin1String(kScrollKey), 0).toInt();
    state.view = s.value(QLatin1String(kViewKey)).toByteArray();
    return state;
}

void SessionState::save() const
{
    QSettings s;
    s.setValue(QLatin1String(kGeometryKey), geometry);
    s.setValue(QLatin1String(kWindowStateKey), windowState);
    s.setValue(QLatin1String(kSplitterKey), splitter);
    s.setValue(QLatin1String(kCorpusKey), corpusPath);
    s.setValue(QLatin1String(kQueryKey), query);
    s.setValue(QLatin1String(kSelectedPaperKey), selectedPaper);
    s.setValue(QLatin1String(kScrollKey), scroll);
    s.setValue(QLatin1String(kViewKey), view);
}
