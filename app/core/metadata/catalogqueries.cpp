#include "catalogqueries.h"

namespace CatalogQueries {
namespace {
QString unlessAll(bool showAll, const QString &condition)
{
    return showAll ? QStringLiteral("true") : condition;
}
} // namespace

QString searchPath(Dialect dialect)
{
    switch (dialect) {
    case Dialect::PostgreSQL:
        // current_schemas(false): the search_path as the server resolves it (no pg_catalog, no
        // schema that does not exist or that the identity may not use).
        return QStringLiteral("select s from unnest(current_schemas(false)) with ordinality as p(s, i) order by i");
    case Dialect::Oracle:
        return QStringLiteral("select sys_context('USERENV', 'CURRENT_SCHEMA') from dual");
    case Dialect::SQLite:
        return QStringLiteral("select 'main'");
    }
    return {};
}

QString schemas(Dialect dialect, bool showAll)
{
    switch (dialect) {
    case Dialect::PostgreSQL:
        return QStringLiteral("select n.nspname, obj_description(n.oid, 'pg_namespace') from pg_namespace n "
                              "where n.nspname !~ '^pg_' and n.nspname <> 'information_schema' and %1 "
                              "union all "
                              // The tab's own temporary schema (its temp tables), bound as :temp: only
                              // that session sees its temp tables, and only its tab shows them.
                              "select n.nspname, 'temporary objects of this session' from pg_namespace n "
                              "where n.nspname = :temp "
                              "order by 1")
            .arg(unlessAll(showAll, QStringLiteral("has_schema_privilege(n.oid, 'USAGE')")));
    case Dialect::Oracle:
        // Schemas that own something the user may see, and the user's own.
        return QStringLiteral("select owner, null from (select distinct owner from all_objects "
                              "union select user from dual) order by 1");
    case Dialect::SQLite:
        return QStringLiteral("select name, file from pragma_database_list order by seq");
    }
    return {};
}

QString relations(Dialect dialect, bool showAll)
{
    switch (dialect) {
    case Dialect::PostgreSQL:
        return QStringLiteral(
                   "select c.relname, c.relkind::text, obj_description(c.oid, 'pg_class'), a.attname, "
                   "format_type(a.atttypid, a.atttypmod), a.attnotnull, pg_get_expr(d.adbin, d.adrelid), "
                   "col_description(c.oid, a.attnum) "
                   "from pg_class c join pg_namespace n on n.oid = c.relnamespace "
                   "left join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped "
                   "and c.relkind <> 'S' and %1 "
                   "left join pg_attrdef d on d.adrelid = c.oid and d.adnum = a.attnum "
                   "where n.nspname = :schema and c.relkind in ('r', 'p', 'f', 'v', 'm', 'S') and %2 "
                   "order by c.relname, a.attnum")
            .arg(unlessAll(showAll, QStringLiteral("has_column_privilege(c.oid, a.attnum, 'SELECT, INSERT, UPDATE, REFERENCES')")),
                 unlessAll(showAll, QStringLiteral("(has_table_privilege(c.oid, 'SELECT, INSERT, UPDATE, DELETE, "
                                                   "TRUNCATE, REFERENCES, TRIGGER') or has_any_column_privilege(c.oid, "
                                                   "'SELECT, INSERT, UPDATE, REFERENCES'))")));
    case Dialect::Oracle:
        return QStringLiteral(
            "select o.object_name, decode(o.object_type, 'TABLE', 'r', 'VIEW', 'v', 'MATERIALIZED VIEW', 'm', "
            "'SEQUENCE', 'S', 'r'), cm.comments, c.column_name, "
            "c.data_type || case when c.data_type in ('VARCHAR2', 'NVARCHAR2', 'CHAR', 'NCHAR', 'RAW') "
            "then '(' || c.char_length || ')' when c.data_type = 'NUMBER' and c.data_precision is not null "
            "then '(' || c.data_precision || ',' || c.data_scale || ')' end, "
            "case c.nullable when 'N' then 1 else 0 end, c.data_default, cc.comments "
            "from all_objects o "
            "left join all_tab_columns c on c.owner = o.owner and c.table_name = o.object_name "
            "left join all_tab_comments cm on cm.owner = o.owner and cm.table_name = o.object_name "
            "left join all_col_comments cc on cc.owner = c.owner and cc.table_name = c.table_name "
            "and cc.column_name = c.column_name "
            "where o.owner = :schema and o.object_type in ('TABLE', 'VIEW', 'MATERIALIZED VIEW', 'SEQUENCE') "
            "order by o.object_name, c.column_id");
    case Dialect::SQLite:
        return QStringLiteral("select m.name, case m.type when 'view' then 'v' else 'r' end, null, p.name, p.type, "
                              "p.\"notnull\", p.dflt_value, null from sqlite_schema m join pragma_table_info(m.name) p "
                              "where m.type in ('table', 'view') and m.name not like 'sqlite_%' order by m.name, p.cid");
    }
    return {};
}

QString routines(Dialect dialect, bool showAll)
{
    switch (dialect) {
    case Dialect::PostgreSQL:
        return QStringLiteral("select p.proname, p.prokind::text, pg_get_function_identity_arguments(p.oid), "
                              "pg_get_function_result(p.oid), obj_description(p.oid, 'pg_proc') "
                              "from pg_proc p join pg_namespace n on n.oid = p.pronamespace "
                              "where n.nspname = :schema and p.prokind in ('f', 'p', 'w') and %1 order by 1, 3")
            .arg(unlessAll(showAll, QStringLiteral("has_function_privilege(p.oid, 'EXECUTE')")));
    case Dialect::Oracle:
        return QStringLiteral("select object_name, decode(object_type, 'PROCEDURE', 'p', 'f'), null, null, null "
                              "from all_objects where owner = :schema and object_type in ('FUNCTION', 'PROCEDURE', 'PACKAGE') "
                              "order by 1");
    case Dialect::SQLite:
        return {};
    }
    return {};
}

QString types(Dialect dialect, bool showAll)
{
    switch (dialect) {
    case Dialect::PostgreSQL:
        // Enums, domains, ranges, multiranges and free-standing composite types (not the row
        // types every table has).
        return QStringLiteral("select t.typname, obj_description(t.oid, 'pg_type') from pg_type t "
                              "join pg_namespace n on n.oid = t.typnamespace "
                              "where n.nspname = :schema and (t.typtype in ('e', 'd', 'r', 'm') or (t.typtype = 'c' "
                              "and (select c.relkind from pg_class c where c.oid = t.typrelid) = 'c')) and %1 order by 1")
            .arg(unlessAll(showAll, QStringLiteral("has_type_privilege(t.oid, 'USAGE')")));
    case Dialect::Oracle:
        return QStringLiteral("select type_name, null from all_types where owner = :schema order by 1");
    case Dialect::SQLite:
        return {};
    }
    return {};
}

QString relationDetails(Dialect dialect)
{
    switch (dialect) {
    case Dialect::PostgreSQL:
        return QStringLiteral(
            "with r as (select c.oid from pg_class c join pg_namespace n on n.oid = c.relnamespace "
            "where n.nspname = :schema and c.relname = :relation) "
            "select 'constraint', co.conname, co.contype::text, pg_get_constraintdef(co.oid) "
            "from pg_constraint co join r on co.conrelid = r.oid "
            "union all "
            "select 'index', i.relname, case when x.indisprimary then 'p' when x.indisunique then 'u' else '' end, "
            "pg_get_indexdef(x.indexrelid) from pg_index x join r on x.indrelid = r.oid "
            "join pg_class i on i.oid = x.indexrelid "
            "union all "
            "select 'trigger', t.tgname, '', pg_get_triggerdef(t.oid) from pg_trigger t join r on t.tgrelid = r.oid "
            "where not t.tgisinternal "
            "order by 1, 2");
    case Dialect::Oracle:
        return QStringLiteral(
            "select 'constraint', constraint_name, lower(decode(constraint_type, 'P', 'p', 'U', 'u', 'R', 'f', 'C', 'c', "
            "constraint_type)), search_condition_vc from all_constraints where owner = :schema and table_name = :relation "
            "union all "
            "select 'index', index_name, decode(uniqueness, 'UNIQUE', 'u', ''), index_type from all_indexes "
            "where table_owner = :schema and table_name = :relation "
            "union all "
            "select 'trigger', trigger_name, '', triggering_event from all_triggers "
            "where table_owner = :schema and table_name = :relation "
            "order by 1, 2");
    case Dialect::SQLite:
        return QStringLiteral(
            "select case type when 'index' then 'index' else 'trigger' end, name, '', coalesce(sql, '') "
            "from sqlite_schema where type in ('index', 'trigger') and tbl_name = :relation order by 1, 2");
    }
    return {};
}

QStringList schemaContents(Dialect dialect, bool showAll)
{
    QStringList statements{relations(dialect, showAll)};
    for (const QString &s : {routines(dialect, showAll), types(dialect, showAll)}) {
        if (!s.isEmpty())
            statements.append(s);
    }
    return statements;
}

} // namespace CatalogQueries
