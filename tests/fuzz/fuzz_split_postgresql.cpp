// libFuzzer target: PostgreSQL splitting (libpg_query's lexer) and the syntax check.
#include "fuzzcheck.h"
#include "sql/pgsyntaxchecker.h"
#include "sql/statementsplitter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString script = FuzzCheck::script(data, size);
    QString warning;
    const QList<SqlStatement> statements =
            StatementSplitter::split(Dialect::PostgreSQL, script, &warning);
    FuzzCheck::verify(script, statements);

    // The parser is slower than the lexer: check a few statements per input, enough to reach
    // its error paths and the cursor conversion.
    for (qsizetype i = 0; i < statements.size() && i < 3; ++i) {
        const std::optional<SqlSyntaxError> error = PgSyntaxChecker::check(statements.at(i).text);
        if (error && (error->offset < -1 || error->offset > statements.at(i).text.size()))
            FuzzCheck::fail("syntax error offset outside the statement", error->offset);
    }
    return 0;
}
