#include "RunLane.h"

#include "ErrorCatalog.h"
#include "ProtectionLifter.h"
#include "Provider.h"
#include "SentVerification.h"
#include "TeardownPlanner.h"
#include "TeardownRules.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcRun, "teardown.run", QtInfoMsg)

RunLane::RunLane(std::shared_ptr<Provider> provider, const TeardownPlanner& planner, Intent intent,
                 QList<PlannedCall> calls, PlanItemLookup planItem, const RunnerSettings& settings, Clock clock,
                 std::function<bool()> isCanceled, QObject* parent)
    : QObject(parent)
    , m_holder(std::move(provider))
    , m_provider(*m_holder)
    , m_planner(planner)
    , m_intent(intent)
    , m_calls(std::move(calls))
    , m_planItem(std::move(planItem))
    , m_settings(settings)
    , m_clock(std::move(clock))
    , m_isCanceled(std::move(isCanceled))
    , m_verification(m_provider, m_calls.value(0).region, m_settings, m_clock)
{
    qsizetype sent = 0;
    for (const PlannedCall& call : std::as_const(m_calls))
        sent += call.instanceIds.size();
    m_results.reserve(sent);
    const QDateTime now = m_clock();
    for (const PlannedCall& call : std::as_const(m_calls)) {
        // A lift's instances are reported with the call that returns them, which follows it.
        if (call.kind == CallKind::LiftProtection)
            continue;
        for (const QString& id : call.instanceIds) {
            const PlanItem* const it = m_planItem(id);
            if (!it)
                continue;
            InstanceResult r;
            r.key = it->instance.key();
            r.accountId = call.accountId;
            r.accountName = m_provider.account().name;
            r.region = call.region;
            r.instanceId = id;
            r.instanceName = it->instance.name;
            r.action = call.action;
            r.outcome = call.outcome;
            r.observedState = it->instance.rawState;
            r.updatedAt = now;
            m_results.insert(id, r);
        }
    }
    connect(&m_verification, &SentVerification::observed, this,
            [this](const QString& id, const QString& rawState) { m_results[id].observedState = rawState; });
    connect(&m_verification, &SentVerification::settled, this,
            [this](const QString& id, RunState state, const ProviderError& error) { update(id, state, error); });
    connect(&m_verification, &SentVerification::credentialsRefused, this, &RunLane::stopsAccount);
    connect(&m_verification, &SentVerification::becameIdle, this, &RunLane::finishIfDone);
}

void RunLane::start()
{
    nextCall();
}

void RunLane::update(const QString& id, RunState state, const ProviderError& error)
{
    auto it = m_results.find(id);
    if (it == m_results.end())
        return;
    it->state = state;
    if (error.isError())
        it->error = error;
    it->updatedAt = m_clock();
    // Dated from the accepted call; an instance found already in the bin entered it at a time
    // nobody recorded, so its release stays not known.
    if (state == RunState::Done && it->outcome == Outcome::MovedToRecycleBin && m_sentAt.contains(id))
        it->releaseAt = m_provider.rules().recoverableUntil(m_planItem(id)->instance, m_sentAt.value(id));
    emit resultChanged(*it);
}

bool RunLane::stopsAccount(const ProviderError& error)
{
    if (!m_provider.rules().meansCredentialsRefused(error))
        return false;
    emit credentialsRefused(error); // the runner stops every lane of the account, this one too
    stopSending(error);
    return true;
}

void RunLane::stopSending(const ProviderError& refusal)
{
    if (m_stopped.isError())
        return;
    m_stopped = ProviderError::local(u"Teardown.CredentialsRefused"_s);
    m_stopped.context = refusal.code;
}

void RunLane::skipUnsent(const QStringList& ids)
{
    for (const QString& id : ids)
        update(id, RunState::Skipped, m_stopped);
}

void RunLane::log(const QString& text, bool problem)
{
    qCDebug(lcRun).noquote() << m_provider.account().name << m_calls.value(0).region << text;
    emit logged({m_clock(), m_provider.account().name, m_calls.value(0).region, text, problem});
}

Decision RunLane::planned(const QString& id) const
{
    const PlanItem* item = m_planItem(id);
    if (!item)
        return {}; // never so: every instance of the lane's calls is an item of the plan
    Decision decision = item->decision;
    if (m_lifted.contains(id))
        decision.liftsProtection = false; // from now on re-checked as what it is: unprotected
    return decision;
}

QStringList RunLane::idsIn(const PlannedCall& call, RunState state) const
{
    QStringList ids;
    for (const QString& id : call.instanceIds) {
        if (m_results.value(id).state == state)
            ids << id;
    }
    return ids;
}

