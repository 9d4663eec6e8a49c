#pragma once

#include "corpus/corpusparser.h"

// Reads OpenReview notes, {"notes": [...]} or a bare array, from API v1 (plain content values) and
// v2 (each value wrapped as {"value": ...}): title, authors, abstract, keywords, venue, the tl;dr
// under whichever key the venue used (TL;DR, TLDR, one-sentence_summary), the date from pdate or
// cdate (milliseconds since 1970) and the forum link.
class OpenReviewReader
{
public:
    static CorpusParser::Result read(const QByteArray &data, const QString &name, const CorpusParser::Options &options);
};
