#include "ProtectionLifter.h"

#include "ErrorCatalog.h"
#include "Provider.h"

#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

ProtectionLifter::ProtectionLifter(Provider& provider, int reads, int pollIntervalMs, QObject* parent)
    : QObject(parent)
    , m_provider(provider)
    , m_reads(std::max(1, reads))
    , m_pollIntervalMs(pollIntervalMs)
{ }

void ProtectionLifter::start(const PlannedCall& call)
{
    m_call = call;
    emit logged(tr("Lifting the termination protection of %n instance(s): %1", "", int(call.instanceIds.size()))
                    .arg(call.instanceIds.join(u", "_s)),
                false);
    ActionReply* reply = m_provider.execute(call);
    connect(reply, &ProviderReply::finished, this, [this, reply] {
        const ProviderError& error = reply->error();
        if (!error.isError()) {
            m_result.requestId = reply->requestId();
            m_result.lifted = m_call.instanceIds;
            emit logged(tr("%1 accepted (RequestId %2): the protection is off.").arg(m_call.action, reply->requestId()),
                        false);
            finish({});
            return;
        }
        m_result.error = error;
        m_result.requestId = error.requestId;
        if (error.outcomeKnown) {
            emit logged(tr("%1 refused: %2").arg(m_call.action, ErrorCatalog::describe(error)), true);
            finish(m_call.instanceIds);
            return;
        }
        emit logged(tr("%1: %2 The call is not resent; reading the instances' protection instead.")
                        .arg(m_call.action, ErrorCatalog::describe(error)),
                    true);
        readBack(m_call.instanceIds, m_reads);
    });
}

// The reply was lost: what the instances show decides. The provider may show the change only after
// a moment, so an instance still protected is read again, a few times.
void ProtectionLifter::readBack(const QStringList& ids, int readsLeft)
{
    InstanceListReply* reply = m_provider.readInstances(m_call.region, ids);
    connect(reply, &ProviderReply::finished, this, [this, reply, ids, readsLeft] {
        QStringList stillProtected;
        if (reply->error().isError()) {
            stillProtected = ids;
        } else {
            for (const QString& id : ids) {
                const auto fresh = std::find_if(reply->instances.cbegin(), reply->instances.cend(),
                                                [&](const Instance& i) { return i.id == id; });
                // Gone is not lifted: the lane's re-check reports it gone before anything is sent.
                if (fresh != reply->instances.cend() && !fresh->terminationProtected)
                    m_result.lifted << id;
                else
                    stillProtected << id;
            }
        }
        if (!stillProtected.isEmpty() && readsLeft > 1) {
            QTimer::singleShot(m_pollIntervalMs, this,
                               [this, stillProtected, readsLeft] { readBack(stillProtected, readsLeft - 1); });
            return;
        }
        if (!m_result.lifted.isEmpty())
            emit logged(tr("The protection of %n instance(s) shows lifted.", "", int(m_result.lifted.size())), false);
        finish(stillProtected);
    });
}

void ProtectionLifter::finish(const QStringList& notLifted)
{
    m_result.notLifted = notLifted;
    if (!notLifted.isEmpty())
        emit logged(tr("The protection of %n instance(s) could not be lifted; they are not returned: %1", "",
                       int(notLifted.size()))
                        .arg(notLifted.join(u", "_s)),
                    true);
    emit finished(m_result);
}
