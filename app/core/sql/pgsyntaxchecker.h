#pragma once
#include "sqlsyntaxerror.h"

#include <QString>

#include <optional>

// Runs PostgreSQL's own grammar (libpg_query) over a statement so that a syntax error can be
// shown in the editor before anything is sent. It checks syntax only: names, types and
// permissions are the server's business.
//
// :name placeholders are accepted (they are parsed as $1 of the same width, so positions do
// not move). libpg_query keeps per-thread memory contexts, so this may run in any thread.
class PgSyntaxChecker
{
public:
    // Positions relative to the statement text (offset 0 = its first character).
    static std::optional<SqlSyntaxError> check(const QString &statement);
};