void RunLane::nextCall()
{
    while (m_next < m_calls.size() && (m_isCanceled() || m_stopped.isError())) {
        const PlannedCall& call = m_calls.at(m_next++);
        if (m_stopped.isError()) {
            skipUnsent(idsIn(call, RunState::Pending));
            continue;
        }
        for (const QString& id : idsIn(call, RunState::Pending))
            update(id, RunState::Canceled, ProviderError::local(u"Teardown.Canceled"_s));
    }
    if (m_next >= m_calls.size()) {
        m_sendingDone = true;
        // The last calls' instances are read at once; whatever is still on its way, at the polls after.
        m_verification.finishing();
        finishIfDone();
        return;
    }
    recheck(m_calls.at(m_next++));
}

void RunLane::recheck(PlannedCall call)
{
    call.instanceIds = idsIn(call, RunState::Pending);
    if (call.instanceIds.isEmpty()) {
        nextCall();
        return;
    }
    InstanceListReply* reply = m_provider.readInstances(call.region, call.instanceIds);
    connect(reply, &ProviderReply::finished, this, [this, reply, call]() mutable {
        if (reply->error().isError()) {
            log(tr("Could not re-read %n instance(s) before sending; nothing was sent: %1", "",
                   int(call.instanceIds.size()))
                    .arg(ErrorCatalog::describe(reply->error())),
                true);
            // Refused credentials: nothing was sent, and nothing more will be through this account.
            if (stopsAccount(reply->error()))
                skipUnsent(call.instanceIds);
            else
                for (const QString& id : std::as_const(call.instanceIds))
                    update(id, RunState::Failed, reply->error());
            nextCall();
            return;
        }
        QHash<QString, Instance> fresh;
        for (const Instance& i : std::as_const(reply->instances))
            fresh.insert(i.id, i);

        QStringList sendable;
        for (const QString& id : std::as_const(call.instanceIds)) {
            if (!fresh.contains(id)) {
                update(id, RunState::Skipped, ProviderError::local(u"Teardown.NoLongerExists"_s));
                continue;
            }
            const Instance& now = fresh[id];
            m_beforeSend.insert(id, now);
            m_results[id].observedState = now.rawState;
            const Decision decision = m_planner.decide(now, m_intent, call.options);
            if (decision != planned(id)) {
                // Whatever changed, the operator confirmed something else: never send it blind.
                ProviderError why = ProviderError::local(
                    u"Teardown.ChangedSincePlan"_s,
                    decision.isAllowed() ? outcomeLabel(decision.outcome) : ErrorCatalog::text(decision.blockedCode));
                update(id, RunState::Skipped, why);
                log(tr("%1 changed since the plan (now %2) and was not sent.").arg(id, now.rawState), true);
                continue;
            }
            sendable << id;
        }
        if (m_stopped.isError()) {
            skipUnsent(sendable);
            sendable.clear();
        } else if (m_isCanceled()) {
            for (const QString& id : std::as_const(sendable))
                update(id, RunState::Canceled, ProviderError::local(u"Teardown.Canceled"_s));
            sendable.clear();
        }
        if (sendable.isEmpty()) {
            nextCall();
            return;
        }
        call.instanceIds = sendable;
        send(call, false);
    });
}

void RunLane::send(PlannedCall call, bool restAfterSplit)
{
    if (call.kind == CallKind::LiftProtection) {
        liftProtection(call);
        return;
    }
    for (const QString& id : std::as_const(call.instanceIds))
        update(id, RunState::Sending);
    log(tr("Sending %1 for %n instance(s): %2", "", int(call.instanceIds.size()))
            .arg(call.action, call.instanceIds.join(u", "_s)));

    ActionReply* reply = m_provider.execute(call);
    connect(reply, &ProviderReply::finished, this, [this, reply, call, restAfterSplit] {
        const ProviderError& error = reply->error();
        if (!error.isError()) {
            log(tr("%1 accepted (RequestId %2).").arg(call.action, reply->requestId()));
            for (const QString& id : call.instanceIds) {
                m_results[id].requestId = reply->requestId();
                if (call.expectedEnd == ExpectedEnd::Unchanged) {
                    update(id, RunState::Done);
                } else {
                    m_sentAt.insert(id, m_clock());
                    update(id, RunState::Verifying);
                    m_verification.add(id, call.expectedEnd, m_sentAt.value(id));
                }
            }
            nextCall();
        } else if (!error.outcomeKnown) {
            log(tr("%1: %2 The call is not resent; reading the instances' state instead.")
                    .arg(call.action, ErrorCatalog::describe(error)),
                true);
            resolveUnknown(call, error, std::max(1, m_settings.unknownRechecks));
        } else {
            onRefused(call, error, restAfterSplit);
        }
    });
}

