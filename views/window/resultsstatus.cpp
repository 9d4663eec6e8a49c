#include "window/resultsstatus.h"

#include "corpus/papermodel.h"
#include "facets/filtercontroller.h"
#include "pipeline/resultspipeline.h"
#include "search/searchcontroller.h"

#include <QLabel>
#include <QStatusBar>

ResultsStatus::ResultsStatus(QStatusBar *bar, ResultsPipeline *pipeline, FilterController *filters)
    : QObject(bar), m_pipeline(pipeline), m_filters(filters), m_label(new QLabel)
{
    m_label->setTextFormat(Qt::PlainText);
    bar->addWidget(m_label, 1);
    connect(m_pipeline, &ResultsPipeline::changed, this, &ResultsStatus::update);
}

void ResultsStatus::update()
{
    m_label->setText(statusText());
}

QString ResultsStatus::statusText() const
{
    const int total = m_pipeline->totalCount();
    const int shown = m_pipeline->shownCount();
    const auto corpus = m_pipeline->paperModel()->corpus();
    const LibraryScope scope = m_pipeline->scope();
    QString text = shown == total ? tr("%n papers", nullptr, total) : tr("%1 of %n papers", nullptr, total).arg(shown);
    if (const QString authors = m_filters->describeAuthors(); !authors.isEmpty())
        text += QStringLiteral(" ") + authors;
    if (corpus)
        text += QStringLiteral(" — ") + corpus->name();
    if (!scope.isAll())
        text += QStringLiteral(" — ") + tr("showing “%1”").arg(scope.label());
    if (m_problems > 0)
        text += QStringLiteral(" — ") + tr("%n problem(s) while reading", nullptr, m_problems);
    return text;
}

QString ResultsStatus::emptyListText() const
{
    if (m_pipeline->totalCount() == 0)
        return tr("No corpus is open. Open one with File ▸ Open or drop a file here.");
    const QString query = m_pipeline->search()->queryText().trimmed();
    const LibraryScope scope = m_pipeline->scope();
    const QStringList filters = m_filters->narrowingFilters();
    if (filters.isEmpty())
        return query.isEmpty() ? QString() : tr("No papers match “%1”. Try fewer words.").arg(query);
    if (query.isEmpty() && filters.size() == 1 && !scope.isAll())
        return tr("Nothing in “%1” yet.").arg(scope.label());
    // Name what emptied the list, and how to take it away.
    const QString named = filters.join(QStringLiteral(", "));
    const QString what = query.isEmpty() ? tr("No papers under the filters %1.").arg(named)
                                         : tr("No papers match “%1” under the filters %2.").arg(query, named);
    QString hint;
    if (query.isEmpty()) // Backspace in the empty field and Ctrl+Shift+Backspace remove the last chip
        hint = tr("Backspace removes “%1”.").arg(filters.constLast()) + u' ';
    else if (!m_filters->selection().isEmpty()) // the last chip is an author, after the query's
        hint = tr("Ctrl+Shift+Backspace removes “%1”.").arg(filters.constLast()) + u' ';
    return what + u'\n' + hint + tr("Ctrl+Shift+X clears every filter.");
}
