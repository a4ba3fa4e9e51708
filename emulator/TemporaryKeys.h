#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

namespace emulator {

// Temporary credentials (Tencent STS, CAM roles): a key pair that is accepted only together with
// its session token (X-TC-Token in API 3.0, the Token parameter in API 2.0) and, when it has an
// expiry, only until then. Shared by both Tencent endpoints.
class TemporaryKeys
{
public:
    struct Key
    {
        QString secretKey;
        QString token;
        QDateTime expires; // invalid: never
    };

    void add(const QString& secretId, const Key& key);
    std::optional<QString> secretKey(const QString& secretId) const;
    // Empty when the request may go on: the id is not a temporary key, or its token matches and has
    // not run out. Otherwise why not, in English, for the log and the message.
    QString refusal(const QString& secretId, const QByteArray& token, const QDateTime& now) const;

    // ID:KEY:TOKEN[@EXPIRY], EXPIRY an ISO 8601 date-time (UTC unless it says otherwise). False, with
    // the reason in `error`, when the text is not of that shape.
    static bool parse(const QString& spec, QString* secretId, Key* key, QString* error);

private:
    QHash<QString, Key> m_keys;
};

} // namespace emulator
