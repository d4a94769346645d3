#include "catalogloader.h"

#include "connection/session.h"
#include "metadata/catalogqueries.h"

#include <optional>

namespace {

QString cellText(const RowBatch &batch, int row, int column, QByteArray &scratch)
{
    return batch.isNull(row, column) ? QString() : QString::fromUtf8(batch.cell(row, column, scratch));
}

bool cellBool(const RowBatch &batch, int row, int column, QByteArray &scratch)
{
    const QByteArrayView v = batch.cell(row, column, scratch);
    return v == "t" || v == "1" || v == "true";
}

CatalogObjectKind relationKind(QChar k)
{
    switch (k.unicode()) {
    case 'p': return CatalogObjectKind::PartitionedTable;
    case 'f': return CatalogObjectKind::ForeignTable;
    case 'v': return CatalogObjectKind::View;
    case 'm': return CatalogObjectKind::MaterializedView;
    case 'S': return CatalogObjectKind::Sequence;
    default: return CatalogObjectKind::Table;
    }
}

} // namespace

CatalogLoader::CatalogLoader(Session *session, Dialect dialect, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_dialect(dialect)
{
    connect(session, &Session::statementStarted, this, [this](int index) {
        m_statement = index - (m_running ? int(m_running->setup.size()) : 0);
    });
    connect(session, &Session::resultColumns, this, &CatalogLoader::onColumns);
    connect(session, &Session::rowsFetched, this, &CatalogLoader::onRows);
    connect(session, &Session::statementFinished, this, &CatalogLoader::onStatementFinished);
    connect(session, &Session::scriptFinished, this, &CatalogLoader::onScriptFinished);
    connect(session, &Session::stateChanged, this, [this] {
        if (!m_running && m_session && m_session->state() == Session::State::Idle)
            startNext();
    });
}

bool CatalogLoader::isQueued(const QString &schema) const
{
    if (m_running && !m_running->schemas && m_running->schema == schema)
        return true;
    for (const Request &r : m_queue) {
        if (!r.schemas && r.schema == schema)
            return true;
    }
    return false;
}

void CatalogLoader::loadSchemas(const QString &sessionUser, const QStringList &setup, const QString &tempSchema)
{
    m_queue.append(Request{true, {}, setup, tempSchema, sessionUser});
    startNext();
}

void CatalogLoader::loadSchema(const QString &sessionUser, const QString &schema, const QStringList &setup)
{
    m_queue.append(Request{false, schema, setup, {}, sessionUser});
    startNext();
}

void CatalogLoader::loadDetails(const QString &sessionUser, const QString &schema, const QString &relation,
                                const QStringList &setup)
{
    m_queue.append(Request{false, schema, setup, {}, sessionUser, relation});
    startNext();
}

void CatalogLoader::startNext()
{
    if (m_running || m_queue.isEmpty() || !m_session)
        return;
    const Session::State state = m_session->state();
    if (state != Session::State::Idle && state != Session::State::Broken)
        return;   // connecting, or busy: stateChanged brings us back
    m_running = m_queue.dequeue();
    m_statement = -1;
    m_error.clear();
    m_schemas.clear();
    m_searchPath.clear();
    m_objects.clear();
    m_details.clear();
    // The metadata session logs in as the profile's login; a tab logged in as somebody else
    // (another person on the same profile) must never see the catalog through it.
    const QString metadataUser = m_session->identity().sessionUser;
    if (!m_running->sessionUser.isEmpty() && !metadataUser.isEmpty() && metadataUser != m_running->sessionUser) {
        finish(tr("the metadata connection is logged in as %1, not as %2").arg(metadataUser, m_running->sessionUser));
        QMetaObject::invokeMethod(this, &CatalogLoader::startNext, Qt::QueuedConnection);
        return;
    }
    QStringList script = m_running->setup;
    if (m_running->schemas) {
        script << CatalogQueries::searchPath(m_dialect) << CatalogQueries::schemas(m_dialect, m_showAll);
        m_session->executeScript(script, true, {{QStringLiteral("temp"), m_running->tempSchema}});
    } else if (!m_running->relation.isEmpty()) {
        script << CatalogQueries::relationDetails(m_dialect);
        m_session->executeScript(script, true, {{QStringLiteral("schema"), m_running->schema},
                                                {QStringLiteral("relation"), m_running->relation}});
    } else {
        script << CatalogQueries::schemaContents(m_dialect, m_showAll);
        m_session->executeScript(script, true, {{QStringLiteral("schema"), m_running->schema}});
    }
}

void CatalogLoader::onColumns()
{
    m_scratch.clear();
}

CatalogObject *CatalogLoader::currentRelation(const QString &name, QChar kind, const QString &comment)
{
    // Rows come ordered by relation: a new name starts a new object.
    if (m_objects.isEmpty() || !m_objects.last().isRelation() || m_objects.last().name != name) {
        CatalogObject o;
        o.schema = m_running->schema;
        o.name = name;
        o.kind = relationKind(kind);
        o.comment = comment;
        m_objects.append(o);
    }
    return &m_objects.last();
}

void CatalogLoader::onRows(const RowBatchPtr &batchPtr)
{
    if (!m_running || m_statement < 0)
        return;   // the setup statements return nothing worth keeping
    const RowBatch &batch = *batchPtr;
    QByteArray &s = m_scratch;
    for (int row = 0; row < batch.rowCount(); ++row) {
        if (m_running->schemas) {
            if (m_statement == 0) {
                m_searchPath.append(cellText(batch, row, 0, s));
            } else {
                CatalogSchema schema;
                schema.name = cellText(batch, row, 0, s);
                schema.comment = cellText(batch, row, 1, s);
                m_schemas.append(schema);
            }
            continue;
        }
        if (!m_running->relation.isEmpty()) {
            CatalogDetail d;
            const QString kind = cellText(batch, row, 0, s);
            d.kind = kind == QLatin1String("index") ? CatalogDetail::Kind::Index
                : kind == QLatin1String("trigger")  ? CatalogDetail::Kind::Trigger
                                                    : CatalogDetail::Kind::Constraint;
            d.name = cellText(batch, row, 1, s);
            d.type = cellText(batch, row, 2, s);
            d.definition = cellText(batch, row, 3, s);
            m_details.append(d);
            continue;
        }
        if (m_statement == 0) {   // relations and their columns
            const QString kind = cellText(batch, row, 1, s);
            CatalogObject *relation = currentRelation(cellText(batch, row, 0, s), kind.isEmpty() ? u'r' : kind.at(0),
                                                      cellText(batch, row, 2, s));
            if (batch.isNull(row, 3))
                continue;   // no column the identity may use
            CatalogColumn column;
            column.name = cellText(batch, row, 3, s);
            column.type = cellText(batch, row, 4, s);
            column.notNull = cellBool(batch, row, 5, s);
            column.defaultValue = cellText(batch, row, 6, s);
            column.comment = cellText(batch, row, 7, s);
            relation->columns.append(column);
        } else if (m_statement == 1) {   // routines
            CatalogObject o;
            o.schema = m_running->schema;
            o.name = cellText(batch, row, 0, s);
            o.kind = cellText(batch, row, 1, s) == QLatin1String("p") ? CatalogObjectKind::Procedure
                                                                      : CatalogObjectKind::Function;
            o.arguments = cellText(batch, row, 2, s);
            o.resultType = cellText(batch, row, 3, s);
            o.comment = cellText(batch, row, 4, s);
            m_objects.append(o);
        } else {   // types
            CatalogObject o;
            o.schema = m_running->schema;
            o.name = cellText(batch, row, 0, s);
            o.kind = CatalogObjectKind::Type;
            o.comment = cellText(batch, row, 1, s);
            m_objects.append(o);
        }
    }
}

void CatalogLoader::onStatementFinished(const StatementOutcome &outcome)
{
    if (m_running && !outcome.ok && m_error.isEmpty())
        m_error = outcome.cancelled ? tr("the catalog query was cancelled") : outcome.error.message;
}

void CatalogLoader::onScriptFinished()
{
    if (m_running)
        finish(m_error);
}

void CatalogLoader::finish(const QString &error)
{
    const Request done = *m_running;
    m_running.reset();
    const QString what = done.schemas ? QString() : done.relation.isEmpty() ? done.schema : done.schema + u'.' + done.relation;
    if (!error.isEmpty())
        emit failed(what, error);
    else if (done.schemas)
        emit schemasLoaded(m_schemas, m_searchPath);
    else if (!done.relation.isEmpty())
        emit detailsLoaded(done.schema, done.relation, m_details);
    else
        emit schemaLoaded(done.schema, m_objects);
    m_objects.clear();
    m_schemas.clear();
    // The session goes Idle after this script: stateChanged starts the next request.
}
