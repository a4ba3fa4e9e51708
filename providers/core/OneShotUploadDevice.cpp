#include "OneShotUploadDevice.h"

#include <algorithm>
#include <cstring>

OneShotUploadDevice::OneShotUploadDevice(QByteArray data, QObject* parent)
    : QIODevice(parent)
    , m_data(std::move(data))
{
    open(QIODevice::ReadOnly);
}

qint64 OneShotUploadDevice::bytesAvailable() const
{
    return m_data.size() - m_pos + QIODevice::bytesAvailable();
}

bool OneShotUploadDevice::atEnd() const
{
    return m_pos >= m_data.size() && QIODevice::bytesAvailable() == 0;
}

qint64 OneShotUploadDevice::readData(char* out, qint64 max)
{
    const qint64 n = std::min(max, qint64(m_data.size()) - m_pos);
    if (n <= 0)
        return -1;
    std::memcpy(out, m_data.constData() + m_pos, size_t(n));
    m_pos += n;
    return n;
}
