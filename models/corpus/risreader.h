#pragma once

#include "corpus/corpusparser.h"

// Reads RIS (publishers, Scopus, Web of Science, EndNote): records from TY to ER, one "XX  - value"
// tag per line, lines without a tag continuing the previous value. Title TI/T1, authors AU/A1
// ("Last, First"), abstract AB/N2, year PY/Y1 ("2014///", "2017/10/19/"), venue JO/JF/T2/JA, DO,
// UR, KW. A record cut off without ER is kept with a message.
class RisReader
{
public:
    static CorpusParser::Result read(const QByteArray &data, const QString &name, const CorpusParser::Options &options);
    // "2017/10/19/" → 2017, 10, 19; missing parts stay 0.
    static void parseDate(QStringView value, int *year, int *month, int *day);
};
