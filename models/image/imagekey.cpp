#include "image/imagekey.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <zlib.h>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace {
constexpr qint64 kEdge = qint64(1) << 20;

quint32 crcOf(QFile &file, qint64 pos, qint64 n)
{
    if (!file.seek(pos))
        return 0;
    const QByteArray bytes = file.read(n);
    return quint32(crc32_z(0, reinterpret_cast<const Bytef *>(bytes.constData()), size_t(bytes.size())));
}
} // namespace

QByteArray ImageKey::forFile(const QString &path, const QString &extra)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QFile file(absolute);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray key = "skimmer-image-key\npath=" + absolute.toUtf8() + "\nextra=" + extra.toUtf8();
#ifdef Q_OS_UNIX
    struct stat st;
    if (fstat(file.handle(), &st) != 0)
        return {};
    key += "\nsize=" + QByteArray::number(qint64(st.st_size))
        + "\nmtime=" + QByteArray::number(qint64(st.st_mtim.tv_sec)) + '.' + QByteArray::number(qint64(st.st_mtim.tv_nsec))
        + "\nctime=" + QByteArray::number(qint64(st.st_ctim.tv_sec)) + '.' + QByteArray::number(qint64(st.st_ctim.tv_nsec))
        + "\ninode=" + QByteArray::number(quint64(st.st_ino)) + "\ndev=" + QByteArray::number(quint64(st.st_dev));
    const qint64 size = qint64(st.st_size);
#else
    const QFileInfo info(file);
    const qint64 size = info.size();
    key += "\nsize=" + QByteArray::number(size)
        + "\nmtime=" + QByteArray::number(info.lastModified().toMSecsSinceEpoch())
        + "\nctime=" + QByteArray::number(info.metadataChangeTime().toMSecsSinceEpoch());
#endif
    key += "\nhead=" + QByteArray::number(crcOf(file, 0, kEdge), 16)
        + "\ntail=" + QByteArray::number(crcOf(file, std::max<qint64>(0, size - kEdge), kEdge), 16) + '\n';
    return key;
}

QString ImageKey::stem(const QString &path, const QString &extra)
{
    const QByteArray id = QFileInfo(path).absoluteFilePath().toUtf8() + '\n' + extra.toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(id, QCryptographicHash::Sha1).toHex().left(24));
}
