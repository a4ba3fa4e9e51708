#include "TencentParams.h"

#include "TencentInstance.h"

#include <QJsonArray>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace emulator::TencentParams {

namespace {

TencentError typeError(const QString& key, const QString& expectedEn, const QString& expectedZh)
{
    return TencentError::withDetail(u"InvalidParameter"_s, u"%1 must be %2."_s.arg(key, expectedEn),
                                    u"%1 应为%2。"_s.arg(key, expectedZh));
}

bool isInteger(const QJsonValue& v)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return std::isfinite(d) && std::floor(d) == d && std::fabs(d) < 2147483648.0;
}

TencentError integer(const QJsonObject& params, const QString& key, int fallback, int* out)
{
    const QJsonValue v = params.value(key);
    if (v.isUndefined() || v.isNull()) {
        *out = fallback;
        return {};
    }
    if (!isInteger(v))
        return typeError(key, u"an integer"_s, u"整数"_s);
    *out = int(v.toDouble());
    return {};
}

} // namespace

TencentError rejectUnknown(const QJsonObject& params, const QStringList& allowed)
{
    for (auto it = params.constBegin(); it != params.constEnd(); ++it) {
        if (!allowed.contains(it.key()))
            return TencentError::withDetail(u"UnknownParameter"_s, u"The parameter %1 is not defined."_s.arg(it.key()),
                                            u"参数 %1 未定义。"_s.arg(it.key()));
    }
    return {};
}

TencentError instanceIds(const QJsonObject& params, QStringList* ids, bool required)
{
    const QString key = u"InstanceIds"_s;
    const QJsonValue v = params.value(key);
    ids->clear();
    if (!v.isUndefined() && !v.isNull()) {
        if (!v.isArray())
            return typeError(key, u"an array of strings"_s, u"字符串数组"_s);
        QSet<QString> seen;
        for (const QJsonValue& item : v.toArray()) {
            if (!item.isString())
                return typeError(key, u"an array of strings"_s, u"字符串数组"_s);
            const QString id = item.toString();
            if (!seen.contains(id)) {
                seen.insert(id);
                ids->append(id);
            }
        }
    }
    if (ids->isEmpty()) {
        if (required)
            return TencentError::withDetail(u"MissingParameter"_s, u"InstanceIds is required."_s,
                                            u"缺少 InstanceIds。"_s);
        return {};
    }
    if (ids->size() > MaxInstanceIds)
        return TencentError::withDetail(
            u"InvalidParameterValue.LimitExceeded"_s,
            u"At most %1 InstanceIds per request, got %2."_s.arg(MaxInstanceIds).arg(ids->size()),
            u"每次请求最多 %1 个 InstanceIds，实际 %2 个。"_s.arg(MaxInstanceIds).arg(ids->size()));
    QStringList malformed;
    for (const QString& id : std::as_const(*ids)) {
        if (!isWellFormedInstanceId(id))
            malformed.append(id);
    }
    if (!malformed.isEmpty())
        return TencentError::of(u"InvalidInstanceId.Malformed"_s, malformed);
    return {};
}

TencentError paging(const QJsonObject& params, int* offset, int* limit)
{
    if (TencentError e = integer(params, u"Offset"_s, 0, offset); e.isError())
        return e;
    if (TencentError e = integer(params, u"Limit"_s, DefaultLimit, limit); e.isError())
        return e;
    if (*offset < 0)
        return TencentError::withDetail(u"InvalidParameterValue"_s, u"Offset must not be negative."_s,
                                        u"Offset 不能为负数。"_s);
    if (*limit < 0 || *limit > MaxLimit)
        return TencentError::withDetail(u"InvalidParameterValue"_s,
                                        u"Limit must be between 0 and %1, got %2."_s.arg(MaxLimit).arg(*limit),
                                        u"Limit 取值范围为 0 到 %1，实际为 %2。"_s.arg(MaxLimit).arg(*limit));
    return {};
}

TencentError boolean(const QJsonObject& params, const QString& key, bool* value)
{
    const QJsonValue v = params.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isBool())
        return typeError(key, u"true or false"_s, u"布尔值"_s);
    *value = v.toBool();
    return {};
}

} // namespace emulator::TencentParams
