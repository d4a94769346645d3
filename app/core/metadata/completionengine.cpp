#include "completionengine.h"

#include "connection/connectionsetup.h"
#include "metadata/catalog.h"
#include "metadata/sqlkeywords.h"

#include <QSet>

namespace CompletionEngine {
namespace {

using Kind = CompletionItem::Kind;

class Collector
{
public:
    Collector(Dialect dialect, const CompletionContext &context) : m_dialect(dialect), m_context(context)
    {
        m_quoted = context.prefix.startsWith(u'"');
        m_typed = m_quoted ? context.prefix.mid(1) : context.prefix;
    }

    // Those starting with the typed word first, then those containing it.
    void add(const QString &name, Kind kind, const QString &detail, bool isKeyword = false)
    {
        int rank = matchRank(name, isKeyword);
        if (rank < 0)
            return;
        const QString key = QString::number(int(kind)) + u'\x1f' + name;
        if (m_seen.contains(key))
            return;
        m_seen.insert(key);
        CompletionItem item;
        item.label = name;
        item.kind = kind;
        item.detail = detail;
        item.text = isKeyword ? keywordCase(name) : insertText(name);
        m_ranked.append({rank, int(m_ranked.size()), item});
    }

    QList<CompletionItem> take(int limit)
    {
        std::stable_sort(m_ranked.begin(), m_ranked.end(), [](const Ranked &a, const Ranked &b) {
            return a.rank != b.rank ? a.rank < b.rank : a.order < b.order;
        });
        QList<CompletionItem> items;
        for (const Ranked &r : std::as_const(m_ranked)) {
            if (items.size() >= limit)
                break;
            items.append(r.item);
        }
        return items;
    }

private:
    struct Ranked
    {
        int rank;
        int order;
        CompletionItem item;
    };

    int matchRank(const QString &name, bool isKeyword) const
    {
        if (m_typed.isEmpty())
            return 0;
        const Qt::CaseSensitivity cs = m_quoted ? Qt::CaseSensitive : Qt::CaseInsensitive;
        if (name.startsWith(m_typed, cs))
            return 0;
        if (!isKeyword && name.contains(m_typed, cs))
            return 1;
        return -1;
    }

    QString insertText(const QString &name) const
    {
        if (m_quoted) {
            QString q = name;
            q.replace(u'"', QStringLiteral("\"\""));
            return u'"' + q + u'"';
        }
        return ConnectionSetup::quoteIdentifier(m_dialect, name);
    }

    QString keywordCase(const QString &keyword) const
    {
        // Upper case when the person types in upper case (SEL → SELECT), else lower.
        const bool upper = !m_typed.isEmpty() && m_typed == m_typed.toUpper() && m_typed != m_typed.toLower();
        return upper ? keyword.toUpper() : keyword;
    }

    Dialect m_dialect;
    const CompletionContext &m_context;
    bool m_quoted = false;
    QString m_typed;
    QSet<QString> m_seen;
    QList<Ranked> m_ranked;
};

QString kindName(CatalogObjectKind kind)
{
    switch (kind) {
    case CatalogObjectKind::Table: return QStringLiteral("table");
    case CatalogObjectKind::PartitionedTable: return QStringLiteral("partitioned table");
    case CatalogObjectKind::ForeignTable: return QStringLiteral("foreign table");
    case CatalogObjectKind::View: return QStringLiteral("view");
    case CatalogObjectKind::MaterializedView: return QStringLiteral("materialized view");
    case CatalogObjectKind::Sequence: return QStringLiteral("sequence");
    case CatalogObjectKind::Function: return QStringLiteral("function");
    case CatalogObjectKind::Procedure: return QStringLiteral("procedure");
    case CatalogObjectKind::Type: return QStringLiteral("type");
    }
    return {};
}

Kind itemKind(const CatalogObject &o)
{
    if (o.isRelation())
        return Kind::Relation;
    return o.kind == CatalogObjectKind::Type ? Kind::Type : Kind::Function;
}

class Completer
{
public:
    Completer(Dialect dialect, const CompletionContext &context, const Catalog &catalog, QStringList *needs)
        : m_dialect(dialect), m_context(context), m_catalog(catalog), m_needs(needs), m_out(dialect, context)
    {
    }

    QList<CompletionItem> run(int limit)
    {
        const CompletionContext &c = m_context;
        if (!c.qualifier.isEmpty()) {
            qualified();
            return m_out.take(limit);
        }
        if (c.wants(CompletionContext::Columns))
            columnsInScope();
        if (c.wants(CompletionContext::Relations))
            relations();
        if (c.wants(CompletionContext::Types))
            visibleObjects([](const CatalogObject &o) { return o.kind == CatalogObjectKind::Type; });
        if (c.wants(CompletionContext::Functions))
            visibleObjects([](const CatalogObject &o) { return o.isRoutine(); });
        if (c.wants(CompletionContext::Schemas))
            schemas();
        if (c.wants(CompletionContext::Keywords)) {
            for (const QString &k : SqlKeywords::forDialect(m_dialect))
                m_out.add(k, Kind::Keyword, QString(), true);
        }
        return m_out.take(limit);
    }

private:
    void need(const QString &schema)
    {
        if (m_needs && !m_catalog.isLoaded(schema) && !m_needs->contains(schema))
            m_needs->append(schema);
    }

