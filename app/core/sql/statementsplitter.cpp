#include "statementsplitter.h"

#include "oraclestatementsplitter.h"
#include "pgstatementsplitter.h"
#include "sqlitestatementsplitter.h"

QList<SqlStatement> StatementSplitter::split(Dialect dialect, const QString &script,
                                             QString *warning)
{
    switch (dialect) {
    case Dialect::PostgreSQL: return PgStatementSplitter::split(script, warning);
    case Dialect::Oracle: return OracleStatementSplitter::split(script, warning);
    case Dialect::SQLite: return SqliteStatementSplitter::split(script, warning);
    }
    if (warning)
        warning->clear();
    return {};
}
