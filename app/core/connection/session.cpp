#include "session.h"

#include "connection/cancelhandle.h"
#include "connection/sessionthreads.h"
#include "connection/sessionworker.h"

#include <QAtomicInteger>
#include <QDeadlineTimer>
#include <QThread>
#include <QTimer>

#include <algorithm>

namespace {
QAtomicInteger<quint64> nextSessionId{1};

void registerMetaTypes()
{
    static const bool done = [] {
        qRegisterMetaType<RowBatchPtr>();
        qRegisterMetaType<ResultColumns>();
        qRegisterMetaType<StatementOutcome>();
        qRegisterMetaType<SqlErrorInfo>();
        qRegisterMetaType<SessionIdentity>();
        qRegisterMetaType<TransactionState>();
        qRegisterMetaType<Session::State>();
        return true;
    }();
    Q_UNUSED(done);
}
} // namespace

Session::Session(const ConnectionProfile &profile, const Credentials &credentials, QObject *parent)
    : QObject(parent)
    , m_id(nextSessionId.fetchAndAddOrdered(1))
    , m_connectionName(QStringLiteral("tessera-session-%1").arg(m_id))
    , m_profile(profile)
    , m_user(credentials.user)
    , m_cancel(std::make_shared<CancelHandle>())
{
    registerMetaTypes();
    m_thread = new QThread(this);
    m_thread->setObjectName(m_connectionName);
    m_worker = new SessionWorker(profile, credentials, m_connectionName, m_cancel);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);

    connect(m_worker, &SessionWorker::stateChanged, this, [this](State s) {
        if (m_state != State::Closing && m_state != State::Closed)
            setState(s);
    });
    connect(m_worker, &SessionWorker::opened, this, [this](const SessionIdentity &identity) {
        m_connectedSince = m_lastActivity = QDateTime::currentDateTime();
        m_identity = identity;
        emit identityChanged(identity);
        emit opened();
    });
    connect(m_worker, &SessionWorker::identityChanged, this, [this](const SessionIdentity &identity) {
        m_identity = identity;
        emit identityChanged(identity);
    });
    connect(m_worker, &SessionWorker::transactionChanged, this, [this](TransactionState t) {
        const bool wasOpen = hasOpenTransaction();
        m_transaction = t;
        if (!hasOpenTransaction())
            m_transactionSince = QDateTime();
        else if (!wasOpen)
            m_transactionSince = QDateTime::currentDateTime();
        emit transactionChanged(t);
    });
    connect(m_worker, &SessionWorker::connectionLost, this, &Session::connectionLost);
    connect(m_worker, &SessionWorker::reconnected, this, [this](bool transactionLost) {
        m_connectedSince = QDateTime::currentDateTime();
        emit reconnected(transactionLost);
    });
    connect(m_worker, &SessionWorker::serverNotice, this, &Session::serverNotice);
    connect(m_worker, &SessionWorker::openFailed, this, &Session::openFailed);
    connect(m_worker, &SessionWorker::statementStarted, this, &Session::statementStarted);
    connect(m_worker, &SessionWorker::resultColumns, this, &Session::resultColumns);
    connect(m_worker, &SessionWorker::rowsFetched, this, &Session::rowsFetched);
    connect(m_worker, &SessionWorker::statementFinished, this, [this](const StatementOutcome &o) {
        m_lastActivity = QDateTime::currentDateTime();
        emit statementFinished(o);
    });
    connect(m_worker, &SessionWorker::scriptFinished, this, &Session::scriptFinished);
    connect(m_worker, &SessionWorker::closed, m_thread, &QThread::quit);
    connect(m_thread, &QThread::finished, this, [this] {
        m_state = State::Closed;
        emit stateChanged(State::Closed);
        emit closed();
    });
    m_thread->start();
}

Session::~Session()
{
    if (!m_thread->isRunning())
        return;
    // Reached when the owner did not wait for closed() (program exit, a CLI that gives up):
    // stop what runs and close in the worker's thread, but never wait for it unboundedly.
    if (!m_closeClock.isValid()) {
        m_closeClock.start();
        m_cancel->requestStop();
        m_cancel->cancelInBackground();
        QMetaObject::invokeMethod(m_worker, &SessionWorker::close, Qt::QueuedConnection);
    }
    m_thread->quit();
    const auto until = [this](int sinceCloseMs) {
        return QDeadlineTimer(std::max<qint64>(0, sinceCloseMs - m_closeClock.elapsed()));
    };
    if (m_thread->wait(until(kCloseGraceMs)))
        return;
    // A peer that stopped answering: with its socket shut, the worker's wait returns at once.
    m_cancel->shutdownSocket();
    if (!m_thread->wait(until(kJoinBudgetMs)))
        abandonThread();
}

