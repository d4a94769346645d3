#pragma once
#include <QMetaType>
#include <QString>

// The server's own account of an error, with the place it points at when it gives one.
struct SqlErrorInfo
{
    QString message;      // the server's text, as the server wrote it
    QString sqlState;     // PostgreSQL SQLSTATE or "ORA-nnnnn"
    QString detail;
    QString hint;
    int position = 0;     // 1-based character offset into the statement; 0 = unknown
    bool connectionLost = false;

    bool isEmpty() const { return message.isEmpty(); }
};

// Transaction state as the server reports it after each statement.
enum class TransactionState : quint8 { Unknown, Idle, InTransaction, Failed };

// How one statement ended.
struct StatementOutcome
{
    int index = 0;               // position in the script (0 for a single statement)
    QString sql;
    bool ok = false;
    bool cancelled = false;
    bool hasResultSet = false;
    bool paused = false;         // result stopped at the buffer cap; fetchMore() continues it
    qint64 rowsAffected = -1;    // DML; -1 when not applicable
    qint64 rowsFetched = 0;
    qint64 elapsedMs = 0;
    TransactionState transaction = TransactionState::Unknown;
    SqlErrorInfo error;
};

// Who the server says this session is (asked right after connecting).
struct SessionIdentity
{
    QString currentUser;
    QString sessionUser;
    QString proxyUser;           // Oracle PROXY_USER; empty elsewhere
    QString currentSchema;
    QString backendId;           // PostgreSQL backend pid, Oracle SID
    QString serverVersion;
    QString searchPath;          // PostgreSQL search_path as set; Oracle CURRENT_SCHEMA
    QString tempSchema;          // PostgreSQL: this session's pg_temp_N once it has temp tables
};

Q_DECLARE_METATYPE(SqlErrorInfo)
Q_DECLARE_METATYPE(StatementOutcome)
Q_DECLARE_METATYPE(SessionIdentity)
