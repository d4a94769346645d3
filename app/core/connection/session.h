#pragma once
#include "connection/credentials.h"
#include "connection/statementoutcome.h"
#include "profiles/connectionprofile.h"
#include "results/rowbatch.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

#include <functional>
#include <memory>

class QThread;
class SessionWorker;
class CancelHandle;

// One tab's connection. This facade lives in the GUI thread; every database call happens in
// its SessionWorker, in the session's own QThread, on a QSqlDatabase that only that thread
// ever touches. All methods return at once; results arrive as signals.
class Session : public QObject
{
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, Idle, Busy, Broken, Closing, Closed };
    Q_ENUM(State)

    Session(const ConnectionProfile &profile, const Credentials &credentials, QObject *parent = nullptr);
    ~Session() override;

    quint64 id() const { return m_id; }
    QString connectionName() const { return m_connectionName; }
    const ConnectionProfile &profile() const { return m_profile; }
    QString userName() const { return m_user; }
    State state() const { return m_state; }
    bool isBusy() const { return m_state == State::Busy; }
    SessionIdentity identity() const { return m_identity; }
    TransactionState transactionState() const { return m_transaction; }
    bool hasOpenTransaction() const
    {
        return m_transaction == TransactionState::InTransaction || m_transaction == TransactionState::Failed;
    }
    QDateTime transactionSince() const { return m_transactionSince; }   // invalid when none is open
    bool isAutoCommit() const { return m_autoCommit; }
    QDateTime connectedSince() const { return m_connectedSince; }   // of the current connection
    QDateTime lastActivity() const { return m_lastActivity; }       // last statement finished
    // What the person calls the place this session serves (a tab title), for the monitor.
    QString ownerLabel() const { return m_ownerLabel; }
    void setOwnerLabel(const QString &label);
    qint64 busyForMs() const;   // how long the running statement has run, 0 when idle

    // Rows kept per result before pausing with "fetch more" (bytes of buffer).
    void setFetchCap(qint64 bytes);

    void open();
    // binds: values for ":name" placeholders (a null QVariant is SQL NULL).
    void execute(const QString &sql, const QVariantMap &binds = {});
    void executeScript(const QStringList &statements, bool stopOnError = true, const QVariantMap &binds = {});
    // Auto-commit (default) or manual: the first statement opens a transaction that stays open
    // until commit() or rollback().
    void setAutoCommit(bool on);
    void commit();
    void rollback();
    void fetchMore();            // continue a paused result up to another cap
    void fetchAll();             // continue a paused result without a cap
    void cancel();               // safe from the GUI thread: never waits on the network
    // For a server (or network) that stopped answering, so that a cancel cannot take effect:
    // shuts the connection's socket from outside the worker, whose wait on it then returns.
    // The statement ends as "connection lost", the session goes Broken, the next run
    // reconnects. Never waits. canForceDisconnect(): there is a socket to shut (PostgreSQL).
    void forceDisconnect();
    bool canForceDisconnect() const;
    // Asynchronous; emits closed() when the connection is gone. A session still not closed
    // after kCloseGraceMs (a stalled peer) has its socket shut, so closing is bounded.
    void close();

    static constexpr int kCloseGraceMs = 2000;
    // ~Session waits for its thread until this long after close() (or after it began, without
    // one), then leaves it behind (SessionThreads) rather than hold the program up.
    static constexpr int kJoinBudgetMs = 3500;

    static QString stateText(State s);

signals:
    void stateChanged(Session::State state);
    void opened();
    void openFailed(const SqlErrorInfo &error);
    void identityChanged(const SessionIdentity &identity);
    void statementStarted(int index, const QString &sql);
    void resultColumns(const ResultColumns &columns);
    void rowsFetched(const RowBatchPtr &batch);
    void statementFinished(const StatementOutcome &outcome);
    void scriptFinished(int succeeded, int failed, qint64 elapsedMs);
    void transactionChanged(TransactionState state);
    // The server or network dropped the connection; the next run reconnects.
    void connectionLost(const QString &message);
    // NOTICE / WARNING / INFO messages from the server (RAISE NOTICE and the like).
    void serverNotice(const QString &severity, const QString &message);
    // A run reconnected; transactionLost: a transaction was open and is gone (rolled back).
    void reconnected(bool transactionLost);
    void closed();
    void ownerLabelChanged(const QString &label);
    // cancel() was called while a statement ran (for what waits for the cancel to take effect).
    void cancelRequested();

private:
    void setState(State s);
    void abandonThread();
    // Queues a call on the worker as every request that runs something does: Busy at once, and
    // the stop flag cleared here so that an Esc pressed right after counts.
    void runOnWorker(std::function<void(SessionWorker *)> call);

    const quint64 m_id;
    const QString m_connectionName;
    const ConnectionProfile m_profile;
    const QString m_user;
    State m_state = State::Disconnected;
    SessionIdentity m_identity;
    TransactionState m_transaction = TransactionState::Unknown;
    QDateTime m_transactionSince;
    bool m_autoCommit = true;
    QDateTime m_connectedSince;
    QDateTime m_lastActivity;
    QString m_ownerLabel;
    QElapsedTimer m_busyTimer;
    QElapsedTimer m_closeClock;                   // since close()
    QThread *m_thread = nullptr;
    SessionWorker *m_worker = nullptr;            // lives in m_thread, deleted when it finishes
    std::shared_ptr<CancelHandle> m_cancel;       // shared with the worker and cancel tasks
};
