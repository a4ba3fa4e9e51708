#pragma once

#include "ProviderError.h"
#include "TeardownPlan.h"

#include <QObject>
#include <QStringList>

class Provider;

// Sends one lift call (CallKind::LiftProtection) for a RunLane and finds out which of its instances
// are no longer protected: all of them when the call succeeded; none when the provider refused it;
// after a lost or ambiguous reply, those that fresh reads show unprotected (the call is never sent
// again). Only those may be returned; the lane reports the rest Teardown.ProtectionNotLifted.
class ProtectionLifter : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        QStringList lifted;
        QStringList notLifted;
        ProviderError error; // why the call did not lift them all; none when it did
        QString requestId; // of the lift call, when it was answered
    };

    // `reads`: fresh reads after a lost reply before the rest are taken as not lifted, `pollIntervalMs` apart.
    ProtectionLifter(Provider& provider, int reads, int pollIntervalMs, QObject* parent = nullptr);

    void start(const PlannedCall& call);

signals:
    void logged(const QString& text, bool problem);
    void finished(const ProtectionLifter::Result& result);

private:
    void readBack(const QStringList& ids, int readsLeft);
    void finish(const QStringList& notLifted);

    Provider& m_provider;
    int m_reads;
    int m_pollIntervalMs;
    PlannedCall m_call;
    Result m_result;
};
