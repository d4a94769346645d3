#pragma once
#include "connection/statementoutcome.h"
#include "metadata/catalog.h"

#include <QObject>
#include <QSet>

class ProfileMetadata;

// The catalog as one identity sees it (a profile, a current_user, a search_path, a tab's
// temporary schema): what the browser shows and completion reads. It asks its profile's
// metadata session for what is missing and says when it arrived. In memory only.
class CatalogSource : public QObject
{
    Q_OBJECT
public:
    CatalogSource(ProfileMetadata *owner, const SessionIdentity &identity);

    const Catalog &catalog() const { return m_catalog; }
    const SessionIdentity &identity() const { return m_identity; }
    bool schemasLoaded() const { return m_schemasLoaded; }
    bool isLoading() const { return m_loading || !m_pendingSchemas.isEmpty(); }
    QString error() const { return m_error; }

    // Asked when needed: the list of schemas, then a schema's contents (lazily, per schema).
    void requestSchemas();
    void requestSchema(const QString &schema);
    void requestDetails(const QString &schema, const QString &relation);   // constraints, indexes, triggers
    // Forgets everything (DDL ran, or Refresh): the next request reads the catalog again.
    void invalidate();

    // From ProfileMetadata, as its loader answers.
    void receiveSchemas(const QList<CatalogSchema> &schemas, const QStringList &searchPath);
    void receiveSchema(const QString &schema, const QList<CatalogObject> &objects);
    void receiveDetails(const QString &schema, const QString &relation, const QList<CatalogDetail> &details);
    void receiveFailure(const QString &what, const QString &message);

    static QString keyOf(const SessionIdentity &identity);

signals:
    void schemasChanged();
    void schemaChanged(const QString &schema);
    void detailsChanged(const QString &schema, const QString &relation);
    void failed(const QString &what, const QString &message);

private:
    ProfileMetadata *m_owner;
    SessionIdentity m_identity;
    Catalog m_catalog;
    bool m_schemasLoaded = false;
    bool m_loading = false;
    QSet<QString> m_pendingSchemas;
    QSet<QString> m_pendingDetails;   // "schema.relation"
    QString m_error;
};
