#include "LegacyWire.h"

#include "ClockSkew.h"
#include "TencentLegacyDialect.h"
#include "TencentWire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <optional>

using namespace Qt::StringLiterals;

namespace LegacyWire {

namespace {

ProviderError malformed(const WireReply& reply)
{
    ProviderError e;
    e.kind = ProviderError::Kind::BadReply;
    e.code = u"Reply.Malformed"_s;
    e.httpStatus = reply.httpStatus;
    e.message = QString::fromUtf8(reply.body.left(200)).simplified();
    e.retry = ProviderError::Retry::Transient;
    return e;
}

ProviderError::Retry retryFor(int code)
{
    switch (code) {
    case 4400: // quota or rate limit: nothing was done
        return ProviderError::Retry::Throttled;
    case 5100: // "operation failed, retry later": whether anything happened is not said
    case 6000:
    case 6200:
        return ProviderError::Retry::Transient;
    default:
        return ProviderError::Retry::No;
    }
}

// The common code: a whole number, or one written as text ("4104"). Anything else is no code, also
// where Qt would read a number from part of it: QJsonValue::toInt() reads 0.5 and 1e10 as 0 and
// QString::toInt() stops at a NUL ("0\u0000x"), and 0 is success.
std::optional<int> codeOf(const QJsonValue& value)
{
    if (value.isDouble()) {
        if (value.toDouble() != double(value.toInt()))
            return std::nullopt;
        return value.toInt();
    }
    QLocale c = QLocale::c();
    c.setNumberOptions(QLocale::RejectGroupSeparator);
    bool ok = false;
    const int code = c.toInt(value.toString(), &ok);
    return ok ? std::optional<int>(code) : std::nullopt;
}

void flattenInto(LegacyParams* out, const QByteArray& name, const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            flattenInto(out, name + '.' + QByteArray::number(i), array.at(i));
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            flattenInto(out, name + '.' + it.key().toUtf8(), it.value());
        break;
    }
    case QJsonValue::Bool:
        out->append({name, value.toBool() ? "true"_ba : "false"_ba});
        break;
    case QJsonValue::Double:
        out->append({name, QByteArray::number(value.toInteger())});
        break;
    case QJsonValue::String:
        out->append({name, value.toString().toUtf8()});
        break;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
}

} // namespace

ProviderError decode(const WireReply& reply, QJsonObject* result)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(reply.body, &parseError);
    const QJsonObject object = doc.object();
    // API 3.0 shape, and any status other than 200, are API 3.0's business; but on this host an
    // expired signature from a clock in step is the 2017 actions' word for a reused Nonce (below).
    if (reply.httpStatus != 200 || object.contains(u"Response"_s)) {
        ProviderError e = TencentWire::decode(reply, result);
        if (e.code == u"AuthFailure.SignatureExpire"_s && ClockSkew::inStep(reply))
            e.retry = ProviderError::Retry::Transient;
        return e;
    }
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return malformed(reply);

    const std::optional<int> commonCode = codeOf(object.value(u"code"_s));
    if (!commonCode)
        return malformed(reply);
    const int code = *commonCode;
    if (code == 0) {
        *result = object;
        return {};
    }

    const QString codeDesc = object.value(u"codeDesc"_s).toString();
    const QString message = object.value(u"message"_s).toString();
    const bool specific = !codeDesc.isEmpty() && codeDesc != u"Success"_s && TencentLegacyDialect::knowsCode(codeDesc);
    ProviderError e = ProviderError::api(specific ? codeDesc : QString::number(code),
                                         specific || codeDesc.isEmpty() ? message : codeDesc + u": "_s + message,
                                         object.value(u"requestId"_s).toString(), reply.httpStatus);
    // A specific business code is the provider's refusal; the common code's class only applies
    // when nothing more precise was said.
    e.retry = specific ? ProviderError::Retry::No : retryFor(code);
    // 4500: the Timestamp is too far from the server's time (or the Nonce was reused, which the
    // clock's agreement then shows); 4200: the request expired. Either way, say how far the clock is.
    if (code == 4500 || code == 4200)
        e.context = ClockSkew::explain(reply);
    // 4500 with the clocks in step is a reused Nonce: a copy of this very request arrived before.
    // Qt resends a GET, unchanged, when its kept-alive connection drops, so a read meets this
    // after a dropped connection; ApiCall signs it afresh (a new Nonce) and sends it again. On a
    // destructive call the earlier copy may have been applied: ApiCall makes that an unknown
    // outcome. The 2017 actions say the same as API 3.0's AuthFailure.SignatureExpire (above).
    if (code == 4500 && ClockSkew::inStep(reply))
        e.retry = ProviderError::Retry::Transient;
    return e;
}

LegacyParams flatten(const QJsonObject& params)
{
    LegacyParams out;
    for (auto it = params.begin(); it != params.end(); ++it)
        flattenInto(&out, it.key().toUtf8(), it.value());
    return out;
}

} // namespace LegacyWire
