#pragma once
#include "connection/statementoutcome.h"
#include "dialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// The transaction of one session's connection: what manual-commit mode does before a statement
// and what state the transaction is in after it. PostgreSQL and SQLite are asked
// (PQtransactionStatus, sqlite3_get_autocommit); Oracle reports nothing, so its state comes
// from the statements that ran (TransactionRules). Lives in the session's thread.
class TransactionTracker
{
    Q_DECLARE_TR_FUNCTIONS(TransactionTracker)
public:
    explicit TransactionTracker(Dialect dialect) : m_dialect(dialect) {}

    // A new connection: nothing is open on it.
    void connected(const QSqlDatabase &db);
    void disconnected();

    void setAutoCommit(bool on) { m_autoCommit = on; }
    bool autoCommit() const { return m_autoCommit; }

    // Before a statement is sent: in manual mode, opens the transaction the statement will run
    // in (BEGIN; for Oracle the driver stops committing). False with *error when that failed.
    bool beforeStatement(const QString &sql, SqlErrorInfo *error);
    // After it finished (ok: it succeeded).
    void afterStatement(const QString &sql, bool ok);

    TransactionState state() const;
    bool isOpen() const;

private:
    bool setOracleDriverTransaction(bool on, SqlErrorInfo *error);

    const Dialect m_dialect;
    QSqlDatabase m_db;
    bool m_autoCommit = true;
    TransactionState m_oracleState = TransactionState::Unknown;
    bool m_oracleDriverTransaction = false;   // QOCI told not to commit after each statement
};
