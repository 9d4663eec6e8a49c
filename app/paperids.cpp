#include "paperids.h"

#include "text/controlescape.h"

#include <QCoreApplication>

namespace {
constexpr qsizetype kChunk = 64 << 10;
constexpr qsizetype kMaxIdLength = 256; // real ids are 16 characters

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}
} // namespace

PaperIds::PaperIds(const QCommandLineParser &parser) : m_arguments(parser.positionalArguments())
{
    m_stdin = m_arguments == QStringList{QStringLiteral("-")};
    if (m_stdin && !m_in.open(stdin, QIODevice::ReadOnly))
        m_eof = true;
}

bool PaperIds::fill()
{
    if (m_eof)
        return false;
    m_buffer.remove(0, m_pos);
    m_pos = 0;
    const qsizetype old = m_buffer.size();
    m_buffer.resize(old + kChunk);
    const qint64 got = m_in.read(m_buffer.data() + old, kChunk);
    m_buffer.resize(old + qsizetype(std::max<qint64>(got, 0)));
    m_eof = got <= 0;
    return got > 0;
}

bool PaperIds::next(QString *id)
{
    if (!m_stdin) {
        if (m_argument >= m_arguments.size())
            return false;
        *id = m_arguments.at(m_argument++);
        return true;
    }
    for (;;) { // skip whitespace, refilling as needed
        while (m_pos < m_buffer.size() && isSpace(m_buffer[m_pos]))
            ++m_pos;
        if (m_pos < m_buffer.size() || !fill())
            break;
    }
    if (m_pos >= m_buffer.size())
        return false;
    qsizetype end = m_pos;
    QByteArray token;
    for (;;) {
        while (end < m_buffer.size() && !isSpace(m_buffer[end]))
            ++end;
        const qsizetype take = std::min(end - m_pos, kMaxIdLength + 1 - token.size());
        token.append(m_buffer.constData() + m_pos, std::max<qsizetype>(take, 0));
        m_pos = end;
        if (end < m_buffer.size() || !fill())
            break;
        end = m_pos;
    }
    *id = QString::fromUtf8(token);
    return true;
}

void UnknownIds::add(const QString &id)
{
    if (++m_count <= kShown)
        m_first << ControlEscape::escaped(id.size() > 64 ? id.left(64) + QChar(0x2026) : id);
}

QString UnknownIds::describe() const
{
    const QString shown = m_first.join(QLatin1Char(' '));
    if (m_count <= kShown)
        return shown;
    return QCoreApplication::translate("LibraryCommands", "%1 ids, the first %2: %3").arg(m_count).arg(kShown).arg(shown);
}
