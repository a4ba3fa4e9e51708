#pragma once

// Fixtures of the InstanceTableModel tests (tst_instancetablemodel, tst_instancemodeldisplay,
// tst_instancerowstore): instances of one account and region, alike but for their ids.
#include "Instance.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace modelfixture {

using namespace Qt::StringLiterals;

inline Instance make(const QString& account, const QString& region, const QString& id, const QString& name = {},
                     const QString& rawState = u"RUNNING"_s, Lifecycle lifecycle = Lifecycle::Running)
{
    Instance in;
    in.provider = ProviderId::Tencent;
    in.accountId = account;
    in.region = region;
    in.zone = region + u"-1"_s;
    in.id = id;
    in.name = name.isEmpty() ? u"vm-"_s + id : name;
    in.rawState = rawState;
    in.lifecycle = lifecycle;
    in.rawChargeType = u"POSTPAID_BY_HOUR"_s;
    in.chargeClass = ChargeClass::Postpaid;
    in.created = QDateTime(QDate(2024, 3, 1), QTime(8, 30), Qt::UTC);
    in.instanceType = u"S5.MEDIUM4"_s;
    in.privateIps = {u"10.0.0.1"_s};
    return in;
}

inline QList<Instance> slice(const QString& account, const QString& region, int count, const QString& prefix)
{
    QList<Instance> list;
    for (int i = 0; i < count; ++i)
        list.append(make(account, region, u"ins-%1%2"_s.arg(prefix).arg(i, 4, 10, QChar(u'0'))));
    return list;
}

} // namespace modelfixture
