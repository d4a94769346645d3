#include "sessionworker.h"

#include "connection/cancelhandle.h"
#include "connection/connectionsetup.h"
#include "connection/postgresconnectionwatch.h"
#include "connection/sqlerrors.h"
#include "connection/statementexec.h"
#include "driverhandles.h"
#include "profiles/demodatabase.h"
#include "results/resultstreamer.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>

namespace {
SqlErrorInfo plainError(const QString &message)
{
    SqlErrorInfo e;
    e.message = message;
    return e;
}

} // namespace

SessionWorker::SessionWorker(const ConnectionProfile &profile, const Credentials &credentials,
                             const QString &connectionName, std::shared_ptr<CancelHandle> cancel)
    : m_profile(profile)
    , m_credentials(credentials)
    , m_connectionName(connectionName)
    , m_cancel(std::move(cancel))
    , m_transactions(profile.dialect)
    , m_watch(new PostgresConnectionWatch(this))
{
    connect(m_watch, &PostgresConnectionWatch::serverNotice, this, &SessionWorker::serverNotice);
    connect(m_watch, &PostgresConnectionWatch::connectionLost, this, &SessionWorker::markLost);
}

SessionWorker::~SessionWorker()
{
    // Runs in the session's thread (deleteLater on QThread::finished) when close() was never
    // reached, e.g. at program exit.
    disconnectDatabase();
    m_credentials.wipe();
}

bool SessionWorker::connectDatabase(SqlErrorInfo *error)
{
    if (!Dialects::isDriverAvailable(m_profile.dialect)) {
        *error = plainError(tr("The Qt SQL driver %1 for %2 is not installed.")
                                .arg(Dialects::qtDriverName(m_profile.dialect), Dialects::displayName(m_profile.dialect)));
        return false;
    }
    if (m_profile.dialect == Dialect::SQLite) {
        QString demoError;
        if (m_profile.isDemo && !DemoDatabase::ensure(m_profile.database, &demoError)) {
            *error = plainError(tr("Could not create the demo database %1: %2").arg(m_profile.database, demoError));
            return false;
        }
        // SQLite would silently create an empty database for a mistyped path.
        if (!QFileInfo::exists(m_profile.database)) {
            *error = plainError(tr("The database file %1 does not exist.").arg(m_profile.database));
            return false;
        }
    }
    ConnectPlan plan = ConnectionSetup::plan(m_profile, m_credentials);
    if (!plan.isValid()) {
        *error = plainError(plan.error);
        return false;
    }
    m_db = QSqlDatabase::addDatabase(plan.driver, m_connectionName);
    m_db.setHostName(plan.hostName);
    m_db.setPort(plan.port);
    m_db.setDatabaseName(plan.databaseName);
    m_db.setUserName(plan.userName);
    m_db.setPassword(plan.password);
    m_db.setConnectOptions(plan.connectOptions);
    const bool opened = m_db.open();
    // The driver has handed the password to libpq / OCI: the connection need not keep a copy
    // (a reconnect plans again from m_credentials), nor the plan. Dropping the connection's
    // reference first lets the last holder, m_credentials, wipe the characters in place.
    m_db.setPassword(QString());
    plan.wipePassword();
    if (!opened) {
        const QSqlError e = m_db.lastError();
        *error = plainError(e.databaseText().trimmed().isEmpty() ? e.text() : e.databaseText().trimmed());
        error->sqlState = e.nativeErrorCode();
        disconnectDatabase();
        return false;
    }
    QString setupError;
    if (!ConnectionSetup::applySessionDefaults(m_db, m_profile.dialect, &setupError)) {
        *error = plainError(tr("Connected, but the session could not be set up: %1").arg(setupError));
        disconnectDatabase();
        return false;
    }
    // Role, schema and the profile's init statements: on every connect and reconnect.
    for (const QString &sql : plan.afterConnect) {
        QSqlQuery q(m_db);
        if (!q.exec(sql)) {
            *error = SqlErrors::fromQuery(q, m_profile.dialect);
            error->message = tr("Connected, but the session setup statement “%1” failed: %2").arg(sql, error->message);
            disconnectDatabase();
            return false;
        }
    }
    pg_conn *pg = m_profile.dialect == Dialect::PostgreSQL ? DriverHandles::postgresConnection(m_db) : nullptr;
    m_watch->attach(pg);
    m_cancel->setPostgresConnection(pg);
    m_transactions.connected(m_db);
    m_connected = true;
    m_lost = false;
    return true;
}

