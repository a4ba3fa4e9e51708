#pragma once

#include "Dialect.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// Where an instance is in its life, whatever the provider calls the state.
enum class Lifecycle {
    Creating, // being created or installed
    CreateFailed, // creation failed
    Running,
    Stopped,
    Transitioning, // starting, stopping, rebooting, rescue or migration
    RecycleBin, // returned, recoverable until the provider releases it
    Terminating, // being destroyed
    Gone, // no longer listed by the provider
    Unknown,
};

// How an instance is billed, whatever the provider calls the charge type.
enum class ChargeClass {
    Postpaid, // pay as you go
    Prepaid, // subscription
    Spot,
    DedicatedHost, // billed through a dedicated host or cluster
    Other,
};

struct InstanceTag
{
    QString key;
    QString value;
    friend bool operator==(const InstanceTag&, const InstanceTag&) = default;
};

// The last operation the provider reports on an instance (Tencent's LatestOperation fields).
// After a destructive call whose reply was lost, it tells whether the call reached the provider.
struct LastOperation
{
    QString action;
    QString state; // e.g. OPERATING, SUCCESS, FAILED
    QString requestId;
    friend bool operator==(const LastOperation&, const LastOperation&) = default;
};

// One instance as the console knows it: a neutral value type that every dialect's client fills.
struct Instance
{
    ProviderId provider = ProviderId::Tencent;
    QString accountId;
    QString region; // Tencent region; Zenlayer zone
    QString zone;
    QString id;
    QString name;
    QString rawState;
    Lifecycle lifecycle = Lifecycle::Unknown;
    QString rawChargeType;
    ChargeClass chargeClass = ChargeClass::Other;
    QDateTime created;
    QDateTime expires; // end of a subscription
    QDateTime autoRelease; // when the provider destroys it on its own (recycle bin)
    // When the instance entered the recycle bin, where the provider's listing tells (Tencent: a
    // subscription that ran out went in at its ExpiredTime); invalid when it does not say.
    QDateTime recycleBinEnteredAt;
    bool terminationProtected = false;
    QString restriction; // provider restriction (Tencent RestrictState), empty when none
    QString instanceType;
    QString osName;
    QStringList privateIps;
    QStringList publicIps;
    QList<InstanceTag> tags;
    LastOperation lastOperation;

    // Unique across accounts: the same instance id may be listed through two accounts.
    QString key() const { return keyFor(accountId, id); }
    static QString keyFor(const QString& accountId, const QString& instanceId) { return accountId + u'/' + instanceId; }

    friend bool operator==(const Instance&, const Instance&) = default;
};

// Every member is Qt's implicitly shared types or plain values, none pointing into the instance:
// a list of instances grows by moving its memory, not each instance. A listing's reply grew its
// list of 18,800 instances one instance at a time in 30 ms of the console's UI thread
// (bench_console).
Q_DECLARE_TYPEINFO(InstanceTag, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(LastOperation, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Instance, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(Instance)

QString lifecycleKey(Lifecycle lifecycle); // stable, for JSON and CSV
QString lifecycleLabel(Lifecycle lifecycle); // translated
QString chargeClassKey(ChargeClass charge);
QString chargeClassLabel(ChargeClass charge); // translated
