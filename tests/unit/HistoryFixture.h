#pragma once

// Fixtures of the History tests (tst_history, tst_historyreads, tst_historyqueries): a second
// connection to the same SQLite file, as another process would see it, and call records to write.
#include "ApiCall.h"
#include "History.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace historyfixture {

using namespace Qt::StringLiterals;

// A second connection to the same file, as another process would see it.
class Probe
{
public:
    explicit Probe(const QString& path)
        : m_name(u"probe-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        m_open = db.open();
    }
    ~Probe()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    Probe(const Probe&) = delete;
    Probe& operator=(const Probe&) = delete;

    bool isOpen() const { return m_open; }

    QList<QVariantList> rows(const QString& sql, const QVariantList& binds = {}) const
    {
        QList<QVariantList> out;
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        q.prepare(sql);
        for (const QVariant& b : binds)
            q.addBindValue(b);
        if (!q.exec()) {
            qWarning() << sql << q.lastError().text();
            return out;
        }
        while (q.next()) {
            QVariantList row;
            for (int i = 0; i < q.record().count(); ++i)
                row << q.value(i);
            out << row;
        }
        return out;
    }
    QVariant scalar(const QString& sql, const QVariantList& binds = {}) const
    {
        const auto r = rows(sql, binds);
        return r.isEmpty() || r.first().isEmpty() ? QVariant() : r.first().first();
    }
    bool exec(const QString& sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        return q.exec(sql);
    }

private:
    QString m_name;
    bool m_open = false;
};

inline CallRecord makeRecord(const QString& accountName, const QDateTime& sentAt, const QStringList& ids,
                             bool destructive)
{
    CallRecord r;
    r.sentAt = sentAt;
    r.accountId = u"acc-1"_s;
    r.accountName = accountName;
    r.dialect = u"tencent"_s;
    r.region = u"ap-guangzhou"_s;
    r.action = destructive ? u"TerminateInstances"_s : u"DescribeInstances"_s;
    r.instanceIds = ids;
    r.destructive = destructive;
    r.attempt = 1;
    return r;
}

inline QByteArray filesStartingWith(const QString& path)
{
    // The database, its write-ahead log and its shared-memory index.
    QByteArray all;
    const QFileInfo info(path);
    const QStringList names = info.dir().entryList({info.fileName() + u'*'}, QDir::Files);
    for (const QString& name : names) {
        QFile f(info.dir().filePath(name));
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

inline const QDateTime kT0(QDate(2025, 1, 1), QTime(10, 0), Qt::UTC);

} // namespace historyfixture
