#pragma once
#include "dialect.h"

#include <QString>
#include <QVariantMap>

class QSqlQuery;

// Executes one statement on a query, with its :name placeholders bound to values (a prepared
// statement) when it has any, as each driver wants them: QOCI by name, the others by position.
namespace StatementExec {
bool exec(QSqlQuery &query, Dialect dialect, const QString &sql, const QVariantMap &binds);
}
