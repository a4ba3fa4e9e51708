#include "CtlHistoryOutput.h"

#include "Csv.h"
#include "DisplayFormat.h"
#include "TextTable.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Teardownctl)
};

QJsonObject callJson(const CallRecord& r)
{
    return QJsonObject{
        {u"id"_s, r.id},
        {u"sentAt"_s, DisplayFormat::timeForFile(r.sentAt)},
        {u"finishedAt"_s, DisplayFormat::timeForFile(r.finishedAt)},
        {u"accountId"_s, r.accountId},
        {u"accountName"_s, r.accountName},
        {u"dialect"_s, r.dialect},
        {u"region"_s, r.region},
        {u"action"_s, r.action},
        {u"instanceIds"_s, QJsonArray::fromStringList(r.instanceIds)},
        {u"destructive"_s, r.destructive},
        {u"attempt"_s, r.attempt},
        {u"outcome"_s, callStatusKey(r.status)},
        {u"errorCode"_s, r.errorCode},
        {u"errorMessage"_s, r.errorMessage},
        {u"requestId"_s, r.requestId},
        {u"httpStatus"_s, r.httpStatus},
        {u"note"_s, r.verificationNote},
    };
}

const QStringList kCsvHeader{u"id"_s,          u"sent_at"_s, u"finished_at"_s, u"account_id"_s,    u"account_name"_s,
                             u"dialect"_s,     u"region"_s,  u"action"_s,      u"instance_ids"_s,  u"destructive"_s,
                             u"attempt"_s,     u"outcome"_s, u"error_code"_s,  u"error_message"_s, u"request_id"_s,
                             u"http_status"_s, u"note"_s};

QStringList callCsv(const CallRecord& r)
{
    return {QString::number(r.id),
            DisplayFormat::timeForFile(r.sentAt),
            DisplayFormat::timeForFile(r.finishedAt),
            r.accountId,
            r.accountName,
            r.dialect,
            r.region,
            r.action,
            r.instanceIds.join(u' '),
            r.destructive ? u"yes"_s : u"no"_s,
            QString::number(r.attempt),
            callStatusKey(r.status),
            r.errorCode,
            r.errorMessage,
            r.requestId,
            r.httpStatus ? QString::number(r.httpStatus) : QString(),
            r.verificationNote};
}

QString json(const QJsonArray& rows)
{
    return QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
}

QString csv(const CsvWriter& writer)
{
    // Keep the byte order mark (fromUtf8 drops it): spreadsheets need it to read UTF-8.
    return QChar(QChar::ByteOrderMark) + QString::fromUtf8(writer.data());
}

QString accountOf(const CallRecord& r)
{
    return r.accountName.isEmpty() ? r.accountId : r.accountName;
}

} // namespace

namespace CtlHistoryOutput {

QString calls(const QList<CallRecord>& calls, CtlRequest::Format format)
{
    if (format == CtlRequest::Format::Json) {
        QJsonArray rows;
        for (const CallRecord& r : calls)
            rows.append(callJson(r));
        return json(rows);
    }
    if (format == CtlRequest::Format::Csv) {
        CsvWriter writer;
        writer.addRow(kCsvHeader);
        for (const CallRecord& r : calls)
            writer.addRow(callCsv(r));
        return csv(writer);
    }
    TextTable table({Text::tr("SENT"), Text::tr("ACCOUNT"), Text::tr("REGION"), Text::tr("ACTION"),
                     Text::tr("INSTANCES"), Text::tr("DESTRUCTIVE"), Text::tr("OUTCOME"), Text::tr("ERROR CODE"),
                     Text::tr("REQUEST ID"), Text::tr("NOTE")});
    for (const CallRecord& r : calls) {
        table.addRow({DisplayFormat::timeWithSeconds(r.sentAt), accountOf(r), r.region, r.action,
                      r.instanceIds.join(u", "_s), r.destructive ? Text::tr("yes") : QString(),
                      callStatusLabel(r.status), r.errorCode, r.requestId, r.verificationNote});
    }
    return table.render() + Text::tr("%n call(s)", nullptr, int(calls.size())) + u'\n';
}

QString unconfirmed(const QList<UnconfirmedRow>& rows, bool verified, CtlRequest::Format format)
{
    if (format == CtlRequest::Format::Json) {
        QJsonArray out;
        for (const UnconfirmedRow& row : rows) {
            QJsonObject object = callJson(row.call);
            if (verified) {
                object.insert(u"stillUnconfirmed"_s, row.stillUnconfirmed);
                object.insert(u"finding"_s, row.finding);
            }
            out.append(object);
        }
        return json(out);
    }
    if (format == CtlRequest::Format::Csv) {
        CsvWriter writer;
        writer.addRow(verified ? kCsvHeader + QStringList{u"still_unconfirmed"_s, u"finding"_s} : kCsvHeader);
        for (const UnconfirmedRow& row : rows) {
            QStringList cells = callCsv(row.call);
            if (verified)
                cells << (row.stillUnconfirmed ? u"yes"_s : u"no"_s) << row.finding;
            writer.addRow(cells);
        }
        return csv(writer);
    }
    QStringList header{Text::tr("SENT"), Text::tr("ACCOUNT"), Text::tr("REGION"), Text::tr("ACTION"),
                       Text::tr("INSTANCES")};
    if (verified)
        header << Text::tr("RESULT") << Text::tr("FINDING");
    TextTable table(header);
    for (const UnconfirmedRow& row : rows) {
        const CallRecord& r = row.call;
        QStringList cells{DisplayFormat::timeWithSeconds(r.sentAt), accountOf(r), r.region, r.action,
                          r.instanceIds.join(u", "_s)};
        if (verified)
            cells << (row.stillUnconfirmed ? Text::tr("still unconfirmed") : Text::tr("reviewed")) << row.finding;
        table.addRow(cells);
    }
    return table.render();
}

} // namespace CtlHistoryOutput
