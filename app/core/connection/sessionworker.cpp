#include "sessionworker.h"

#include "connection/cancelhandle.h"
#include "connection/connectionsetup.h"
#include "connection/rowreader.h"
#include "profiles/demodatabase.h"

#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>

namespace {
// A batch goes to the GUI when it holds this many bytes, or when the first rows have waited
// this long: first rows show at once, and later batches are big enough that the GUI thread
// handles few of them.
constexpr qsizetype batchBytes = 512 * 1024;
constexpr qint64 firstBatchMs = 15;
constexpr qint64 batchMs = 100;

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
{
}

SessionWorker::~SessionWorker()
{
    // Runs in the session's thread (deleteLater on QThread::finished) when close() was never
    // reached, e.g. at program exit.
    disconnectDatabase();
    m_credentials.wipe();
}

void *SessionWorker::postgresConnection() const
{
    if (m_profile.dialect != Dialect::PostgreSQL || !m_db.isValid() || !m_db.driver())
        return nullptr;
    const QVariant handle = m_db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "pg_conn*") == 0)
        return *static_cast<PGconn *const *>(handle.constData());
    return nullptr;
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
    m_db = QSqlDatabase::addDatabase(Dialects::qtDriverName(m_profile.dialect), m_connectionName);
    ConnectionSetup::configure(m_db, m_profile, m_credentials);
    if (!m_db.open()) {
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
    m_cancel->setPostgresConnection(postgresConnection());
    m_connected = true;
    m_lost = false;
    return true;
}

void SessionWorker::disconnectDatabase()
{
    m_active.reset();
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
    emit stateChanged(Session::State::Idle);
    emit opened(identity);
    emit transactionChanged(serverTransactionState());
}

bool SessionWorker::ensureConnected(StatementOutcome *outcome)
{
    if (m_connected && !m_lost)
        return true;
    // The connection dropped earlier: reconnect with the credentials held in memory.
    disconnectDatabase();
    emit stateChanged(Session::State::Connecting);
    SqlErrorInfo error;
    if (!connectDatabase(&error)) {
        error.connectionLost = true;
        outcome->error = error;
        emit stateChanged(Session::State::Broken);
        return false;
    }
    SessionIdentity identity;
    QString identityError;
    if (ConnectionSetup::queryIdentity(m_db, m_profile.dialect, &identity, &identityError))
        emit identityChanged(identity);
    return true;
}

void SessionWorker::execute(const QStringList &statements, bool stopOnError, bool isScript)
{
    discardPausedResult();
    m_cancel->clearStop();
    QElapsedTimer scriptTimer;
    scriptTimer.start();
    int succeeded = 0;
    int failed = 0;
    for (int i = 0; i < statements.size(); ++i) {
        StatementOutcome outcome;
        outcome.index = i;
        outcome.sql = statements.at(i);
        emit stateChanged(Session::State::Busy);
        emit statementStarted(i, statements.at(i));
        if (!ensureConnected(&outcome)) {
            emit statementFinished(outcome);
            ++failed;
            break;
        }
        emit stateChanged(Session::State::Busy);
        outcome = runStatement(i, statements.at(i));
        if (outcome.paused) {
            // The result stays open at the cap; a later statement or close discards it.
            ++succeeded;
            if (i + 1 < statements.size())
                discardPausedResult();
        } else {
            outcome.ok ? ++succeeded : ++failed;
        }
        if (outcome.cancelled || (!outcome.ok && (stopOnError || outcome.error.connectionLost)))
            break;
    }
    if (isScript)
        emit scriptFinished(succeeded, failed, scriptTimer.elapsed());
    emit stateChanged(m_lost ? Session::State::Broken : Session::State::Idle);
}

StatementOutcome SessionWorker::runStatement(int index, const QString &sql)
{
    auto active = std::make_unique<ActiveResult>();
    active->outcome.index = index;
    active->outcome.sql = sql;
    active->timer.start();
    active->query = std::make_unique<QSqlQuery>(m_db);
    active->query->setForwardOnly(true);   // QPSQL: single-row mode, rows stream as they come
    const bool ok = active->query->exec(sql);
    m_active = std::move(active);
    if (!ok || !m_active->query->isSelect()) {
        m_active->outcome.ok = ok;
        if (ok)
            m_active->outcome.rowsAffected = m_active->query->numRowsAffected();
        finishActiveResult();
        StatementOutcome done = m_active ? m_active->outcome : StatementOutcome();
        m_active.reset();
        return done;
    }
    m_active->outcome.hasResultSet = true;
    m_active->reader = RowReader::create(m_profile.dialect);
    const ResultColumns columns = m_active->reader->columns(*m_active->query);
    m_active->columnCount = int(columns.size());
    emit resultColumns(columns);
    streamRows(m_fetchCap);
    return m_active ? m_active->outcome : StatementOutcome();
}

