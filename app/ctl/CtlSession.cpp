#include "CtlSession.h"

#include "AccountSecrets.h"
#include "AccountStore.h"
#include "AutoReleaseEstimator.h"
#include "CtlSelectionOptions.h"
#include "Dialects.h"
#include "ErrorCatalog.h"
#include "KeychainCredentialStore.h"
#include "ProviderFactory.h"
#include "TeardownRun.h"
#include "TlsTrust.h"
#include "TranslationLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Teardownctl)
};

// Waits on a local event loop until every reply has finished. Callers read each reply in their
// own finished() slot, connected before this is called: replies delete themselves afterwards.
void waitForAll(const QList<ProviderReply*>& replies)
{
    QEventLoop loop;
    qsizetype pending = replies.size();
    for (ProviderReply* reply : replies) {
        QObject::connect(reply, &ProviderReply::finished, &loop, [&pending, &loop] {
            if (--pending == 0)
                loop.quit();
        });
    }
    if (pending > 0)
        loop.exec();
}

CtlFailure failure(ExitCode code, const QString& message)
{
    return {code, message};
}

} // namespace

CtlSession::CtlSession(const CtlRequest& request, QObject* parent)
    : QObject(parent)
    , m_request(request)
    , m_teardown(m_directory, &m_history)
{ }

CtlSession::~CtlSession() = default;

Provider* CtlSession::provider() const
{
    return m_directory.provider(m_account.id);
}

CtlFailure CtlSession::open(bool needsHistory)
{
    if (CtlFailure f = openHistory(needsHistory); f.isFailure())
        return f;
    Credentials credentials;
    if (CtlFailure f = resolveAccount(&credentials); f.isFailure())
        return f;
    return openProvider(credentials);
}

CtlFailure CtlSession::openProvider(Credentials credentials)
{
    if (CtlFailure f = useCaFile(); f.isFailure())
        return f;
    if (CtlFailure f = resolveProxy(&credentials); f.isFailure())
        return f;

    CallEnvironment environment; // no network: the account's own, with its proxy (ProviderFactory)
    environment.recorder = m_history.isOpen() ? &m_history : nullptr;
    environment.account = m_account;
    QString refusal;
    Provider* opened = ProviderFactory::create(m_account, credentials, environment, &refusal);
    if (!opened)
        return failure(ExitCode::AccountError, ErrorCatalog::describe(ProviderError::local(refusal)));
    m_directory.add(opened);
    m_directory.setLanguage(TranslationLoader::apiLanguageTag(m_request.language));
    return {};
}

CtlFailure CtlSession::useCaFile()
{
    if (!m_request.caFile.isEmpty())
        m_account.network.caFile = m_request.caFile;
    if (m_account.network.caFile.isEmpty())
        return {};
    // Checked here, not only when the account opens, so that the message can name the file.
    QList<QSslCertificate> certificates;
    if (const ProviderError error = TlsTrust::loadCaFile(m_account.network.caFile, &certificates); error.isError())
        return failure(ExitCode::AccountError, ErrorCatalog::describe(error));
    return {};
}

