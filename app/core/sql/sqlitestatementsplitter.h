#pragma once
#include "sqlstatement.h"

#include <QList>
#include <QString>

// SQLite: ';' ends a statement outside strings, quoted identifiers and comments, except inside
// CREATE TRIGGER ... BEGIN ... END bodies. The trigger rule is the state machine of SQLite's
// own sqlite3_complete(): once CREATE [TEMP] TRIGGER is seen, only "; END ;" ends the
// statement. That is why CASE ... END inside a trigger needs no extra care: its END is never
// preceded by a ';'.
class SqliteStatementSplitter
{
public:
    static QList<SqlStatement> split(const QString &script, QString *warning = nullptr);
};