bool SessionWorker::streamRows(qint64 capBytes)
{
    ActiveResult &a = *m_active;
    QSqlQuery &query = *a.query;
    auto batch = std::make_shared<RowBatch>(a.columnCount, batchBytes + 4096);
    QElapsedTimer sinceEmit;
    sinceEmit.start();
    qint64 rowsInBatch = 0;
    bool firstBatch = a.outcome.rowsFetched == 0;
    const auto emitBatch = [&] {
        if (rowsInBatch == 0)
            return;
        a.bytes += batch->byteSize();
        emit rowsFetched(batch);
        batch = std::make_shared<RowBatch>(a.columnCount, batchBytes + 4096);
        rowsInBatch = 0;
        firstBatch = false;
        sinceEmit.restart();
    };

    bool exhausted = false;
    bool capped = false;
    for (;;) {
        if (m_cancel->stopRequested())
            break;
        if (!query.next()) {
            exhausted = true;
            break;
        }
        a.reader->appendCurrentRow(query, *batch);
        ++a.outcome.rowsFetched;
        ++rowsInBatch;
        if (batch->byteSize() >= batchBytes
            || ((rowsInBatch & 63) == 0 && sinceEmit.elapsed() >= (firstBatch ? firstBatchMs : batchMs))) {
            emitBatch();
            if (capBytes > 0 && a.bytes >= capBytes) {
                capped = true;
                break;
            }
        }
    }
    emitBatch();

    if (capped && !m_cancel->stopRequested()) {
        a.outcome.ok = true;
        a.outcome.paused = true;
        a.outcome.elapsedMs = a.timer.elapsed();
        a.outcome.transaction = serverTransactionState();
        emit statementFinished(a.outcome);
        return false;
    }
    if (!exhausted) {
        // Stopped by a cancel: the server was asked to cancel; drop what is still in flight.
        a.outcome.cancelled = true;
    }
    a.outcome.ok = !a.outcome.cancelled && !query.lastError().isValid();
    finishActiveResult();
    m_active.reset();
    return true;
}

void SessionWorker::finishActiveResult()
{
    ActiveResult &a = *m_active;
    if (!a.outcome.ok && !a.outcome.cancelled) {
        a.outcome.error = SqlErrors::fromQuery(*a.query, m_profile.dialect);
        if (a.outcome.error.sqlState == QStringLiteral("57014"))   // query_canceled
            a.outcome.cancelled = true;
        if (a.outcome.error.connectionLost)
            m_lost = true;
    }
    a.query.reset();   // QPSQL drains what is left of the result here
    if (m_cancel->stopRequested())
        a.outcome.cancelled = true;
    if (a.outcome.cancelled)
        a.outcome.ok = false;
    a.outcome.elapsedMs = a.timer.elapsed();
    a.outcome.transaction = serverTransactionState();
    emit transactionChanged(a.outcome.transaction);
    emit statementFinished(a.outcome);
}

void SessionWorker::fetchMore(qint64 capBytes)
{
    if (!m_active)
        return;
    m_cancel->clearStop();
    emit stateChanged(Session::State::Busy);
    m_active->outcome.paused = false;
    streamRows(capBytes > 0 ? m_active->bytes + capBytes : 0);
    emit stateChanged(m_lost ? Session::State::Broken : Session::State::Idle);
}

void SessionWorker::discardPausedResult()
{
    if (!m_active)
        return;
    // Without a cancel, destroying the query would read every remaining row off the wire.
    m_cancel->cancelOnServer(nullptr);
    m_active.reset();
}

TransactionState SessionWorker::serverTransactionState() const
{
    auto *conn = static_cast<PGconn *>(postgresConnection());
    if (!conn)
        return TransactionState::Unknown;
    switch (PQtransactionStatus(conn)) {
    case PQTRANS_IDLE: return TransactionState::Idle;
    case PQTRANS_INTRANS:
    case PQTRANS_ACTIVE: return TransactionState::InTransaction;
    case PQTRANS_INERROR: return TransactionState::Failed;
    default: return TransactionState::Unknown;
    }
}

void SessionWorker::close()
{
    discardPausedResult();
    disconnectDatabase();
    m_credentials.wipe();
    emit stateChanged(Session::State::Closed);
    emit closed();
}
