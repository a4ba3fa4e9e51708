#include "BenchHistory.h"

#include <QDirIterator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

// The three dialects' words for "too many requests" (reference: RequestLimitExceeded and its
// sub-codes on API 3.0, 4400 on API 2.0, REQUEST_LIMIT_EXCEEDED on Zenlayer).
const QString kThrottled = u"(error_code LIKE 'RequestLimitExceeded%' OR error_code = '4400' "
                           u"OR error_code = 'REQUEST_LIMIT_EXCEEDED')"_s;

QDateTime fromMs(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), QTimeZone::utc());
}

} // namespace

HistoryFigures readHistory(const QString& dataHome)
{
    HistoryFigures f;
    QDirIterator it(dataHome, {u"history.sqlite"_s}, QDir::Files, QDirIterator::Subdirectories);
    if (!it.hasNext()) {
        f.error = u"no history under %1"_s.arg(dataHome);
        return f;
    }
    const QString path = it.next();
    const QString connection = u"bench-history-"_s + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!db.open()) {
            f.error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            q.exec(u"SELECT COUNT(*), SUM(destructive), SUM(%1), MAX(finished_at) FROM calls"_s.arg(kThrottled));
            if (q.next()) {
                f.calls = q.value(0).toInt();
                f.destructiveCalls = q.value(1).toInt();
                f.throttled = q.value(2).toInt();
                f.lastFinished = fromMs(q.value(3));
            }
            q.exec(u"SELECT MIN(sent_at), MAX(sent_at) FROM calls WHERE destructive = 1"_s);
            if (q.next()) {
                f.firstDestructiveSent = fromMs(q.value(0));
                f.lastDestructiveSent = fromMs(q.value(1));
            }
            f.read = q.lastError().type() == QSqlError::NoError;
            if (!f.read)
                f.error = q.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return f;
}
