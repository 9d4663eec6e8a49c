#pragma once

#include "corpus/corpus.h"
#include "corpus/diagnostic.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

// Reads the corpus format: a record is a line of comma-separated author names, optionally a line
// starting with "tl;dr:", then a line holding the abstract. Blank lines between records, a BOM and
// CRLF/CR line endings are accepted. Problems become diagnostics with line numbers; only a file that
// is not a corpus at all (empty, binary, not text, no author lines) is rejected, with the reason.
class CorpusParser
{
public:
    struct Result
    {
        std::shared_ptr<const Corpus> corpus; // null when rejected
        Diagnostics diagnostics;
        QString error; // why the file was rejected; empty on success
        bool ok() const { return corpus != nullptr; }
    };

    struct Options
    {
        // Called now and then with a fraction in [0, 1]; may be called from worker threads.
        std::function<void(double)> progress;
        // Set from another thread to stop; the result then carries an error "Cancelled".
        const std::atomic_bool *cancel = nullptr;
    };

    static constexpr qsizetype kMaxLineBytes = 100'000;
    static constexpr int kMaxReportedLines = 20; // per kind of problem

    static Result parseFile(const QString &path) { return parseFile(path, Options()); }
    static Result parseFile(const QString &path, const Options &options);
    static Result parse(QByteArray data, const QString &name) { return parse(std::move(data), name, Options()); }
    static Result parse(QByteArray data, const QString &name, const Options &options);

    static bool looksLikeAuthorLine(QByteArrayView line);
};