void RunLane::liftProtection(const PlannedCall& call)
{
    for (const QString& id : call.instanceIds)
        update(id, RunState::Sending);
    auto* lifter = new ProtectionLifter(m_provider, m_settings.unknownRechecks, m_settings.pollIntervalMs, this);
    connect(lifter, &ProtectionLifter::logged, this, &RunLane::log);
    connect(lifter, &ProtectionLifter::finished, this, [this, lifter](const ProtectionLifter::Result& result) {
        lifter->deleteLater();
        for (const QString& id : result.lifted) {
            // From now on the instance is re-checked as what it is: unprotected, returned as planned.
            m_lifted.insert(id);
            update(id, RunState::Pending);
        }
        if (stopsAccount(result.error)) {
            log(tr("The provider refused this account's credentials: nothing more is sent through it."), true);
            for (const QString& id : result.notLifted)
                update(id, RunState::Failed, result.error);
        } else {
            // Still protected: its return would be refused, so it is not sent; the lift's error says why.
            const ProviderError notLifted =
                ProviderError::local(u"Teardown.ProtectionNotLifted"_s, ErrorCatalog::describe(result.error));
            for (const QString& id : result.notLifted)
                update(id, RunState::Failed, notLifted);
        }
        nextCall();
    });
    lifter->start(call);
}

void RunLane::onRefused(const PlannedCall& call, const ProviderError& error, bool restAfterSplit)
{
    log(tr("%1 refused: %2").arg(call.action, ErrorCatalog::describe(error)), true);
    if (call.instanceIds.size() == 1 && m_provider.rules().meansAlreadyDone(error, planned(call.instanceIds.first()))) {
        m_results[call.instanceIds.first()].requestId = error.requestId;
        update(call.instanceIds.first(), RunState::Done);
        nextCall();
        return;
    }
    if (stopsAccount(error)) {
        // Refused before anything was applied: these were sent and failed; the account's rest is not sent.
        log(tr("The provider refused this account's credentials: nothing more is sent through it."), true);
        for (const QString& id : call.instanceIds)
            update(id, RunState::Failed, error);
        nextCall();
        return;
    }
    if (!restAfterSplit && call.instanceIds.size() > 1 && error.kind == ProviderError::Kind::Api) {
        splitAfterRefusal(call, error);
        return;
    }
    for (const QString& id : call.instanceIds)
        update(id, RunState::Failed, error);
    nextCall();
}

// A call refused as a whole applied nothing. Find the instances it was refused for (named in the
// provider's message, or no longer eligible on a fresh read) and send the still-eligible rest once.
void RunLane::splitAfterRefusal(PlannedCall call, const ProviderError& error)
{
    InstanceListReply* reply = m_provider.readInstances(call.region, call.instanceIds);
    connect(reply, &ProviderReply::finished, this, [this, reply, call, error]() mutable {
        QStringList offenders;
        QStringList rest;
        QHash<QString, Instance> fresh;
        for (const Instance& i : std::as_const(reply->instances))
            fresh.insert(i.id, i);
        for (const QString& id : std::as_const(call.instanceIds)) {
            const bool named = error.message.contains(id);
            if (!reply->error().isError() && !fresh.contains(id)) {
                update(id, RunState::Skipped, ProviderError::local(u"Teardown.NoLongerExists"_s));
                continue;
            }
            const bool changed =
                !reply->error().isError() && m_planner.decide(fresh[id], m_intent, call.options) != planned(id);
            if (fresh.contains(id))
                m_beforeSend.insert(id, fresh[id]);
            (named || changed ? offenders : rest) << id;
        }
        if (offenders.isEmpty()) {
            // The provider did not say which instance it objected to: fail them all rather than guess.
            for (const QString& id : std::as_const(rest))
                update(id, RunState::Failed, error);
            nextCall();
            return;
        }
        for (const QString& id : std::as_const(offenders))
            update(id, RunState::Failed, error);
        if (m_stopped.isError()) {
            skipUnsent(rest);
            nextCall();
            return;
        }
        if (rest.isEmpty() || m_isCanceled()) {
            for (const QString& id : std::as_const(rest))
                update(id, RunState::Canceled, ProviderError::local(u"Teardown.Canceled"_s));
            nextCall();
            return;
        }
        log(tr("Sending the %n still-eligible instance(s) of the refused call once more.", "", int(rest.size())));
        call.instanceIds = rest;
        send(call, true);
    });
}

