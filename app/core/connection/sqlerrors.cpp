#include "sqlerrors.h"

#include "driverhandles.h"

#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>

namespace {
QString pgField(const PGresult *res, int field)
{
    return QString::fromUtf8(PQresultErrorField(res, field));
}
} // namespace

namespace SqlErrors {

bool isConnectionLoss(Dialect dialect, const QString &code)
{
    switch (dialect) {
    case Dialect::PostgreSQL:
        // Class 08: connection exception; 57P01-57P03: admin/crash shutdown, cannot connect now.
        return code.startsWith(QStringLiteral("08")) || code == QStringLiteral("57P01")
            || code == QStringLiteral("57P02") || code == QStringLiteral("57P03");
    case Dialect::Oracle: {
        static const QStringList lost = {QStringLiteral("ORA-03113"), QStringLiteral("ORA-03114"),
                                         QStringLiteral("ORA-03135"), QStringLiteral("ORA-00028"),
                                         QStringLiteral("ORA-01012")};
        return lost.contains(code);
    }
    case Dialect::SQLite:
        return false;
    }
    return false;
}

qint64 rowsAffected(const QSqlQuery &query, Dialect dialect)
{
    if (dialect == Dialect::PostgreSQL) {
        if (PGresult *res = DriverHandles::postgresResult(query)) {
            const char *tuples = PQcmdTuples(res);
            return tuples && *tuples ? QByteArray(tuples).toLongLong() : -1;
        }
    }
    return query.numRowsAffected();
}

SqlErrorInfo fromQuery(const QSqlQuery &query, Dialect dialect)
{
    SqlErrorInfo info;
    const QSqlError error = query.lastError();
    info.sqlState = error.nativeErrorCode();
    info.message = error.databaseText().trimmed();
    if (info.message.isEmpty())
        info.message = error.driverText();

    if (dialect == Dialect::PostgreSQL) {
        if (const PGresult *res = DriverHandles::postgresResult(query);
            res && PQresultStatus(res) == PGRES_FATAL_ERROR) {
            info.message = pgField(res, PG_DIAG_MESSAGE_PRIMARY);
            info.sqlState = pgField(res, PG_DIAG_SQLSTATE);
            info.detail = pgField(res, PG_DIAG_MESSAGE_DETAIL);
            info.hint = pgField(res, PG_DIAG_MESSAGE_HINT);
            info.position = pgField(res, PG_DIAG_STATEMENT_POSITION).toInt();
        }
        if (PGconn *pg = DriverHandles::postgresConnection(query.driver()); pg && PQstatus(pg) == CONNECTION_BAD) {
            info.connectionLost = true;
            if (info.message.isEmpty() || info.message.startsWith(QStringLiteral("QPSQL")))
                info.message = QString::fromUtf8(PQerrorMessage(pg)).trimmed();
        }
    } else if (dialect == Dialect::Oracle && info.sqlState.isEmpty()) {
        const qsizetype at = info.message.indexOf(QStringLiteral("ORA-"));
        if (at >= 0)
            info.sqlState = info.message.mid(at, 9);
    }
    info.connectionLost = info.connectionLost || isConnectionLoss(dialect, info.sqlState);
    return info;
}

} // namespace SqlErrors
