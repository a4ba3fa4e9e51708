#include "Dialect.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

ProviderId providerOf(Dialect dialect)
{
    return dialect == Dialect::Zenlayer ? ProviderId::Zenlayer : ProviderId::Tencent;
}

QString dialectKey(Dialect dialect)
{
    switch (dialect) {
    case Dialect::TencentApi3:
        return u"tencent"_s;
    case Dialect::TencentLegacy:
        return u"tencent-legacy"_s;
    case Dialect::Zenlayer:
        return u"zenlayer"_s;
    }
    return {};
}

std::optional<Dialect> dialectFromKey(QStringView key)
{
    for (Dialect d : {Dialect::TencentApi3, Dialect::TencentLegacy, Dialect::Zenlayer}) {
        if (key.compare(dialectKey(d), Qt::CaseInsensitive) == 0)
            return d;
    }
    return std::nullopt;
}

QString providerKey(ProviderId provider)
{
    return provider == ProviderId::Zenlayer ? u"zenlayer"_s : u"tencent"_s;
}

QString providerDisplayName(ProviderId provider)
{
    return provider == ProviderId::Zenlayer ? QCoreApplication::translate("Provider", "Zenlayer")
                                            : QCoreApplication::translate("Provider", "Tencent Cloud");
}

QString dialectDisplayName(Dialect dialect)
{
    switch (dialect) {
    case Dialect::TencentApi3:
        return QCoreApplication::translate("Provider", "Tencent Cloud (API 3.0)");
    case Dialect::TencentLegacy:
        return QCoreApplication::translate("Provider", "Tencent Cloud (legacy API 2.0)");
    case Dialect::Zenlayer:
        return QCoreApplication::translate("Provider", "Zenlayer Bare Metal Cloud");
    }
    return {};
}
