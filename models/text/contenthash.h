#pragma once

#include <QByteArrayView>
#include <QtGlobal>

// A fast, portable 64-bit content hash (same value on every platform and run).
// Paper ids are derived from it, so its output must never change between releases.
quint64 contentHash64(QByteArrayView data, quint64 seed = 0);
