#include "TccliProfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace TccliProfile {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(TccliProfile)
};

// A key or token is printable ASCII without spaces; anything else is not what tccli writes.
bool isPlainValue(const QString& value, qsizetype maxLength)
{
    static const QRegularExpression plain(u"^[\\x21-\\x7e]+$"_s);
    return value.size() <= maxLength && plain.match(value).hasMatch();
}

} // namespace

QString defaultDirectory()
{
    return QDir::home().filePath(u".tccli"_s);
}

std::optional<TccliCredentials> read(const QString& path, QString* problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = Text::tr("The file could not be opened: %1").arg(file.errorString());
        return std::nullopt;
    }
    if (file.size() > MaxFileBytes) {
        *problem = Text::tr("This is not a tccli credential file (it is far too large). Choose a file such as "
                            "~/.tccli/default.credential.");
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(MaxFileBytes + 1), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        *problem = Text::tr("This is not a tccli credential file (it is not a JSON object). Choose a file such as "
                            "~/.tccli/default.credential.");
        return std::nullopt;
    }
    const QJsonObject o = document.object();
    const auto text = [&o](const char* name) {
        const QJsonValue v = o.value(QLatin1StringView(name));
        return v.isString() ? std::optional<QString>(v.toString()) : std::nullopt;
    };
    const std::optional<QString> secretId = text("secretId");
    const std::optional<QString> secretKey = text("secretKey");
    const QJsonValue token = o.value(u"token"_s);
    if (!secretId || !secretKey || !isPlainValue(*secretId, 256) || !isPlainValue(*secretKey, 256)) {
        *problem = Text::tr("The file has no usable secretId and secretKey. Run \"tccli configure\" (or get temporary "
                            "credentials with tccli sts) and choose the file again.");
        return std::nullopt;
    }
    TccliCredentials c{*secretId, *secretKey, {}};
    if (!token.isUndefined() && !token.isNull()) {
        if (!token.isString() || (!token.toString().isEmpty() && !isPlainValue(token.toString(), 8192))) {
            *problem = Text::tr("The file's token is not a session token. Get new temporary credentials and choose the "
                                "file again.");
            return std::nullopt;
        }
        c.token = token.toString();
    }
    return c;
}

} // namespace TccliProfile