void Session::abandonThread()
{
    // Still running, so neither the thread object nor the worker may go: destroying a running
    // QThread aborts the program, and the worker is in use. Both are left to the process's end
    // (SessionThreads::exitCode), and the credentials with them, in this process's memory only.
    qWarning("Tessera: the thread of session %llu did not stop within %d s; it is left to end with the program",
             m_id, kJoinBudgetMs / 1000);
    m_thread->setParent(nullptr);
    SessionThreads::noteAbandoned();
}

void Session::setOwnerLabel(const QString &label)
{
    if (label == m_ownerLabel)
        return;
    m_ownerLabel = label;
    emit ownerLabelChanged(label);
}

qint64 Session::busyForMs() const
{
    return m_state == State::Busy && m_busyTimer.isValid() ? m_busyTimer.elapsed() : 0;
}

void Session::setState(State s)
{
    if (s == m_state)
        return;
    if (s == State::Busy)
        m_busyTimer.start();
    m_state = s;
    emit stateChanged(s);
}

void Session::setFetchCap(qint64 bytes)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, bytes] { w->setFetchCap(bytes); }, Qt::QueuedConnection);
}

void Session::open()
{
    setState(State::Connecting);
    QMetaObject::invokeMethod(m_worker, &SessionWorker::open, Qt::QueuedConnection);
}

void Session::runOnWorker(std::function<void(SessionWorker *)> call)
{
    m_cancel->clearStop();   // here, not in the worker: an Esc right after this must count
    setState(State::Busy);
    QMetaObject::invokeMethod(m_worker, [w = m_worker, call = std::move(call)] { call(w); }, Qt::QueuedConnection);
}

void Session::execute(const QString &sql, const QVariantMap &binds)
{
    runOnWorker([sql, binds](SessionWorker *w) { w->execute({sql}, binds, true, false); });
}

void Session::executeScript(const QStringList &statements, bool stopOnError, const QVariantMap &binds)
{
    runOnWorker([statements, stopOnError, binds](SessionWorker *w) { w->execute(statements, binds, stopOnError, true); });
}

void Session::setAutoCommit(bool on)
{
    m_autoCommit = on;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, on] { w->setAutoCommit(on); }, Qt::QueuedConnection);
}

void Session::commit()
{
    runOnWorker([](SessionWorker *w) { w->endTransaction(true); });
}

void Session::rollback()
{
    runOnWorker([](SessionWorker *w) { w->endTransaction(false); });
}

void Session::fetchMore()
{
    runOnWorker([](SessionWorker *w) { w->fetchMore(-1); });
}

void Session::fetchAll()
{
    runOnWorker([](SessionWorker *w) { w->fetchMore(0); });
}

void Session::cancel()
{
    m_cancel->requestStop();
    // PQcancel opens a connection to the server and waits for it: not on the GUI thread.
    m_cancel->cancelInBackground();
    if (m_state == State::Busy)
        emit cancelRequested();
}

void Session::forceDisconnect()
{
    m_cancel->requestStop();
    m_cancel->shutdownSocket();
}

bool Session::canForceDisconnect() const
{
    return m_cancel->hasSocket();
}

void Session::close()
{
    if (m_state == State::Closing || m_state == State::Closed)
        return;
    const bool busy = m_state == State::Busy;
    setState(State::Closing);
    m_closeClock.start();
    if (busy)
        cancel();
    QMetaObject::invokeMethod(m_worker, &SessionWorker::close, Qt::QueuedConnection);
    // A peer that stopped answering would hold the close (and the tab, and the quit) forever.
    QTimer::singleShot(kCloseGraceMs, this, [this] {
        if (m_thread->isRunning())
            m_cancel->shutdownSocket();
    });
}

QString Session::stateText(State s)
{
    switch (s) {
    case State::Disconnected: return tr("Disconnected");
    case State::Connecting: return tr("Connecting…");
    case State::Idle: return tr("Idle");
    case State::Busy: return tr("Running");
    case State::Broken: return tr("Connection lost");
    case State::Closing: return tr("Closing…");
    case State::Closed: return tr("Closed");
    }
    return {};
}
