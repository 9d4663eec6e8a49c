#pragma once

#include <QObject>

class FilterController;
class QLabel;
class QStatusBar;
class ResultsPipeline;

// The paper list in words: the status line ("12 of 434 papers by Sergey Levine — corpus — showing
// “Bookmarked” — 2 problems while reading"), composed once per change of the pipeline, and what the
// empty list says (no corpus, nothing in the scope, no match for the query).
class ResultsStatus : public QObject
{
    Q_OBJECT

public:
    ResultsStatus(QStatusBar *bar, ResultsPipeline *pipeline, FilterController *filters);

    // Problems found reading the corpus about to be shown.
    void setProblems(int count) { m_problems = count; }
    QString statusText() const;
    QString emptyListText() const;
    void update();

private:
    ResultsPipeline *m_pipeline;
    FilterController *m_filters;
    QLabel *m_label;
    int m_problems = 0;
};
