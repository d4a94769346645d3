#include "transactiontracker.h"

#include "connection/sqlerrors.h"
#include "connection/transactionrules.h"
#include "driverhandles.h"

#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>
#include <sqlite3.h>

void TransactionTracker::connected(const QSqlDatabase &db)
{
    m_db = db;
    m_oracleState = TransactionState::Idle;
    m_oracleDriverTransaction = false;
}

void TransactionTracker::disconnected()
{
    m_db = QSqlDatabase();
    m_oracleState = TransactionState::Unknown;
    m_oracleDriverTransaction = false;
}

bool TransactionTracker::isOpen() const
{
    const TransactionState s = state();
    return s == TransactionState::InTransaction || s == TransactionState::Failed;
}

bool TransactionTracker::beforeStatement(const QString &sql, SqlErrorInfo *error)
{
    if (m_dialect == Dialect::Oracle)
        return setOracleDriverTransaction(!m_autoCommit || isOpen(), error);
    // Manual-commit mode as in psql's AUTOCOMMIT off: the first statement opens a transaction
    // that stays open until Commit or Rollback.
    if (m_autoCommit || isOpen() || TransactionRules::isTransactionControl(m_dialect, sql))
        return true;
    QSqlQuery begin(m_db);
    if (begin.exec(TransactionRules::beginStatement(m_dialect)))
        return true;
    *error = SqlErrors::fromQuery(begin, m_dialect);
    return false;
}

void TransactionTracker::afterStatement(const QString &sql, bool ok)
{
    if (m_dialect == Dialect::Oracle)
        m_oracleState = TransactionRules::oracleStateAfter(sql, ok, m_oracleState);
}

bool TransactionTracker::setOracleDriverTransaction(bool on, SqlErrorInfo *error)
{
    // QOCI commits after every statement unless the driver was told a transaction runs; that
    // sends nothing to the server (Oracle opens the transaction at the first change itself).
    // Turning it off again is a COMMIT, so only when nothing is open.
    if (on == m_oracleDriverTransaction || (!on && isOpen()))
        return true;
    if (on ? m_db.transaction() : m_db.commit()) {
        m_oracleDriverTransaction = on;
        return true;
    }
    error->message = tr("The Oracle driver could not switch to manual commit: %1").arg(m_db.lastError().text());
    return false;
}

TransactionState TransactionTracker::state() const
{
    switch (m_dialect) {
    case Dialect::PostgreSQL:
        if (PGconn *conn = DriverHandles::postgresConnection(m_db)) {
            switch (PQtransactionStatus(conn)) {
            case PQTRANS_IDLE: return TransactionState::Idle;
            case PQTRANS_INTRANS:
            case PQTRANS_ACTIVE: return TransactionState::InTransaction;
            case PQTRANS_INERROR: return TransactionState::Failed;
            default: return TransactionState::Unknown;
            }
        }
        return TransactionState::Unknown;
    case Dialect::SQLite:
        // Autocommit mode is off exactly while a BEGIN (ours or the person's) is open.
        if (sqlite3 *db = DriverHandles::sqliteConnection(m_db))
            return sqlite3_get_autocommit(db) ? TransactionState::Idle : TransactionState::InTransaction;
        return TransactionState::Unknown;
    case Dialect::Oracle:
        return m_oracleState;
    }
    return TransactionState::Unknown;
}
