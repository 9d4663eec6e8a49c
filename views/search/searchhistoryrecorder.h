#pragma once

#include <QObject>

#include <functional>

class QLineEdit;
class QTimer;
class SearchHistory;

// Decides which queries enter the search history: those the reader dwelt on — the results stayed
// in view for dwellMs without a keystroke, Enter was pressed, or the reader moved on into the
// results (the field lost focus) — never fragments (a stray "l"). A query looked at, then cleared
// with Esc, is kept; typing on from a kept query ("neural" → "neural network") replaces it.
class SearchHistoryRecorder : public QObject
{
    Q_OBJECT

public:
    // resultCount: how many papers the query shows now (a query that shows none is not dwelt on).
    SearchHistoryRecorder(QLineEdit *field, SearchHistory *history, std::function<int()> resultCount);

    void setDwellMs(int ms);
    // Records the field's query now if it is not a fragment (Enter, a paper opened).
    void commit();
    static bool isFragment(const QString &query);

private:
    void record(const QString &query);

    QLineEdit *m_field;
    SearchHistory *m_history;
    std::function<int()> m_resultCount;
    QTimer *m_dwell;
    QString m_lastRecorded; // by this edit session, replaced when typing extends it
};