CtlFailure CtlSession::resolveProxy(Credentials* credentials)
{
    if (m_request.proxy) {
        const QString caFile = m_account.network.caFile;
        m_account.network = *m_request.proxy;
        m_account.network.caFile = caFile;
        m_account.network.proxyUser = qEnvironmentVariable("TEARDOWN_PROXY_USER");
    }
    const bool explicitProxy = m_account.network.proxy == NetworkSettings::Proxy::Http
        || m_account.network.proxy == NetworkSettings::Proxy::Socks5;
    if (!explicitProxy || m_account.network.proxyUser.isEmpty())
        return {};
    credentials->proxyPassword = qEnvironmentVariable("TEARDOWN_PROXY_PASSWORD");
    if (!credentials->proxyPassword.isEmpty() || m_request.proxy || m_request.account.isEmpty())
        return {};
    // A stored account's proxy password is in the keychain; none stored: the proxy will say (407).
    KeychainCredentialStore keychain;
    SecretResult result;
    QEventLoop loop;
    keychain.readSecret(SecretSlot::proxyPassword(m_account.id), &loop, [&result, &loop](const SecretResult& r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    if (result.status == SecretResult::Status::Ok || result.status == SecretResult::Status::NotFound) {
        credentials->proxyPassword = result.secret;
        return {};
    }
    return failure(ExitCode::AccountError,
                   Text::tr("The keychain refused to give the proxy's password: %1").arg(result.message));
}

CtlFailure CtlSession::openHistory(bool required)
{
    const QString path = m_request.historyPath.isEmpty() ? History::defaultPath() : m_request.historyPath;
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (m_history.open(path))
        return {};
    const QString message = ErrorCatalog::describe(ProviderError::local(u"Teardown.HistoryUnavailable"_s)) + u"\n"_s
        + m_history.errorString();
    if (required)
        return failure(ExitCode::AccountError, message);
    m_warnings << message; // reads need no history: worth a warning, not a failed listing
    return {};
}

CtlFailure CtlSession::resolveAccount(Credentials* credentials)
{
    if (!m_request.account.isEmpty()) {
        AccountStore store;
        const std::optional<Account> stored = store.find(m_request.account);
        if (!stored)
            return failure(ExitCode::AccountError,
                           ErrorCatalog::describe(ProviderError::local(u"Teardown.UnknownAccount"_s)) + u": "_s
                               + m_request.account);
        m_account = *stored;
        if (const QString refusal = CtlFilters::policyRefusal(m_request, m_account, false); !refusal.isEmpty())
            return failure(ExitCode::UsageError, refusal);
        return readSecret(m_account, credentials);
    }

    // An ad-hoc account: the dialect and endpoint from the command line, the key pair from the
    // environment the provider's own tools use.
    if (const QString refusal = CtlFilters::policyRefusal(m_request, m_account, true); !refusal.isEmpty())
        return failure(ExitCode::UsageError, refusal);
    m_account.id = u"cli"_s;
    m_account.dialect = m_request.dialect;
    m_account.endpoint = m_request.endpoint;
    m_account.name =
        m_request.endpoint.isEmpty() ? dialectDisplayName(m_request.dialect) : m_request.endpoint.authority();
    m_account.sandbox = EndpointPolicy::isLoopback(m_request.endpoint);
    const DialectInfo& dialect = Dialects::info(m_request.dialect);
    credentials->keyId = qEnvironmentVariable(qPrintable(dialect.keyIdVariable));
    credentials->secret = qEnvironmentVariable(qPrintable(dialect.secretVariable));
    if (dialect.hasTemporaryCredentials())
        credentials->sessionToken = qEnvironmentVariable(qPrintable(dialect.sessionTokenVariable));
    m_account.keyId = credentials->keyId;
    if (!credentials->isComplete())
        return failure(ExitCode::AccountError,
                       ErrorCatalog::describe(ProviderError::local(u"Teardown.NoCredentials"_s)) + u"\n"_s
                           + Text::tr("Set %1 and %2.").arg(dialect.keyIdVariable, dialect.secretVariable));
    return {};
}

CtlFailure CtlSession::readSecret(const Account& account, Credentials* credentials)
{
    KeychainCredentialStore keychain;
    SecretResult result;
    QEventLoop loop;
    // Every slot: the secret, a session token of temporary credentials, a proxy password.
    AccountSecrets::read(keychain, account, &loop,
                         [&result, &loop, credentials](const SecretResult& r, const Credentials& stored) {
                             result = r;
                             *credentials = stored;
                             loop.quit();
                         });
    loop.exec();

    switch (result.status) {
    case SecretResult::Status::Ok:
        return {};
    case SecretResult::Status::NotFound:
        return failure(ExitCode::AccountError,
                       ErrorCatalog::describe(ProviderError::local(u"Teardown.NoCredentials"_s)));
    case SecretResult::Status::Unavailable:
        return failure(ExitCode::AccountError,
                       Text::tr("No keychain is available on this machine: %1").arg(result.message));
    case SecretResult::Status::Failed:
        break;
    }
    return failure(ExitCode::AccountError, Text::tr("The keychain refused to give the secret: %1").arg(result.message));
}

CtlFailure CtlSession::regions(QStringList* out)
{
    if (!m_request.regions.isEmpty()) {
        *out = m_request.regions;
        return {};
    }
    if (!m_account.regions.isEmpty()) {
        *out = m_account.regions;
        return {};
    }
    RegionListReply* reply = provider()->listRegions();
    ProviderError error;
    connect(reply, &ProviderReply::finished, this, [reply, out, &error] {
        error = reply->error();
        for (const RegionInfo& region : reply->regions)
            *out << region.id;
    });
    waitForAll({reply});
    if (error.isError())
        return failure(ExitCode::ProviderFailure, ErrorCatalog::describe(error));
    return {};
}

CtlFailure CtlSession::listInstances(ListingSink& sink)
{
    QStringList regionIds;
    if (CtlFailure f = regions(&regionIds); f.isFailure())
        return f;
    sink.regionsKnown(regionIds.size());

    InstanceQuery query;
    query.states = m_request.states;
    query.chargeTypes = m_request.chargeTypes;
    query.recycleBinOnly = m_request.recycleBinOnly;
    // When the provider releases what sits in its recycle bin: dated as the console dates it.
    const AutoReleaseEstimator estimator(m_history.isOpen() ? &m_history : nullptr,
                                         AutoReleaseEstimator::rulesOf(m_directory));
    const QDateTime now = QDateTime::currentDateTimeUtc();

    // All regions at once; the client's rate limiter keeps the account within its quota. Each
    // page goes to the sink as it arrives: the replies keep nothing.
    QList<ProviderReply*> replies;
    QStringList problems;
    for (qsizetype index = 0; index < regionIds.size(); ++index) {
        const QString& region = regionIds.at(index);
        InstanceListReply* reply = provider()->listInstances(region, query);
        reply->setKeepsInstances(false);
        connect(reply, &InstanceListReply::instancesListed, this,
                [this, index, &sink, &estimator, now](QList<Instance> page) {
                    estimator.estimate(page);
                    CtlFilters::keepSelected(m_request, &page, now); // tags, names, dates, policy
                    sink.addPage(index, page);
                });
        connect(reply, &ProviderReply::finished, this, [reply, region, index, &sink, &problems] {
            if (reply->error().isError())
                problems << region + u": "_s + ErrorCatalog::describe(reply->error());
            sink.regionDone(index);
        });
        replies << reply;
    }
    waitForAll(replies);
    if (!problems.isEmpty())
        return failure(ExitCode::ProviderFailure, problems.join(u'\n'));
    return {};
}

CtlFailure CtlSession::listInstances(QList<Instance>* instances)
{
    class Collector : public ListingSink
    {
    public:
        QList<QList<Instance>> byRegion;
        void regionsKnown(qsizetype count) override { byRegion.resize(count); }
        void addPage(qsizetype region, const QList<Instance>& page) override { byRegion[region] += page; }
        void regionDone(qsizetype) override { }
    } collector;
    const CtlFailure result = listInstances(collector);
    for (const QList<Instance>& region : std::as_const(collector.byRegion))
        *instances += region; // in region order, whatever order the replies came in
    return result;
}

CtlFailure CtlSession::select(CtlSelection* selection)
{
    if (m_request.all)
        return listInstances(&selection->instances);

    // Ids are checked before any call: a malformed id is a typing mistake, not a provider answer.
    QStringList malformed;
    for (const QString& id : std::as_const(m_request.instanceIds)) {
        if (!provider()->rules().isWellFormedId(id))
            malformed << id;
    }
    if (!malformed.isEmpty())
        return failure(ExitCode::UsageError,
                       ErrorCatalog::describe(ProviderError::local(u"InvalidInstanceId.Malformed"_s)) + u": "_s
                           + malformed.join(u", "_s));

    QStringList regionIds;
    if (CtlFailure f = regions(&regionIds); f.isFailure())
        return f;
    QStringList ids = m_request.instanceIds;
    ids.removeDuplicates();

    QList<ProviderReply*> replies;
    QHash<QString, Instance> found;
    QStringList problems;
    for (const QString& region : std::as_const(regionIds)) {
        InstanceListReply* reply = provider()->readInstances(region, ids);
        connect(reply, &ProviderReply::finished, this, [reply, region, &found, &problems] {
            if (reply->error().isError())
                problems << region + u": "_s + ErrorCatalog::describe(reply->error());
            for (const Instance& instance : std::as_const(reply->instances))
                found.insert(instance.id, instance);
        });
        replies << reply;
    }
    waitForAll(replies);
    if (!problems.isEmpty())
        return failure(ExitCode::ProviderFailure, problems.join(u'\n'));

    for (const QString& id : std::as_const(ids)) {
        if (found.contains(id))
            selection->instances << found.value(id);
        else
            selection->notFound << id;
    }
    return {};
}

CtlFailure CtlSession::readInstances(const QString& region, const QStringList& ids, QList<Instance>* found)
{
    InstanceListReply* reply = provider()->readInstances(region, ids);
    ProviderError error;
    connect(reply, &ProviderReply::finished, this, [reply, found, &error] {
        error = reply->error();
        *found = reply->instances;
    });
    waitForAll({reply});
    if (error.isError())
        return failure(ExitCode::ProviderFailure, ErrorCatalog::describe(error));
    return {};
}

TeardownPlan CtlSession::waitForPlan()
{
    if (m_teardown.stage() == TeardownController::Stage::Planning) {
        QEventLoop loop;
        connect(&m_teardown, &TeardownController::stageChanged, &loop, [&loop](TeardownController::Stage stage) {
            if (stage != TeardownController::Stage::Planning)
                loop.quit();
        });
        loop.exec();
    }
    return m_teardown.plan();
}

TeardownPlan CtlSession::plan(const QList<Instance>& selection)
{
    // The console's flow: planned, quoted and (for apply) confirmed and run by the same controller.
    const TeardownController::Purpose purpose = m_request.command == CtlRequest::Command::Apply
        ? TeardownController::Purpose::Run
        : TeardownController::Purpose::Review;
    TeardownPlan plan;
    if (m_teardown.request(m_request.intent, selection, purpose, m_request.planOptions)
        == TeardownController::RequestResult::Started)
        plan = waitForPlan();
    if (selection.isEmpty())
        plan.intent = m_request.intent;
    return plan;
}

RunReport CtlSession::apply(const std::function<void(const InstanceResult&)>& progress,
                            const std::function<void(const RunLogEntry&)>& log)
{
    RunnerSettings settings;
    settings.pollIntervalMs = m_request.pollIntervalMs;
    settings.verifyTimeoutMs = m_request.verifyTimeoutS * 1000;
    m_teardown.setRunnerSettings(settings);
    TeardownRun* run = m_teardown.confirm(m_teardown.planRevision());
    if (!run) {
        RunReport nothing;
        nothing.intent = m_request.intent;
        return nothing;
    }
    m_run = run;
    QEventLoop loop;
    connect(run, &TeardownRun::instanceUpdated, this, progress);
    connect(run, &TeardownRun::logged, this, log);
    connect(run, &TeardownRun::finished, &loop, &QEventLoop::quit);
    if (run->isRunning())
        loop.exec();
    m_run = nullptr;
    return run->report();
}

void CtlSession::interrupt()
{
    if (m_run)
        m_run->cancel();
}

CtlFailure CtlSession::openForPlan(const PlanFile& file)
{
    if (!m_request.account.isEmpty() || m_request.adHoc)
        return open(true);
    if (CtlFailure f = openHistory(true); f.isFailure())
        return f;
    AccountStore store;
    const QList<Account> stored = store.accounts();
    for (const PlanFileAccount& planned : file.accounts) {
        auto it = std::find_if(stored.cbegin(), stored.cend(), [&](const Account& a) { return a.id == planned.id; });
        if (it == stored.cend()) {
            it = std::find_if(stored.cbegin(), stored.cend(), [&](const Account& a) {
                return a.dialect == planned.dialect && a.keyId == planned.keyId && !a.keyId.isEmpty();
            });
        }
        if (it == stored.cend() || m_directory.provider(it->id))
            continue; // none here: the controller says so, naming the account
        m_account = *it;
        Credentials credentials;
        if (CtlFailure f = readSecret(m_account, &credentials); f.isFailure())
            return f;
        if (CtlFailure f = openProvider(credentials); f.isFailure())
            return f;
    }
    return {};
}

CtlFailure CtlSession::planFromFile(const PlanFile& file, TeardownPlan* plan)
{
    ProviderError refusal;
    switch (m_teardown.requestSaved(file, TeardownController::Purpose::Run, m_request.maxAgeSeconds, &refusal)) {
    case TeardownController::RequestResult::Started:
        *plan = waitForPlan();
        return {};
    case TeardownController::RequestResult::PlanFileRefused:
        return failure(ExitCode::PlanFileRefused, ErrorCatalog::describe(refusal));
    case TeardownController::RequestResult::HistoryUnavailable:
        return failure(ExitCode::AccountError,
                       ErrorCatalog::describe(ProviderError::local(u"Teardown.HistoryUnavailable"_s)));
    case TeardownController::RequestResult::ConfirmationOpen:
    case TeardownController::RequestResult::NothingSelected:
        break;
    }
    return failure(ExitCode::UsageError, Text::tr("Nothing to do."));
}

CtlFailure CtlSession::savePlan(const QString& path)
{
    if (const ProviderError error = m_teardown.savePlan(path, m_teardown.planRevision()); error.isError())
        return failure(ExitCode::PlanFileRefused, ErrorCatalog::describe(error));
    return {};
}
