#pragma once
#include "dialect.h"

#include <QList>
#include <QString>
#include <QStringList>

// A relation the statement at the cursor reads from: a table or view by name (schema optional),
// a CTE, or a subquery in FROM. Aliases are how columns get qualified.
struct TableReference
{
    QString schema;        // as the database names it (folded); empty: found by search_path
    QString name;          // empty for a subquery
    QString alias;         // empty: none
    // CTEs and subqueries: their output column names, as far as the text says, and the
    // catalog relations ("schema.name" or "name") whose columns a "*" or "t.*" brings in.
    QStringList columns;
    QStringList starOf;
    bool derived = false;  // a CTE or subquery, not a catalog object

    QString visibleName() const { return alias.isEmpty() ? name : alias; }
};

// What may be typed at the cursor, worked out from the tokens of the statement it is in (the
// server's own lexer for PostgreSQL), the way pgcli's sqlcompletion does: the word being typed,
// what qualifies it ("alias." / "schema."), the keyword that governs the place (FROM → relations,
// WHERE → columns, "::" → types), and the relations in scope (FROM / JOIN / UPDATE / INTO of this
// statement and of the queries around it, CTEs and subqueries included).
struct CompletionContext
{
    enum Suggest : quint16 {
        Nothing = 0,
        Keywords = 1,
        Relations = 2,    // tables, views, materialized views, foreign tables, sequences
        Columns = 4,
        Functions = 8,
        Schemas = 16,
        Types = 32,
    };
    int suggest = Nothing;
    QString prefix;           // the word typed so far, as typed (a leading " included)
    int replaceFrom = 0;      // where that word starts in the text
    QString qualifier;        // "x" of "x.prefix", as the database names it; empty: none
    QString qualifierSchema;  // "s" of "s.x.prefix"
    QList<TableReference> tables;   // in scope, innermost query first
    QStringList cteNames;           // WITH names usable as relations here
    QString insertIntoTable;  // INSERT INTO t ( … : the table whose columns are listed

    bool wants(Suggest s) const { return (suggest & s) != 0; }

    static CompletionContext analyze(Dialect dialect, const QString &text, int cursor);
};
