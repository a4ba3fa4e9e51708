#pragma once

#include <QString>

#include <optional>

// The credentials file of Tencent Cloud's command line (~/.tccli/NAME.credential): JSON with
// secretId, secretKey and, for temporary credentials, token. Read for the account form's import.
struct TccliCredentials
{
    QString secretId;
    QString secretKey;
    QString token; // empty: permanent keys
};

namespace TccliProfile {

constexpr qint64 MaxFileBytes = 64 * 1024; // a credential file is a few hundred bytes

QString defaultDirectory(); // ~/.tccli

// The credentials in the file, or nullopt with `problem` set (translated: what is wrong and what to
// do). Anything else than a small JSON object of plain strings is refused.
std::optional<TccliCredentials> read(const QString& path, QString* problem);

} // namespace TccliProfile
