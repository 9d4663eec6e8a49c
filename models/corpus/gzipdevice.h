#pragma once

#include <QByteArray>
#include <QIODevice>

#include <memory>

struct z_stream_s;

// Reads a gzip-compressed device as its uncompressed bytes, streaming (the ACL Anthology and the
// arXiv mirrors ship .gz files; a 4.6 GB snapshot never needs to exist unpacked). Concatenated
// gzip members are read one after the other. A corrupt stream makes read() fail with errorString().
class GzipDevice : public QIODevice
{
public:
    explicit GzipDevice(QIODevice *source);
    ~GzipDevice() override;

    static bool isGzip(QByteArrayView head) { return head.size() >= 2 && quint8(head[0]) == 0x1f && quint8(head[1]) == 0x8b; }

    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return true; }
    bool atEnd() const override;
    // True once the stream turned out corrupt or cut short; errorString() says which.
    bool failed() const { return m_failed; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    bool refill();

    QIODevice *m_source;
    std::unique_ptr<z_stream_s> m_stream;
    QByteArray m_input;
    bool m_finished = false; // the last member ended and the source has nothing more
    bool m_failed = false;
};
