#include "search/searchfield.h"

SearchField::SearchField(QWidget *parent) : QLineEdit(parent)
{
    setObjectName(QStringLiteral("searchEdit"));
    setAccessibleName(tr("Search"));
    setPlaceholderText(tr("Search: words, \"a phrase\", author:name, -exclude, this OR that"));
    setToolTip(tr("<p>Every word must match; a word matches words starting with it, ignoring case "
                  "and accents (<i>scholkopf</i> finds Schölkopf).</p>"
                  "<p><b>\"graph neural\"</b> words in a row · <b>-word</b> or <b>-\"a phrase\"</b> "
                  "exclude · <b>author:levine</b>, <b>a:</b>, <b>tldr:</b>, <b>abstract:</b> one field · "
                  "<b>graph OR tree neural</b> either of two, then AND.</p>"));
    setClearButtonEnabled(true);
}