bool RunLane::showsApplied(const QString& id, const Instance* fresh, const PlannedCall& call) const
{
    if (!fresh)
        return true; // gone
    if (fresh->lifecycle == Lifecycle::Terminating)
        return true;
    if (call.expectedEnd == ExpectedEnd::InRecycleBin && fresh->lifecycle == Lifecycle::RecycleBin)
        return true;
    const LastOperation before = m_beforeSend.value(id).lastOperation;
    return fresh->lastOperation != before && fresh->lastOperation.action == call.action;
}

// The reply of a destructive call was lost. Read the instances again (a few times, the provider may
// show the change only after a moment) and decide from what they show. The call is never resent
// blind: only where the reads prove it was not applied and a second application cannot end
// differently (provenNotApplied), once.
void RunLane::resolveUnknown(PlannedCall call, const ProviderError& error, int readsLeft)
{
    call.instanceIds = idsIn(call, RunState::Sending);
    InstanceListReply* reply = m_provider.readInstances(call.region, call.instanceIds);
    connect(reply, &ProviderReply::finished, this, [this, reply, call, error, readsLeft]() mutable {
        QStringList undecided;
        if (reply->error().isError()) {
            undecided = call.instanceIds;
        } else {
            QHash<QString, Instance> fresh;
            for (const Instance& i : std::as_const(reply->instances))
                fresh.insert(i.id, i);
            for (const QString& id : std::as_const(call.instanceIds)) {
                const Instance* now = fresh.contains(id) ? &fresh[id] : nullptr;
                if (now)
                    m_results[id].observedState = now->rawState;
                if (showsApplied(id, now, call)) {
                    if (now)
                        m_results[id].requestId = now->lastOperation.requestId;
                    if (call.expectedEnd == ExpectedEnd::Unchanged) {
                        // Nothing further to wait for (a cancelled subscription): the evidence is the end.
                        update(id, RunState::Done);
                        continue;
                    }
                    m_sentAt.insert(id, m_clock());
                    update(id, RunState::Verifying);
                    m_verification.add(id, call.expectedEnd, m_sentAt.value(id));
                } else {
                    undecided << id;
                }
            }
        }
        if (undecided.isEmpty()) {
            log(tr("The state shows the call was applied; verifying."));
            nextCall();
            return;
        }
        if (readsLeft > 1) {
            call.instanceIds = undecided;
            QTimer::singleShot(m_settings.pollIntervalMs, this,
                               [this, call, error, readsLeft] { resolveUnknown(call, error, readsLeft - 1); });
            return;
        }
        QStringList resend;
        if (!reply->error().isError())
            resend = provenNotApplied(call, undecided, reply->instances);
        for (const QString& id : std::as_const(resend))
            undecided.removeOne(id);
        if (!undecided.isEmpty()) {
            log(tr("No sign that the call reached the provider for %n instance(s); their outcome is unknown and they "
                   "were not resent.",
                   "", int(undecided.size())),
                true);
        }
        // Said plainly: not resent, check before acting again; the transport's reason goes along.
        ProviderError unknown = ProviderError::local(u"Teardown.OutcomeUnknown"_s, ErrorCatalog::describe(error));
        unknown.outcomeKnown = false;
        for (const QString& id : std::as_const(undecided))
            update(id, RunState::Unknown, unknown);
        if (resend.isEmpty() || m_stopped.isError() || m_isCanceled()) {
            for (const QString& id : std::as_const(resend))
                update(id, RunState::Unknown, unknown);
            nextCall();
            return;
        }
        log(tr("The state shows the call was not applied to %n instance(s), and sending it again cannot end "
               "differently: sending it once more.",
               "", int(resend.size())));
        call.instanceIds = resend;
        send(call, false);
    });
}

// Of the instances a re-read found unchanged by a call whose reply was lost, those that may be sent
// the call once more: still planned the same way, not sent it twice already, and of a decision
// whose second application cannot end differently (TeardownRules::resendsWhenNotApplied).
QStringList RunLane::provenNotApplied(const PlannedCall& call, const QStringList& undecided,
                                      const QList<Instance>& read)
{
    QHash<QString, Instance> fresh;
    for (const Instance& i : read)
        fresh.insert(i.id, i);
    QStringList resend;
    for (const QString& id : undecided) {
        const auto now = fresh.constFind(id);
        if (now == fresh.cend() || m_resent.contains(id))
            continue;
        const Decision decision = planned(id);
        if (!m_provider.rules().resendsWhenNotApplied(decision)
            || m_planner.decide(*now, m_intent, call.options) != decision)
            continue;
        m_beforeSend.insert(id, *now); // what the second call's effect is judged against
        m_resent.insert(id);
        resend << id;
    }
    return resend;
}

void RunLane::finishIfDone()
{
    if (m_sendingDone && m_verification.isIdle() && !m_finished) {
        m_finished = true;
        emit finished();
    }
}
