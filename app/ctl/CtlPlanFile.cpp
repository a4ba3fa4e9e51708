#include "CtlPlanFile.h"

#include "CtlOutput.h"
#include "ErrorCatalog.h"
#include "PlanFileFormat.h"
#include "PlanFileReader.h"
#include "SavedPlanGate.h"
#include "Terminal.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Teardownctl)
};

QJsonObject showJson(const PlanFile& file, const QDateTime& now, const ProviderError& refusal)
{
    QJsonObject out = CtlOutput::planObject(file.plan, {});
    out.insert(u"planned"_s,
               QJsonObject{{u"by"_s, file.origin.user},
                           {u"host"_s, file.origin.host},
                           {u"at"_s, PlanFileFormat::timeText(file.origin.savedAt)},
                           {u"tool"_s, file.origin.tool},
                           {u"ageSeconds"_s, file.origin.ageSeconds(now)}});
    QJsonArray accounts;
    for (const PlanFileAccount& a : file.accounts) {
        accounts.append(QJsonObject{
            {u"id"_s, a.id}, {u"name"_s, a.name}, {u"provider"_s, dialectKey(a.dialect)}, {u"keyId"_s, a.keyId}});
    }
    out.insert(u"accounts"_s, accounts);
    out.insert(u"digest"_s, file.digest);
    out.insert(u"applicable"_s, !refusal.isError());
    if (refusal.isError()) {
        out.insert(u"refusalCode"_s, refusal.code);
        out.insert(u"refusal"_s, ErrorCatalog::describe(refusal));
    }
    return out;
}

} // namespace

namespace CtlPlanFile {

CtlFailure read(const QString& path, PlanFile* file)
{
    if (const ProviderError refusal = PlanFileReader::read(path, file); refusal.isError())
        return {ExitCode::PlanFileRefused, ErrorCatalog::describe(refusal)};
    return {};
}

QString header(const QString& path, const PlanFile& file, const QDateTime& now)
{
    QString out = Text::tr("Saved plan %1").arg(path) + u'\n' + file.origin.describe(now) + u'\n';
    for (const PlanFileAccount& a : file.accounts) {
        out += Text::tr("Account: %1 (%2, key id %3)")
                   .arg(a.name.isEmpty() ? a.id : a.name, dialectDisplayName(a.dialect), a.keyId)
            + u'\n';
    }
    return out + Text::tr("Digest: %1").arg(file.digest) + u"\n\n"_s;
}

int show(const CtlRequest& request)
{
    PlanFile file;
    if (const CtlFailure f = read(request.planFile, &file); f.isFailure()) {
        Terminal::printError(f.message + u'\n');
        return f.code;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Shown whatever its age; apply would refuse it, and the exit code says so.
    const ProviderError refusal = SavedPlanGate::checkAge(file.origin, now, request.maxAgeSeconds);
    if (request.format == CtlRequest::Format::Json) {
        Terminal::print(QString::fromUtf8(QJsonDocument(showJson(file, now, refusal)).toJson(QJsonDocument::Indented)));
    } else {
        Terminal::print(header(request.planFile, file, now) + CtlOutput::plan(file.plan, {}, request.format));
        if (refusal.isError())
            Terminal::printError(ErrorCatalog::describe(refusal) + u'\n');
    }
    return refusal.isError() ? ExitCode::PlanFileRefused : ExitCode::Success;
}

} // namespace CtlPlanFile
