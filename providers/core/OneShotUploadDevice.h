#pragma once

#include <QByteArray>
#include <QIODevice>

// A request body that can be read exactly once. Qt can then not resend the request behind the
// caller's back after a dropped connection: it fails with ContentReSendError instead, and whoever
// sent it decides from a fresh read. ApiCall sends every destructive body through one; the
// emulator's tests send theirs through the same device, so they see what the product sees.
class OneShotUploadDevice : public QIODevice
{
public:
    OneShotUploadDevice(QByteArray data, QObject* parent);

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override;
    bool atEnd() const override;

protected:
    qint64 readData(char* out, qint64 max) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};
