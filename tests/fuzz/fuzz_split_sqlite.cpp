// libFuzzer target: SQLite splitting (sqlite3_complete rules).
#include "fuzzcheck.h"
#include "sql/statementsplitter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString script = FuzzCheck::script(data, size);
    QString warning;
    FuzzCheck::verify(script, StatementSplitter::split(Dialect::SQLite, script, &warning));
    return 0;
}
