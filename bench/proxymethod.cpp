#include "proxymethod.h"

namespace {
QStringList paperTexts(const Corpus &corpus)
{
    QStringList texts;
    texts.reserve(corpus.size());
    for (qsizetype i = 0; i < corpus.size(); ++i) {
        const Corpus::Record &r = corpus.record(i);
        QByteArray bytes;
        bytes.reserve(r.authors.len + r.tldr.len + r.abstract.len + 2);
        bytes.append(corpus.utf8(r.authors)).append('\n').append(corpus.utf8(r.tldr)).append('\n')
            .append(corpus.utf8(r.abstract));
        texts.append(QString::fromUtf8(bytes));
    }
    return texts;
}
} // namespace

ProxyMethod::ProxyMethod(const Corpus &corpus) : m_model(paperTexts(corpus))
{
    m_proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy.setSourceModel(&m_model);
}

qint64 ProxyMethod::run(const QString &keystroke)
{
    m_proxy.setFilterFixedString(keystroke);
    const int rows = m_proxy.rowCount();
    for (int row = 0; row < std::min(rows, kVisibleRows); ++row) // what a view reads to paint
        m_proxy.data(m_proxy.index(row, 0));
    return rows;
}
