#include "statementexec.h"

#include "sql/bindparameters.h"

#include <QSqlQuery>

namespace StatementExec {

bool exec(QSqlQuery &query, Dialect dialect, const QString &sql, const QVariantMap &binds)
{
    if (!sql.contains(QLatin1Char(':')))
        return query.exec(sql);   // no placeholder possible: skip the scan (10,000-line scripts)
    QStringList order;
    const QString positional = BindParameters::toPositional(dialect, sql, &order);
    if (order.isEmpty())
        return query.exec(sql);
    if (!query.prepare(positional))
        return false;
    for (const QString &name : order) {
        if (dialect == Dialect::Oracle)
            query.bindValue(QLatin1Char(':') + name, binds.value(name));
        else
            query.addBindValue(binds.value(name));
    }
    return query.exec();
}

} // namespace StatementExec
