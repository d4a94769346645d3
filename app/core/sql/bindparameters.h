#pragma once
#include "bindparameter.h"
#include "dialect.h"

#include <QList>
#include <QString>
#include <QStringList>

// ":name" placeholders in one statement, and the statement rewritten for QSqlQuery::prepare.
//
// A placeholder is ':' followed by a letter or '_' (Oracle: also a digit, as in :1), then
// letters, digits and '_' (ASCII). It is not one inside strings, quoted identifiers, comments
// or dollar-quoted bodies, nor in '::' (PostgreSQL cast) or ':=' (PL/SQL and named-argument
// assignment). PostgreSQL: a ':' glued to an identifier, number, ')' or ']' before it is an
// array slice (a[1:n], a[lo:hi]), not a placeholder. Oracle: a CREATE statement has none
// (binds are not allowed in DDL, ORA-01027; :NEW / :OLD in trigger bodies are not binds);
// PL/SQL blocks do use :name binds and they are found.
// Other SQLite parameter forms (?, ?NNN, @name, $name) are left alone.
class BindParameters
{
public:
    static QList<BindParameter> find(Dialect dialect, const QString &statement);

    // Distinct names in order of first appearance.
    static QStringList names(Dialect dialect, const QString &statement);

    // The statement as QSqlQuery::prepare should get it, and in *bindOrder the name whose
    // value goes to each positional parameter: call addBindValue(value(bindOrder[i])) in order.
    //   PostgreSQL: :name -> $n, n by first appearance, a repeated name reuses its $n;
    //               bindOrder == names(). (Written out here because Qt's own placeholder
    //               rewriting only knows '...' and "..." quotes, not comments or $$ bodies.)
    //   SQLite:     :name -> ?, one per occurrence; bindOrder repeats names that repeat.
    //   Oracle:     unchanged (QOCI binds :name natively); bindOrder == names().
    // A statement without placeholders comes back unchanged with an empty bindOrder.
    static QString toPositional(Dialect dialect, const QString &statement,
                                QStringList *bindOrder = nullptr);
};
