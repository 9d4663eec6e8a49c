#pragma once

#include "corpus/corpus.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

// Formats papers for the command-line modes (--list, --query): text, JSON, TSV or ids.
namespace CorpusFormatter {

enum class Format { Text, Json, Tsv, Ids, Count };

// Parses "text", "json", "tsv", "ids", "count"; false for anything else.
bool parseFormat(const QString &name, Format *format);

// The object --list prints for one paper: index, line, id, authors, tldr (or null), abstract,
// truncated, headline, title, year, venue, categories, keywords, doi, url, arxiv (null or [] where absent).
QJsonObject paperObject(const Corpus &corpus, qsizetype row);

// Rows in the given order; scores (same length as rows, or empty) are added as "score".
QByteArray format(const Corpus &corpus, const QList<qsizetype> &rows, Format format,
                  const QList<double> &scores = {});

} // namespace CorpusFormatter
