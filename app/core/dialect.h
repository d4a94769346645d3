#pragma once
#include <QString>

// The database families Tessera speaks to. Each maps to one Qt SQL driver.
enum class Dialect { PostgreSQL, Oracle, SQLite };

namespace Dialects {
QString qtDriverName(Dialect d);          // "QPSQL", "QOCI", "QSQLITE"
QString displayName(Dialect d);           // "PostgreSQL", "Oracle", "SQLite"
QString key(Dialect d);                   // stable identifier stored in profiles: "postgresql", ...
bool fromKey(const QString &key, Dialect *out);
int defaultPort(Dialect d);               // 5432, 1521, 0
bool needsLogin(Dialect d);               // SQLite opens a file: no credentials
bool isDriverAvailable(Dialect d);        // QSqlDatabase::isDriverAvailable for its driver
}
