#pragma once

#include <QString>

// What a model of papers can answer in constant time: the row showing a paper, found by its id or
// by its corpus row (-1 when the model does not show it). LibraryDecorationModel asks its source
// through this to announce one paper's change without searching the rows.
class PaperRowLookup
{
public:
    virtual ~PaperRowLookup() = default;
    virtual int rowOfCorpusRow(int corpusRow) const = 0;
    virtual int rowOfPaper(const QString &id) const = 0;
};