void SessionWorker::disconnectDatabase()
{
    m_watch->detach();
    m_active.reset();
    m_transactions.disconnected();
    m_cancel->setPostgresConnection(nullptr);
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
    m_connected = false;
}

void SessionWorker::open()
{
    emit stateChanged(Session::State::Connecting);
    SqlErrorInfo error;
    if (!connectDatabase(&error)) {
        emit stateChanged(Session::State::Disconnected);
        emit openFailed(error);
        return;
    }
    SessionIdentity identity;
    QString identityError;
    if (!ConnectionSetup::queryIdentity(m_db, m_profile.dialect, &identity, &identityError))
        qWarning("Tessera: could not ask the server who this session is: %s", qPrintable(identityError));
    updateTransaction();
    emit stateChanged(Session::State::Idle);
    emit opened(identity);
    watchIdleConnection(true);
}

bool SessionWorker::ensureConnected(StatementOutcome *outcome)
{
    if (m_connected && !m_lost)
        return true;
    // The connection dropped: reconnect with the credentials held in memory. A transaction that
    // was open died with the old connection; say so rather than let work vanish silently.
    const bool transactionLost = m_transaction == TransactionState::InTransaction
        || m_transaction == TransactionState::Failed;
    disconnectDatabase();
    emit stateChanged(Session::State::Connecting);
    SqlErrorInfo error;
    if (!connectDatabase(&error)) {
        error.connectionLost = true;
        outcome->error = error;
        m_lost = true;
        return false;
    }
    updateTransaction();
    refreshIdentity();
    emit reconnected(transactionLost);
    return true;
}

void SessionWorker::execute(const QStringList &statements, const QVariantMap &binds, bool stopOnError, bool isScript)
{
    watchIdleConnection(false);
    discardPausedResult();
    QElapsedTimer scriptTimer;
    scriptTimer.start();
    int succeeded = 0;
    int failed = 0;
    emit stateChanged(Session::State::Busy);
    for (int i = 0; i < statements.size(); ++i) {
        StatementOutcome outcome;
        outcome.index = i;
        outcome.sql = statements.at(i);
        emit statementStarted(i, statements.at(i));
        if (m_cancel->stopRequested()) {
            // Cancelled before it was sent (Esc right after Run): do not send it at all.
            outcome.cancelled = true;
            emit statementFinished(outcome);
            break;
        }
        const bool reconnecting = !m_connected || m_lost;
        if (!ensureConnected(&outcome)) {
            outcome.elapsedMs = 0;
            emit statementFinished(outcome);
            ++failed;
            break;
        }
        if (reconnecting)
            emit stateChanged(Session::State::Busy);   // back from Connecting
        outcome = runStatement(i, statements.at(i), binds);
        if (outcome.paused && i + 1 < statements.size())
            discardPausedResult();   // a script goes on; only the last result may stay open
        outcome.ok ? ++succeeded : ++failed;
        if (outcome.cancelled || (!outcome.ok && (stopOnError || outcome.error.connectionLost)))
            break;
    }
    if (isScript)
        emit scriptFinished(succeeded, failed, scriptTimer.elapsed());
    emit stateChanged(m_lost ? Session::State::Broken : Session::State::Idle);
    if (!m_active)
        watchIdleConnection(true);
}

