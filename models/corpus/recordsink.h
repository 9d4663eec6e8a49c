#pragma once

#include "corpus/corpusbuilder.h"
#include "corpus/corpusparser.h"

#include <memory>

// Where the readers of imported formats put their records: it drops a record with neither a title
// nor an abstract (with a message), caps the number of messages, and turns what was collected into
// a CorpusParser::Result — refused, with the reason, when no record was usable.
class RecordSink
{
public:
    explicit RecordSink(const QString &name);

    // Keeps the record unless it has neither title nor abstract; true when kept.
    bool add(const CorpusBuilder::Fields &fields);
    bool add(const CorpusBuilder::Prepared &prepared);
    void warn(int line, const QString &message);
    // "record N: message" for formats whose records are JSON values.
    void warnRecord(int line, qsizetype record, const QString &message);
    qsizetype size() const { return m_builder.recordCount(); }
    // For an input of about `bytes` (when known) whose records take at least `minRecordBytes` each.
    void reserveFor(qint64 bytes, qint64 minRecordBytes)
    {
        if (bytes > 0)
            m_builder.reserveImported(size_t(bytes / minRecordBytes), qsizetype(bytes));
    }

    // `format` names the format in the refusal when nothing could be read ("BibTeX", "RIS", …).
    CorpusParser::Result finish(const QString &format);

    // The result of a load stopped through Options::cancel.
    static CorpusParser::Result cancelled();
    static bool isCancelled(const CorpusParser::Options &options)
    {
        return options.cancel && options.cancel->load(std::memory_order_relaxed);
    }

    static constexpr int kMaxMessages = 50;

private:
    std::shared_ptr<Corpus> m_corpus;
    Diagnostics m_diagnostics;
    CorpusBuilder m_builder;
    int m_messages = 0;
};
