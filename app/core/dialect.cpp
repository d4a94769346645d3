#include "dialect.h"

#include <QSqlDatabase>

namespace Dialects {

QString qtDriverName(Dialect d)
{
    switch (d) {
    case Dialect::PostgreSQL: return QStringLiteral("QPSQL");
    case Dialect::Oracle: return QStringLiteral("QOCI");
    case Dialect::SQLite: return QStringLiteral("QSQLITE");
    }
    return {};
}

QString displayName(Dialect d)
{
    switch (d) {
    case Dialect::PostgreSQL: return QStringLiteral("PostgreSQL");
    case Dialect::Oracle: return QStringLiteral("Oracle");
    case Dialect::SQLite: return QStringLiteral("SQLite");
    }
    return {};
}

QString key(Dialect d)
{
    switch (d) {
    case Dialect::PostgreSQL: return QStringLiteral("postgresql");
    case Dialect::Oracle: return QStringLiteral("oracle");
    case Dialect::SQLite: return QStringLiteral("sqlite");
    }
    return {};
}

bool fromKey(const QString &k, Dialect *out)
{
    for (Dialect d : {Dialect::PostgreSQL, Dialect::Oracle, Dialect::SQLite}) {
        if (k.compare(key(d), Qt::CaseInsensitive) == 0) {
            *out = d;
            return true;
        }
    }
    return false;
}

int defaultPort(Dialect d)
{
    switch (d) {
    case Dialect::PostgreSQL: return 5432;
    case Dialect::Oracle: return 1521;
    case Dialect::SQLite: return 0;
    }
    return 0;
}

bool needsLogin(Dialect d) { return d != Dialect::SQLite; }

bool isDriverAvailable(Dialect d) { return QSqlDatabase::isDriverAvailable(qtDriverName(d)); }

} // namespace Dialects
