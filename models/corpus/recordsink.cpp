#include "corpus/recordsink.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("RecordSink", text);
}
} // namespace

RecordSink::RecordSink(const QString &name)
    : m_corpus(std::make_shared<Corpus>()), m_builder(*m_corpus, m_diagnostics)
{
    m_builder.setName(name);
}

bool RecordSink::add(const CorpusBuilder::Fields &fields)
{
    if (fields.title.trimmed().isEmpty() && fields.abstract.trimmed().isEmpty()) {
        warn(fields.line, tr("a record with neither a title nor an abstract; dropped."));
        return false;
    }
    m_builder.add(fields);
    return true;
}

bool RecordSink::add(const CorpusBuilder::Prepared &prepared)
{
    if (!prepared.hasText()) {
        warn(prepared.record.line, tr("a record with neither a title nor an abstract; dropped."));
        return false;
    }
    m_builder.add(prepared);
    return true;
}

void RecordSink::warn(int line, const QString &message)
{
    if (++m_messages <= kMaxMessages)
        m_diagnostics.append({line, Diagnostic::Warning, message});
}

void RecordSink::warnRecord(int line, qsizetype record, const QString &message)
{
    warn(line, tr("record %1: %2").arg(record).arg(message));
}

CorpusParser::Result RecordSink::finish(const QString &format)
{
    CorpusParser::Result result;
    if (m_messages > kMaxMessages)
        m_diagnostics.append({0, Diagnostic::Warning,
                              tr("%1 more problems were not listed.").arg(m_messages - kMaxMessages)});
    if (m_builder.recordCount() == 0) {
        result.error = tr("No paper could be read from this %1 file (a paper needs a title or an abstract).")
                           .arg(format);
        if (!m_diagnostics.isEmpty())
            result.error += QLatin1Char(' ') + tr("First problem: %1").arg(m_diagnostics.first().toString());
        result.diagnostics = m_diagnostics;
        return result;
    }
    m_builder.finishAll();
    result.diagnostics = std::move(m_diagnostics);
    result.corpus = std::move(m_corpus);
    return result;
}

CorpusParser::Result RecordSink::cancelled()
{
    CorpusParser::Result result;
    result.error = QCoreApplication::translate("CorpusParser", "Cancelled.");
    return result;
}
