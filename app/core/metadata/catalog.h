#pragma once
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// What the database says one identity may use, as the browser and completion show it: schemas,
// and per schema its relations, functions and types, with the columns of relations. Filled
// schema by schema by the CatalogLoader (a schema's contents come when first needed), kept in
// memory only, per profile and identity. Names are as the database spells them.
enum class CatalogObjectKind : quint8 {
    Table, PartitionedTable, ForeignTable, View, MaterializedView, Sequence, Function, Procedure, Type
};

struct CatalogColumn
{
    QString name;
    QString type;            // format_type(): "character varying(20)", "integer"
    QString defaultValue;    // the expression, empty: none
    QString comment;
    bool notNull = false;
};

// A table's constraint, index or trigger, with the server's own definition of it.
struct CatalogDetail
{
    enum class Kind : quint8 { Constraint, Index, Trigger };
    Kind kind = Kind::Constraint;
    QString name;
    QString type;          // constraints: p u f c x; indexes: p (primary) u (unique) or empty
    QString definition;    // pg_get_constraintdef / pg_get_indexdef / pg_get_triggerdef
};

struct CatalogObject
{
    QString schema;
    QString name;
    CatalogObjectKind kind = CatalogObjectKind::Table;
    QString arguments;       // functions: "a integer, b text"
    QString resultType;      // functions: what they return
    QString comment;
    QList<CatalogColumn> columns;   // relations, in their order
    QList<CatalogDetail> details;   // tables: read when first asked for
    bool detailsLoaded = false;

    bool isRelation() const { return kind <= CatalogObjectKind::Sequence; }
    bool isRoutine() const { return kind == CatalogObjectKind::Function || kind == CatalogObjectKind::Procedure; }
};

struct CatalogSchema
{
    QString name;
    QString comment;
    bool loaded = false;     // its objects are in
    QList<CatalogObject> objects;
};

class Catalog
{
public:
    QList<CatalogSchema> &schemas() { return m_schemas; }
    const QList<CatalogSchema> &schemas() const { return m_schemas; }
    void setSchemas(const QList<CatalogSchema> &schemas);
    // A schema's contents arrived (replacing what it held).
    void setObjects(const QString &schema, const QList<CatalogObject> &objects);
    // A relation's constraints, indexes and triggers arrived.
    void setDetails(const QString &schema, const QString &relation, const QList<CatalogDetail> &details);

    // The identity's search_path, as schema names (current_schemas(false)), in order.
    QStringList searchPath() const { return m_searchPath; }
    void setSearchPath(const QStringList &path) { m_searchPath = path; }

    const CatalogSchema *schema(const QString &name) const;
    bool isLoaded(const QString &schema) const;
    // A relation by name: in `schema`, or (schema empty) the first on the search path.
    const CatalogObject *relation(const QString &schema, const QString &name) const;
    // Objects visible without a schema name, search path order.
    QList<const CatalogObject *> visibleObjects() const;

    int objectCount() const;
    qint64 columnCount() const;

private:
    void reindex(int schemaIndex);

    QList<CatalogSchema> m_schemas;
    QHash<QString, int> m_schemaIndex;
    QList<QHash<QString, int>> m_relationIndex;   // per schema: relation name -> object index
    QStringList m_searchPath;
};
