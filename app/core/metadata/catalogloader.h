#pragma once
#include "dialect.h"
#include "metadata/catalog.h"
#include "results/rowbatch.h"

#include <QObject>
#include <QPointer>
#include <QQueue>

#include <optional>

class Session;
struct StatementOutcome;

// Reads the catalog through a session of its own (never a tab's: a query there would discard
// the tab's streaming result): the search path and the schemas first, then a schema's contents
// when somebody needs them. Requests queue while one runs; rows are turned into catalog
// objects batch by batch as they arrive, so a 200,000-column schema never stalls the thread
// this lives in (the GUI's).
class CatalogLoader : public QObject
{
    Q_OBJECT
public:
    CatalogLoader(Session *session, Dialect dialect, QObject *parent = nullptr);

    void setShowAll(bool all) { m_showAll = all; }
    bool showAll() const { return m_showAll; }

    // setup: run first in the same request, so the catalog is read as the identity a tab
    // shows (SET ROLE, SET search_path); tempSchema: the tab's temporary schema, if any.
    // sessionUser: who the tab logged in as; the request fails instead of reading as anyone else.
    void loadSchemas(const QString &sessionUser, const QStringList &setup = {}, const QString &tempSchema = {});
    void loadSchema(const QString &sessionUser, const QString &schema, const QStringList &setup = {});
    void loadDetails(const QString &sessionUser, const QString &schema, const QString &relation,
                     const QStringList &setup = {});
    bool isBusy() const { return m_running.has_value(); }
    bool isQueued(const QString &schema) const;
    Session *session() const { return m_session; }

signals:
    void schemasLoaded(const QList<CatalogSchema> &schemas, const QStringList &searchPath);
    void schemaLoaded(const QString &schema, const QList<CatalogObject> &objects);
    void detailsLoaded(const QString &schema, const QString &relation, const QList<CatalogDetail> &details);
    // what: empty for the schema list, else the schema. message: the server's words.
    void failed(const QString &what, const QString &message);

private:
    struct Request
    {
        bool schemas = false;   // the schema list (else one schema's contents)
        QString schema;
        QStringList setup;
        QString tempSchema;
        QString sessionUser;
        QString relation;       // set: that relation's details
    };

    void startNext();
    void onColumns();
    void onRows(const RowBatchPtr &batch);
    void onStatementFinished(const StatementOutcome &outcome);
    void onScriptFinished();
    void finish(const QString &error);
    CatalogObject *currentRelation(const QString &name, QChar kind, const QString &comment);

    QPointer<Session> m_session;
    const Dialect m_dialect;
    bool m_showAll = false;
    QQueue<Request> m_queue;
    std::optional<Request> m_running;
    int m_statement = -1;           // index within the running script, its setup not counted
    QString m_error;
    // What the running request has read so far.
    QList<CatalogSchema> m_schemas;
    QStringList m_searchPath;
    QList<CatalogObject> m_objects;
    QList<CatalogDetail> m_details;
    QByteArray m_scratch;
};
