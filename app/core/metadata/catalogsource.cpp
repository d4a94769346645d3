#include "catalogsource.h"

#include "metadata/profilemetadata.h"

CatalogSource::CatalogSource(ProfileMetadata *owner, const SessionIdentity &identity)
    : QObject(owner)
    , m_owner(owner)
    , m_identity(identity)
{
}

QString CatalogSource::keyOf(const SessionIdentity &identity)
{
    // What decides what one may see and how names resolve.
    return identity.currentUser + u'\x1f' + identity.searchPath + u'\x1f' + identity.tempSchema;
}

void CatalogSource::requestSchemas()
{
    if (m_schemasLoaded || m_loading)
        return;
    m_loading = true;
    m_error.clear();
    m_owner->loadSchemas(this);
}

void CatalogSource::requestSchema(const QString &schema)
{
    if (m_catalog.isLoaded(schema) || m_pendingSchemas.contains(schema))
        return;
    m_pendingSchemas.insert(schema);
    m_owner->loadSchema(this, schema);
}

void CatalogSource::requestDetails(const QString &schema, const QString &relation)
{
    const CatalogObject *o = m_catalog.relation(schema, relation);
    const QString key = schema + u'.' + relation;
    if (!o || o->detailsLoaded || m_pendingDetails.contains(key))
        return;
    m_pendingDetails.insert(key);
    m_owner->loadDetails(this, schema, relation);
}

void CatalogSource::receiveDetails(const QString &schema, const QString &relation, const QList<CatalogDetail> &details)
{
    m_pendingDetails.remove(schema + u'.' + relation);
    m_catalog.setDetails(schema, relation, details);
    emit detailsChanged(schema, relation);
}

void CatalogSource::invalidate()
{
    m_catalog = Catalog();
    m_schemasLoaded = false;
    m_loading = false;
    m_pendingSchemas.clear();
    m_pendingDetails.clear();
    m_error.clear();
    emit schemasChanged();
}

void CatalogSource::receiveSchemas(const QList<CatalogSchema> &schemas, const QStringList &searchPath)
{
    m_loading = false;
    m_schemasLoaded = true;
    m_catalog.setSchemas(schemas);
    m_catalog.setSearchPath(searchPath);
    emit schemasChanged();
}

void CatalogSource::receiveSchema(const QString &schema, const QList<CatalogObject> &objects)
{
    m_pendingSchemas.remove(schema);
    m_catalog.setObjects(schema, objects);
    emit schemaChanged(schema);
}

void CatalogSource::receiveFailure(const QString &what, const QString &message)
{
    // Nothing is marked loaded: the next expand or completion asks again.
    if (what.isEmpty())
        m_loading = false;
    else {
        m_pendingSchemas.remove(what);
        m_pendingDetails.remove(what);
    }
    m_error = message;
    emit failed(what, message);
}
