#pragma once

#include "search/searchquery.h"

#include <QList>
#include <QString>
#include <QStringView>

// Finds the words of a text that a query matched, with the search's own tokenizer and folding, so a
// highlighted word is always a match: the positive words and phrases of the query (excluded items
// and operators never), phrases only where their words are consecutive, and field-restricted items
// only in texts of those fields.
class Highlighter
{
public:
    explicit Highlighter(const SearchQuery &query = {});

    bool isEmpty() const { return m_phrases.isEmpty(); }
    // Matched spans as a flattened list start0, length0, start1, ... in ascending order.
    QList<int> spans(QStringView text, quint8 fields = SearchQuery::AnyField) const;
    // The text as escaped HTML with matches wrapped in <b>…</b>, or, with a mark colour (a CSS
    // colour such as "#ffd650": the paper list's), in a span with that background.
    QString toHtml(QStringView text, quint8 fields = SearchQuery::AnyField) const;
    static QString toHtml(QStringView text, const QList<int> &spans, const QString &markCss = {});
    void setMarkColor(const QString &css) { m_markCss = css; }

private:
    QList<SearchQuery::Phrase> m_phrases;
    QString m_markCss;
};
