#include "profilemetadata.h"

#include "connection/connectionmanager.h"
#include "connection/connectionsetup.h"
#include "connection/session.h"
#include "metadata/catalogloader.h"
#include "metadata/catalogsource.h"

ProfileMetadata::ProfileMetadata(const ConnectionProfile &profile, ConnectionManager *manager, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_manager(manager)
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(kIdleMs);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        if (m_waiting.isEmpty())
            close();   // opened again, lazily, by the next request
    });
}

ProfileMetadata::~ProfileMetadata()
{
    close();
}

Session *ProfileMetadata::session() const
{
    return m_session;
}

CatalogSource *ProfileMetadata::source(const SessionIdentity &identity)
{
    const QString key = CatalogSource::keyOf(identity);
    CatalogSource *&source = m_sources[key];
    if (!source)
        source = new CatalogSource(this, identity);
    return source;
}

QList<CatalogSource *> ProfileMetadata::sources() const
{
    return m_sources.values();
}

void ProfileMetadata::setShowAll(bool all)
{
    if (all == m_showAll)
        return;
    m_showAll = all;
    if (m_loader)
        m_loader->setShowAll(all);
    invalidate();
}

bool ProfileMetadata::ensureSession()
{
    if (m_session && m_session->state() != Session::State::Closing && m_session->state() != Session::State::Closed)
        return true;
    if (Dialects::needsLogin(m_profile.dialect) && !m_manager->isLoggedIn(m_profile.id)) {
        emit unavailable(tr("Log in to %1 first: the catalog is read as the person who logged in.").arg(m_profile.name));
        return false;
    }
    QString refusal;
    Session *session = m_manager->createSession(m_profile, m_manager->login(m_profile.id), &refusal);
    if (!session) {
        emit unavailable(tr("The catalog cannot be read: %1").arg(refusal));
        return false;
    }
    m_session = session;
    session->setOwnerLabel(tr("metadata"));
    delete m_loader;
    m_loader = new CatalogLoader(session, m_profile.dialect, this);
    m_loader->setShowAll(m_showAll);
    connect(m_loader, &CatalogLoader::schemasLoaded, this, [this](const QList<CatalogSchema> &schemas, const QStringList &path) {
        const auto [source, schema] = m_waiting.dequeue();
        if (source)
            source->receiveSchemas(schemas, path);
        touch();
    });
    connect(m_loader, &CatalogLoader::schemaLoaded, this, [this](const QString &schema, const QList<CatalogObject> &objects) {
        const auto waiting = m_waiting.dequeue();
        if (waiting.first)
            waiting.first->receiveSchema(schema, objects);
        touch();
    });
    connect(m_loader, &CatalogLoader::detailsLoaded, this,
            [this](const QString &schema, const QString &relation, const QList<CatalogDetail> &details) {
                const auto waiting = m_waiting.dequeue();
                if (waiting.first)
                    waiting.first->receiveDetails(schema, relation, details);
                touch();
            });
    connect(m_loader, &CatalogLoader::failed, this, [this](const QString &what, const QString &message) {
        const auto waiting = m_waiting.dequeue();
        if (waiting.first)
            waiting.first->receiveFailure(what, message);
        touch();
    });
    connect(session, &Session::openFailed, this, [this](const SqlErrorInfo &error) {
        // Nobody will answer what waits: say so to each, and let the next request try again.
        const auto waiting = std::exchange(m_waiting, {});
        for (const auto &[source, schema] : waiting) {
            if (source)
                source->receiveFailure(schema, error.message);
        }
        close();
    });
    connect(session, &Session::closed, this, [this] {
        const auto waiting = std::exchange(m_waiting, {});
        for (const auto &[source, schema] : waiting) {
            if (source)
                source->receiveFailure(schema, tr("The metadata connection closed."));
        }
    });
    session->open();
    return true;
}

QStringList ProfileMetadata::setupFor(const SessionIdentity &identity) const
{
    // Read as the tab's identity, whatever an earlier request switched the session to.
    QStringList setup;
    switch (m_profile.dialect) {
    case Dialect::PostgreSQL:
        if (identity.currentUser.isEmpty() || identity.currentUser == identity.sessionUser)
            setup << QStringLiteral("RESET ROLE");
        else
            setup << QStringLiteral("SET ROLE ") + ConnectionSetup::quoteIdentifier(Dialect::PostgreSQL, identity.currentUser);
        if (!identity.searchPath.isEmpty())
            setup << QStringLiteral("SET search_path TO ") + identity.searchPath;
        break;
    case Dialect::Oracle:
        if (!identity.currentSchema.isEmpty())
            setup << QStringLiteral("ALTER SESSION SET CURRENT_SCHEMA = ")
                         + ConnectionSetup::quoteIdentifier(Dialect::Oracle, identity.currentSchema);
        break;
    case Dialect::SQLite:
        break;
    }
    return setup;
}

void ProfileMetadata::loadSchemas(CatalogSource *source)
{
    if (!ensureSession()) {
        source->receiveFailure(QString(), tr("No connection for the catalog."));
        return;
    }
    m_idle.stop();
    m_waiting.enqueue({source, QString()});
    m_loader->loadSchemas(source->identity().sessionUser, setupFor(source->identity()), source->identity().tempSchema);
}

void ProfileMetadata::loadSchema(CatalogSource *source, const QString &schema)
{
    if (!ensureSession()) {
        source->receiveFailure(schema, tr("No connection for the catalog."));
        return;
    }
    m_idle.stop();
    m_waiting.enqueue({source, schema});
    m_loader->loadSchema(source->identity().sessionUser, schema, setupFor(source->identity()));
}

void ProfileMetadata::loadDetails(CatalogSource *source, const QString &schema, const QString &relation)
{
    if (!ensureSession()) {
        source->receiveFailure(schema + u'.' + relation, tr("No connection for the catalog."));
        return;
    }
    m_idle.stop();
    m_waiting.enqueue({source, schema + u'.' + relation});
    m_loader->loadDetails(source->identity().sessionUser, schema, relation, setupFor(source->identity()));
}

void ProfileMetadata::invalidate()
{
    for (CatalogSource *source : std::as_const(m_sources))
        source->invalidate();
}

void ProfileMetadata::touch()
{
    if (m_waiting.isEmpty())
        m_idle.start();
}

void ProfileMetadata::close()
{
    m_idle.stop();
    if (m_loader) {
        m_loader->deleteLater();
        m_loader = nullptr;
    }
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        m_manager->closeSession(m_session);
        m_session.clear();
    }
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto &[source, schema] : waiting) {
        if (source)
            source->receiveFailure(schema, tr("The metadata connection closed."));
    }
}
