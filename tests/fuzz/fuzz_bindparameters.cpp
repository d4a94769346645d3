// libFuzzer target: bind parameter scanning and rewriting, every dialect.
#include "fuzzcheck.h"
#include "sql/bindparameters.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString statement = FuzzCheck::script(data, size);
    for (Dialect dialect : {Dialect::PostgreSQL, Dialect::Oracle, Dialect::SQLite}) {
        const QList<BindParameter> found = BindParameters::find(dialect, statement);
        int previousEnd = 0;
        for (const BindParameter &p : found) {
            if (p.offset < previousEnd || p.length < 2 || p.offset + p.length > statement.size())
                FuzzCheck::fail("bind parameter out of order or bounds", p.offset);
            if (statement.at(p.offset) != u':'
                || QStringView(statement).mid(p.offset + 1, p.length - 1) != p.name)
                FuzzCheck::fail("bind parameter name is not the statement's slice", p.offset);
            previousEnd = p.offset + p.length;
        }
        QStringList order;
        const QString rewritten = BindParameters::toPositional(dialect, statement, &order);
        const QStringList names = BindParameters::names(dialect, statement);
        if (dialect == Dialect::SQLite ? order.size() != found.size() : order != names)
            FuzzCheck::fail("bind order does not match the parameters found", 0);
        if (found.isEmpty() && rewritten != statement)
            FuzzCheck::fail("statement without parameters was changed", 0);
    }
    return 0;
}
