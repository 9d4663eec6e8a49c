#include "corpus/gzipdevice.h"

#include <QCoreApplication>

#include <zlib.h>

namespace {
constexpr qint64 kInputChunk = 256 * 1024;
constexpr int kGzipWindow = 16 + MAX_WBITS; // 16: expect a gzip header, not a raw zlib stream
} // namespace

GzipDevice::GzipDevice(QIODevice *source) : m_source(source), m_stream(std::make_unique<z_stream_s>()) { }

GzipDevice::~GzipDevice()
{
    close();
}

bool GzipDevice::open(OpenMode mode)
{
    if ((mode & ReadWrite) != ReadOnly || !m_source || !m_source->isReadable())
        return false;
    *m_stream = {};
    if (inflateInit2(m_stream.get(), kGzipWindow) != Z_OK)
        return false;
    m_finished = m_failed = false;
    return QIODevice::open(mode);
}

void GzipDevice::close()
{
    if (isOpen())
        inflateEnd(m_stream.get());
    QIODevice::close();
}

bool GzipDevice::atEnd() const
{
    return m_finished && QIODevice::atEnd();
}

bool GzipDevice::refill()
{
    if (m_stream->avail_in > 0)
        return true;
    // No more than a file or buffer still holds: read(kInputChunk) allocates the whole chunk first,
    // 256 KB for every small gzip file (a tenth of the BibTeX fuzz target's gzip inputs).
    const qint64 left = m_source->isSequential() ? 0 : m_source->bytesAvailable();
    m_input = m_source->read(left > 0 ? qMin(kInputChunk, left) : kInputChunk);
    m_stream->next_in = reinterpret_cast<Bytef *>(m_input.data());
    m_stream->avail_in = uInt(m_input.size());
    return !m_input.isEmpty();
}

qint64 GzipDevice::readData(char *data, qint64 maxSize)
{
    if (m_finished || maxSize <= 0)
        return m_finished ? -1 : 0;
    m_stream->next_out = reinterpret_cast<Bytef *>(data);
    m_stream->avail_out = uInt(qMin<qint64>(maxSize, 1 << 30));
    const uInt wanted = m_stream->avail_out;
    while (m_stream->avail_out == wanted) {
        if (!refill()) {
            m_finished = true;
            m_failed = m_stream->total_in > 0 || m_stream->total_out > 0; // ended inside a member
            if (m_failed)
                setErrorString(QCoreApplication::translate("GzipDevice", "the compressed data ends too early"));
            break;
        }
        const int rc = inflate(m_stream.get(), Z_NO_FLUSH);
        if (rc == Z_STREAM_END) {
            // Another member may follow; trailing zero padding (some tools add it) ends the data.
            inflateReset(m_stream.get());
            m_stream->total_in = m_stream->total_out = 0;
            if (!refill() || quint8(*m_stream->next_in) != 0x1f) {
                m_finished = true;
                break;
            }
        } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
            setErrorString(QCoreApplication::translate("GzipDevice", "the compressed data is corrupt (%1)")
                               .arg(QString::fromLatin1(m_stream->msg ? m_stream->msg : "zlib error")));
            m_finished = m_failed = true;
            return wanted == m_stream->avail_out ? -1 : qint64(wanted - m_stream->avail_out);
        }
    }
    const qint64 got = qint64(wanted - m_stream->avail_out);
    return got == 0 && m_finished ? -1 : got;
}
