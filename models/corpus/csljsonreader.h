#pragma once

#include "corpus/corpusparser.h"

#include <QJsonValue>

// Reads CSL-JSON (Zotero's and pandoc's): an array of items with title, author[] as {family, given}
// or {literal}, issued.date-parts (numbers or strings), container-title → venue, DOI, URL, keyword
// (one comma-separated string) and abstract. An item that is not an object is reported by number.
class CslJsonReader
{
public:
    static CorpusParser::Result read(const QByteArray &data, const QString &name, const CorpusParser::Options &options);
    // {"date-parts": [[2019, "6", 1]]} (or {"raw": "2019-06-01"}) → 2019, 6, 1.
    static void parseDate(const QJsonValue &issued, int *year, int *month, int *day);
};