    void needSearchPath()
    {
        for (const QString &s : m_catalog.searchPath())
            need(s);
    }

    // The columns of a catalog relation ("schema.name" or "name" by search_path).
    void columnsOf(const QString &qualifiedName, const QString &shownAs)
    {
        const qsizetype dot = qualifiedName.indexOf(u'.');
        const QString schema = dot < 0 ? QString() : qualifiedName.left(dot);
        const QString name = dot < 0 ? qualifiedName : qualifiedName.mid(dot + 1);
        if (schema.isEmpty())
            needSearchPath();
        else
            need(schema);
        if (const CatalogObject *o = m_catalog.relation(schema, name)) {
            for (const CatalogColumn &col : o->columns)
                m_out.add(col.name, Kind::Column, shownAs + QStringLiteral(" · ") + col.type);
        }
    }

    void columnsOfReference(const TableReference &t)
    {
        if (!t.derived) {
            columnsOf(t.schema.isEmpty() ? t.name : t.schema + u'.' + t.name, t.visibleName());
            return;
        }
        for (const QString &col : t.columns)
            m_out.add(col, Kind::Column, t.visibleName());
        for (const QString &source : t.starOf)
            columnsOf(source, t.visibleName());
    }

    void columnsInScope()
    {
        for (const TableReference &t : m_context.tables)
            columnsOfReference(t);
        // Aliases qualify columns: offer them as well.
        for (const TableReference &t : m_context.tables) {
            if (!t.alias.isEmpty())
                m_out.add(t.alias, Kind::Alias, t.derived ? QString() : t.name);
        }
    }

    void relations()
    {
        // The statement's own CTEs first: they hide catalog relations of the same name.
        for (const QString &cte : m_context.cteNames)
            m_out.add(cte, Kind::Relation, QStringLiteral("CTE"));
        needSearchPath();
        visibleObjects([](const CatalogObject &o) { return o.isRelation(); });
    }

    template<typename Filter>
    void visibleObjects(Filter filter)
    {
        needSearchPath();
        const QList<const CatalogObject *> objects = m_catalog.visibleObjects();
        for (const CatalogObject *o : objects) {
            if (filter(*o))
                m_out.add(o->name, itemKind(*o), detailOf(*o));
        }
    }

    void schemas()
    {
        for (const CatalogSchema &s : m_catalog.schemas())
            m_out.add(s.name, Kind::Schema, QStringLiteral("schema"));
    }

    static QString detailOf(const CatalogObject &o)
    {
        if (o.isRoutine())
            return QStringLiteral("%1(%2)").arg(o.schema, o.arguments);
        return QStringLiteral("%1 · %2").arg(o.schema, kindName(o.kind));
    }

    void qualified()
    {
        const CompletionContext &c = m_context;
        // alias. : that relation's columns
        if (c.qualifierSchema.isEmpty()) {
            for (const TableReference &t : c.tables) {
                if (!t.alias.isEmpty() && t.alias == c.qualifier) {
                    columnsOfReference(t);
                    return;
                }
            }
        }
        // schema.table. : columns of that relation even when not in FROM (UPDATE s.t SET s.t.…)
        if (!c.qualifierSchema.isEmpty()) {
            columnsOf(c.qualifierSchema + u'.' + c.qualifier, c.qualifier);
            return;
        }
        // table. : a relation of the statement named without an alias (not a schema of that name
        // being typed: "from s3." reads like a table s3 until the name follows)
        const bool schemaNamed = m_catalog.schema(c.qualifier) && !m_catalog.relation({}, c.qualifier);
        for (const TableReference &t : c.tables) {
            if (!schemaNamed && t.alias.isEmpty() && t.name == c.qualifier) {
                columnsOfReference(t);
                return;
            }
        }
        // schema. : its objects
        if (m_catalog.schema(c.qualifier)) {
            need(c.qualifier);
            if (const CatalogSchema *s = m_catalog.schema(c.qualifier)) {
                for (const CatalogObject &o : s->objects) {
                    const bool wanted = (o.isRelation() && c.wants(CompletionContext::Relations))
                        || (o.isRoutine() && c.wants(CompletionContext::Functions))
                        || (o.kind == CatalogObjectKind::Type && c.wants(CompletionContext::Types));
                    if (wanted)
                        m_out.add(o.name, itemKind(o), detailOf(o));
                }
            }
            return;
        }
        // A table not in FROM (yet): its columns if it is on the search path.
        columnsOf(c.qualifier, c.qualifier);
    }

    Dialect m_dialect;
    const CompletionContext &m_context;
    const Catalog &m_catalog;
    QStringList *m_needs;
    Collector m_out;
};

} // namespace

QList<CompletionItem> complete(Dialect dialect, const CompletionContext &context, const Catalog &catalog,
                               QStringList *needsSchemas, int limit)
{
    if (context.suggest == CompletionContext::Nothing)
        return {};
    return Completer(dialect, context, catalog, needsSchemas).run(limit);
}

} // namespace CompletionEngine
