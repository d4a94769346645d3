#include "sqlkeywords.h"

namespace SqlKeywords {
namespace {
QStringList common()
{
    return {QStringLiteral("all"), QStringLiteral("alter"), QStringLiteral("and"), QStringLiteral("as"),
            QStringLiteral("asc"), QStringLiteral("begin"), QStringLiteral("between"), QStringLiteral("by"),
            QStringLiteral("case"), QStringLiteral("cast"), QStringLiteral("commit"), QStringLiteral("create"),
            QStringLiteral("cross join"), QStringLiteral("default"), QStringLiteral("delete from"),
            QStringLiteral("desc"), QStringLiteral("distinct"), QStringLiteral("drop"), QStringLiteral("else"),
            QStringLiteral("end"), QStringLiteral("except"), QStringLiteral("exists"), QStringLiteral("from"),
            QStringLiteral("full outer join"), QStringLiteral("group by"), QStringLiteral("having"),
            QStringLiteral("in"), QStringLiteral("index"), QStringLiteral("inner join"), QStringLiteral("insert into"),
            QStringLiteral("intersect"), QStringLiteral("is"), QStringLiteral("is not null"),
            QStringLiteral("is null"), QStringLiteral("join"), QStringLiteral("left join"), QStringLiteral("like"),
            QStringLiteral("limit"), QStringLiteral("not"), QStringLiteral("null"), QStringLiteral("on"),
            QStringLiteral("or"), QStringLiteral("order by"), QStringLiteral("primary key"),
            QStringLiteral("references"), QStringLiteral("right join"), QStringLiteral("rollback"),
            QStringLiteral("select"), QStringLiteral("set"), QStringLiteral("table"), QStringLiteral("then"),
            QStringLiteral("union"), QStringLiteral("union all"), QStringLiteral("update"), QStringLiteral("values"),
            QStringLiteral("view"), QStringLiteral("when"), QStringLiteral("where"), QStringLiteral("with")};
}
} // namespace

const QStringList &forDialect(Dialect dialect)
{
    static const QStringList postgres = common() + QStringList{
        QStringLiteral("analyze"), QStringLiteral("explain"), QStringLiteral("fetch first"), QStringLiteral("ilike"),
        QStringLiteral("lateral"), QStringLiteral("materialized view"), QStringLiteral("offset"),
        QStringLiteral("on conflict"), QStringLiteral("returning"), QStringLiteral("schema"),
        QStringLiteral("sequence"), QStringLiteral("truncate"), QStringLiteral("using"), QStringLiteral("vacuum"),
        QStringLiteral("window"), QStringLiteral("filter"), QStringLiteral("over"), QStringLiteral("partition by")};
    static const QStringList oracle = common() + QStringList{
        QStringLiteral("connect by"), QStringLiteral("dual"), QStringLiteral("fetch first"), QStringLiteral("merge into"),
        QStringLiteral("minus"), QStringLiteral("nvl"), QStringLiteral("rownum"), QStringLiteral("start with"),
        QStringLiteral("sysdate"), QStringLiteral("truncate")};
    static const QStringList sqlite = common() + QStringList{
        QStringLiteral("attach"), QStringLiteral("glob"), QStringLiteral("offset"), QStringLiteral("pragma"),
        QStringLiteral("replace"), QStringLiteral("returning"), QStringLiteral("vacuum"), QStringLiteral("without rowid")};
    switch (dialect) {
    case Dialect::PostgreSQL: return postgres;
    case Dialect::Oracle: return oracle;
    case Dialect::SQLite: return sqlite;
    }
    return postgres;
}

} // namespace SqlKeywords
