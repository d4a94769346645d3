#pragma once
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QSqlResult>
#include <QVariant>

struct pg_conn;
struct pg_result;
struct sqlite3;

// The native handles behind Qt's SQL drivers, for what Qt does not expose: PostgreSQL's cancel
// key, transaction status, raw row values and error fields; SQLite's autocommit flag.
//
// Why this is safe: QSqlDriver::handle() and QSqlResult::handle() return the driver's own
// pointer in a QVariant whose type name is the pointer type's ("pg_conn*", "pg_result*",
// "sqlite3*"); checking that name first means a handle of another driver, or of another
// version that changed its type, yields nullptr instead of a wrong cast. The pointers belong
// to the driver: never free them, and use them only in the thread that owns the connection
// (the session's), for as long as the connection (or, for a result, the current row) lives.
namespace DriverHandles {

template<typename T>
T *handleOf(const QVariant &handle, const char *typeName)
{
    if (handle.isValid() && qstrcmp(handle.typeName(), typeName) == 0)
        return *static_cast<T *const *>(handle.constData());
    return nullptr;
}

inline pg_conn *postgresConnection(const QSqlDriver *driver)
{
    return driver ? handleOf<pg_conn>(driver->handle(), "pg_conn*") : nullptr;
}

inline pg_conn *postgresConnection(const QSqlDatabase &db)
{
    return db.isValid() ? postgresConnection(db.driver()) : nullptr;
}

// QPSQL's forward-only query in single-row mode: the PGresult of the current row.
inline pg_result *postgresResult(const QSqlQuery &query)
{
    return query.result() ? handleOf<pg_result>(query.result()->handle(), "pg_result*") : nullptr;
}

inline sqlite3 *sqliteConnection(const QSqlDatabase &db)
{
    return db.isValid() && db.driver() ? handleOf<sqlite3>(db.driver()->handle(), "sqlite3*") : nullptr;
}

} // namespace DriverHandles