StatementOutcome SessionWorker::runStatement(int index, const QString &sql, const QVariantMap &binds)
{
    auto active = std::make_unique<ActiveResult>();
    active->clock.start();   // the person waits from here: BEGIN, the server's work, the rows
    StatementOutcome &outcome = active->outcome;
    outcome.index = index;
    outcome.sql = sql;
    if (!m_transactions.beforeStatement(sql, &outcome.error)) {
        outcome.elapsedMs = active->clock.elapsed();
        outcome.transaction = m_transactions.state();
        emit statementFinished(outcome);
        return outcome;
    }
    auto query = std::make_unique<QSqlQuery>(m_db);
    query->setForwardOnly(true);   // QPSQL: single-row mode, rows stream as they arrive
    const bool ok = StatementExec::exec(*query, m_profile.dialect, sql, binds);
    outcome.ok = ok;
    outcome.hasResultSet = ok && query->isSelect();
    if (ok && !outcome.hasResultSet)
        outcome.rowsAffected = SqlErrors::rowsAffected(*query, m_profile.dialect);
    active->streamer = std::make_unique<ResultStreamer>(std::move(query), m_profile.dialect,
                                                        [cancel = m_cancel] { return cancel->stopRequested(); });
    m_active = std::move(active);
    if (outcome.hasResultSet) {
        emit resultColumns(m_active->streamer->columns());
        streamActive(m_fetchCap);
    } else {
        completeActive();
    }
    if (m_active)
        return m_active->outcome;   // paused at the cap
    return m_lastOutcome;
}

void SessionWorker::streamActive(qint64 capBytes)
{
    ResultStreamer &streamer = *m_active->streamer;
    const auto status = streamer.stream(capBytes, [this](const RowBatchPtr &b) { emit rowsFetched(b); });
    StatementOutcome &o = m_active->outcome;
    o.rowsFetched = streamer.rowsFetched();
    if (status == ResultStreamer::Status::Capped) {
        o.ok = true;
        o.paused = true;
        o.elapsedMs = m_active->clock.elapsed();
        o.transaction = m_transactions.state();
        emit statementFinished(o);
        return;
    }
    o.paused = false;
    if (status == ResultStreamer::Status::Stopped)
        o.cancelled = true;
    else
        o.ok = !streamer.query().lastError().isValid();
    completeActive();
}

void SessionWorker::completeActive()
{
    StatementOutcome &o = m_active->outcome;
    QSqlQuery &query = m_active->streamer->query();
    if (!o.ok && !o.cancelled) {
        o.error = SqlErrors::fromQuery(query, m_profile.dialect);
        if (o.error.sqlState == QStringLiteral("57014"))   // query_canceled
            o.cancelled = true;
    }
    if (o.cancelled && query.isActive())
        m_cancel->cancelOnServer(nullptr);   // so that dropping the query below does not read on
    query.finish();
    if (m_cancel->stopRequested())
        o.cancelled = true;
    if (o.cancelled)
        o.ok = false;
    o.elapsedMs = m_active->clock.elapsed();
    m_lastOutcome = o;
    m_active.reset();   // `o` dies here: only m_lastOutcome from now on
    noticeLossWhileDiscarding(&m_lastOutcome.error);
    const bool lost = m_lastOutcome.error.connectionLost;
    if (lost) {
        markLost(m_lastOutcome.error.message);
        m_lastOutcome.transaction = m_transaction;
    } else {
        m_transactions.afterStatement(m_lastOutcome.sql, m_lastOutcome.ok);
        updateTransaction();
        m_lastOutcome.transaction = m_transaction;
        if (m_lastOutcome.ok && ConnectionSetup::changesIdentity(m_lastOutcome.sql))
            refreshIdentity();
    }
    m_watch->flushNotices();
    emit statementFinished(m_lastOutcome);
}

