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
    if (query.isEmpty())
        return scope.isAll() ? QString() : tr("Nothing in “%1” yet.").arg(scope.label());
    return tr("No papers match “%1”. Try fewer words.").arg(query);
}
