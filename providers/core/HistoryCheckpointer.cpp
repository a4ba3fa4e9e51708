#include "HistoryCheckpointer.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCheckpoint, "teardown.history.checkpoint")

namespace {

void checkpoint(const QString& path)
{
    // A connection of this thread's own: a connection is used only by the thread that made it.
    const QString name = u"teardown-history-checkpoint-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (!q.exec(u"PRAGMA wal_checkpoint(PASSIVE)"_s))
                qCWarning(lcCheckpoint).noquote() << "checkpoint failed:" << q.lastError().text();
        } else {
            qCWarning(lcCheckpoint).noquote() << "could not open" << path << db.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

HistoryCheckpointer::HistoryCheckpointer(QString databasePath)
    : m_path(std::move(databasePath))
{
    m_thread.setMaxThreadCount(1);
}

HistoryCheckpointer::~HistoryCheckpointer()
{
    waitForDone();
}

void HistoryCheckpointer::wrote()
{
    if (++m_writes < WritesPerCheckpoint || m_thread.activeThreadCount() > 0)
        return; // the one under way copies these too, or the next
    m_writes = 0;
    ++m_started;
    m_thread.start([path = m_path] { checkpoint(path); });
}

void HistoryCheckpointer::waitForDone()
{
    m_thread.waitForDone();
}