void SessionWorker::fetchMore(qint64 capBytes)
{
    if (!m_active) {
        // Nothing paused (already discarded): still answer, or the facade would stay Busy.
        emit stateChanged(m_lost ? Session::State::Broken : Session::State::Idle);
        return;
    }
    emit stateChanged(Session::State::Busy);
    // capBytes < 0: another cap's worth; 0: no cap at all (Fetch all).
    const qint64 step = capBytes < 0 ? m_fetchCap : capBytes;
    streamActive(step > 0 ? m_active->streamer->bytes() + step : 0);
    emit stateChanged(m_lost ? Session::State::Broken : Session::State::Idle);
    if (!m_active)
        watchIdleConnection(true);
}

void SessionWorker::discardPausedResult()
{
    if (!m_active)
        return;
    // Without a cancel, destroying the query would read every remaining row off the wire.
    m_cancel->cancelOnServer(nullptr);
    m_active.reset();
    SqlErrorInfo error;
    if (noticeLossWhileDiscarding(&error))
        markLost(error.message);   // the next statement reconnects first
    updateTransaction();
}

bool SessionWorker::noticeLossWhileDiscarding(SqlErrorInfo *error)
{
    // Dropping a query reads what is left of its result (QPSQL discards it then): where a dead
    // peer, or a socket shut by Disconnect, shows when the fetch loop had stopped between rows.
    if (!error->connectionLost && connectionIsGone()) {
        error->connectionLost = true;
        error->message = QString::fromUtf8(PQerrorMessage(DriverHandles::postgresConnection(m_db))).trimmed();
    }
    if (error->connectionLost && m_cancel->socketWasShutDown())
        error->message = disconnectedMessage();
    return error->connectionLost;
}

void SessionWorker::refreshIdentity()
{
    SessionIdentity identity;
    QString error;
    if (ConnectionSetup::queryIdentity(m_db, m_profile.dialect, &identity, &error))
        emit identityChanged(identity);
}

void SessionWorker::updateTransaction()
{
    const TransactionState state = m_transactions.state();
    if (state == m_transaction)
        return;
    m_transaction = state;
    emit transactionChanged(state);
}

void SessionWorker::endTransaction(bool commit)
{
    watchIdleConnection(false);
    discardPausedResult();
    emit stateChanged(Session::State::Busy);
    const QString sql = commit ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK");
    emit statementStarted(0, sql);
    StatementOutcome outcome;
    if (m_connected && !m_lost) {
        outcome = runStatement(0, sql, {});
    } else {
        outcome.sql = sql;
        outcome.error = plainError(tr("The connection is gone, and with it the open transaction."));
        outcome.error.connectionLost = true;
        emit statementFinished(outcome);
    }
    emit stateChanged(m_lost ? Session::State::Broken : Session::State::Idle);
    watchIdleConnection(true);
}

void SessionWorker::watchIdleConnection(bool on)
{
    m_watch->setWatching(on && !m_lost);
}

bool SessionWorker::connectionIsGone() const
{
    pg_conn *pg = m_profile.dialect == Dialect::PostgreSQL ? DriverHandles::postgresConnection(m_db) : nullptr;
    return pg && PQstatus(pg) == CONNECTION_BAD;
}

QString SessionWorker::disconnectedMessage()
{
    return tr("disconnected because the server stopped answering");
}

void SessionWorker::markLost(const QString &message)
{
    if (m_lost)
        return;
    m_lost = true;
    m_watch->setWatching(false);
    // Shut from outside (Disconnect, or a close that waited long enough): libpq only saw the
    // socket end, and "server closed the connection unexpectedly" would blame the server.
    const bool shutHere = m_cancel->socketWasShutDown();
    m_cancel->setPostgresConnection(nullptr);
    emit stateChanged(Session::State::Broken);
    if (shutHere)
        emit connectionLost(disconnectedMessage());
    else
        emit connectionLost(message.isEmpty() ? tr("The server closed the connection.") : message);
}

void SessionWorker::close()
{
    discardPausedResult();
    disconnectDatabase();
    m_credentials.wipe();
    emit stateChanged(Session::State::Closed);
    emit closed();
}
