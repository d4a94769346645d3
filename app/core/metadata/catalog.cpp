#include "catalog.h"

void Catalog::setSchemas(const QList<CatalogSchema> &schemas)
{
    m_schemas = schemas;
    m_schemaIndex.clear();
    m_relationIndex = QList<QHash<QString, int>>(m_schemas.size());
    for (int i = 0; i < m_schemas.size(); ++i) {
        m_schemaIndex.insert(m_schemas.at(i).name, i);
        reindex(i);
    }
}

void Catalog::setObjects(const QString &schema, const QList<CatalogObject> &objects)
{
    int i = m_schemaIndex.value(schema, -1);
    if (i < 0) {
        CatalogSchema s;
        s.name = schema;
        m_schemas.append(s);
        m_relationIndex.append(QHash<QString, int>());
        i = int(m_schemas.size()) - 1;
        m_schemaIndex.insert(schema, i);
    }
    m_schemas[i].objects = objects;
    m_schemas[i].loaded = true;
    reindex(i);
}

void Catalog::setDetails(const QString &schema, const QString &relation, const QList<CatalogDetail> &details)
{
    const int i = m_schemaIndex.value(schema, -1);
    const int o = i < 0 ? -1 : m_relationIndex.at(i).value(relation, -1);
    if (o < 0)
        return;
    CatalogObject &object = m_schemas[i].objects[o];
    object.details = details;
    object.detailsLoaded = true;
}

void Catalog::reindex(int schemaIndex)
{
    QHash<QString, int> &index = m_relationIndex[schemaIndex];
    index.clear();
    const QList<CatalogObject> &objects = m_schemas.at(schemaIndex).objects;
    index.reserve(objects.size());
    for (int o = 0; o < objects.size(); ++o) {
        if (objects.at(o).isRelation())
            index.insert(objects.at(o).name, o);
    }
}

const CatalogSchema *Catalog::schema(const QString &name) const
{
    const int i = m_schemaIndex.value(name, -1);
    return i < 0 ? nullptr : &m_schemas.at(i);
}

bool Catalog::isLoaded(const QString &name) const
{
    const CatalogSchema *s = schema(name);
    return s && s->loaded;
}

const CatalogObject *Catalog::relation(const QString &schemaName, const QString &name) const
{
    const QStringList where = schemaName.isEmpty() ? m_searchPath : QStringList{schemaName};
    for (const QString &s : where) {
        const int i = m_schemaIndex.value(s, -1);
        if (i < 0)
            continue;
        const int o = m_relationIndex.at(i).value(name, -1);
        if (o >= 0)
            return &m_schemas.at(i).objects.at(o);
    }
    return nullptr;
}

QList<const CatalogObject *> Catalog::visibleObjects() const
{
    QList<const CatalogObject *> visible;
    for (const QString &s : m_searchPath) {
        if (const CatalogSchema *schema = this->schema(s)) {
            for (const CatalogObject &o : schema->objects)
                visible.append(&o);
        }
    }
    return visible;
}

int Catalog::objectCount() const
{
    int n = 0;
    for (const CatalogSchema &s : m_schemas)
        n += int(s.objects.size());
    return n;
}

qint64 Catalog::columnCount() const
{
    qint64 n = 0;
    for (const CatalogSchema &s : m_schemas) {
        for (const CatalogObject &o : s.objects)
            n += o.columns.size();
    }
    return n;
}
