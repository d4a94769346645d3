#include "pgsyntaxchecker.h"

#include "bindparameters.h"
#include "lineindex.h"
#include "utf8buffer.h"

#include <pg_query.h>

std::optional<SqlSyntaxError> PgSyntaxChecker::check(const QString &statement)
{
    QString masked = statement;
    for (const BindParameter &parameter : BindParameters::find(Dialect::PostgreSQL, statement))
        masked.replace(parameter.offset, parameter.length,
                       QStringLiteral("$1").leftJustified(parameter.length, u' '));

    const Utf8Buffer utf8(masked);
    // pg_query_split_with_parser runs the same raw parser as pg_query_parse, with the same
    // errors, but does not serialise a parse tree nobody here reads.
    const PgQuerySplitResult result = pg_query_split_with_parser(utf8.data());
    std::optional<SqlSyntaxError> error;
    if (result.error) {
        SqlSyntaxError e;
        e.message = QString::fromUtf8(result.error->message);
        // cursorpos counts characters from 1 (0 = no position); "at end of input" points
        // one past the last character.
        if (result.error->cursorpos > 0) {
            e.offset = utf8.indexOfCodePoint(result.error->cursorpos - 1);
            const LineIndex lines(statement);
            e.line = lines.line(e.offset);
            e.column = lines.column(e.offset);
        }
        error = e;
    }
    pg_query_free_split_result(result);
    return error;
}
