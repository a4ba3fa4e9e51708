#include "InstanceRecheck.h"

#include "ProviderDirectory.h"

#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

InstanceRecheck::InstanceRecheck(ProviderDirectory& providers, QObject* parent)
    : QObject(parent)
    , m_providers(providers)
{ }

QList<InstanceRecheck::Read> InstanceRecheck::readsOf(const QList<Instance>& instances)
{
    QList<Read> reads;
    for (const Instance& instance : instances) {
        const auto read = std::find_if(reads.begin(), reads.end(), [&](const Read& r) {
            return r.accountId == instance.accountId && r.region == instance.region;
        });
        if (read == reads.end())
            reads << Read{instance.accountId, instance.region, {instance.id}};
        else
            read->instanceIds << instance.id;
    }
    return reads;
}

void InstanceRecheck::start(const QList<Read>& reads)
{
    m_pending = 1; // held until every read has started, so that an early answer cannot finish it
    for (const Read& read : reads) {
        Provider* provider = m_providers.provider(read.accountId);
        if (!provider) {
            for (const QString& id : read.instanceIds)
                m_errors.insert(Instance::keyFor(read.accountId, id),
                                ProviderError::local(u"Teardown.UnknownAccount"_s));
            continue;
        }
        ++m_pending;
        InstanceListReply* reply = provider->readInstances(read.region, read.instanceIds);
        connect(reply, &ProviderReply::finished, this, [this, reply, read] {
            if (reply->error().isError()) {
                for (const QString& id : read.instanceIds)
                    m_errors.insert(Instance::keyFor(read.accountId, id), reply->error());
            }
            for (const Instance& instance : std::as_const(reply->instances)) {
                if (read.instanceIds.contains(instance.id))
                    m_fresh.insert(instance.key(), instance);
            }
            settle();
        });
    }
    // Answered on a later turn of the event loop, as providers answer: whoever started it has
    // connected to finished() by then.
    QTimer::singleShot(0, this, &InstanceRecheck::settle);
}

void InstanceRecheck::settle()
{
    if (--m_pending == 0)
        emit finished();
}
