#pragma once
#include "connection/credentials.h"
#include "connection/session.h"
#include "connection/statementoutcome.h"
#include "connection/transactiontracker.h"
#include "profiles/connectionprofile.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantMap>

#include <memory>

class CancelHandle;
class PostgresConnectionWatch;
class QSqlQuery;
class ResultStreamer;

// The only object that touches a session's QSqlDatabase. It lives in the session's QThread;
// the Session facade talks to it with queued calls only. It owns the connection's life
// (connect, notice a loss, reconnect with the setup re-applied, close) and drives statements
// through it: the TransactionTracker opens manual mode's transaction, StatementExec sends the
// statement, a ResultStreamer streams its rows.
class SessionWorker : public QObject
{
    Q_OBJECT
public:
    SessionWorker(const ConnectionProfile &profile, const Credentials &credentials,
                  const QString &connectionName, std::shared_ptr<CancelHandle> cancel);
    ~SessionWorker() override;

public slots:
    void open();
    void execute(const QStringList &statements, const QVariantMap &binds, bool stopOnError, bool isScript);
    void fetchMore(qint64 capBytes);    // capBytes <= 0: no cap
    void setFetchCap(qint64 capBytes) { m_fetchCap = capBytes; }
    void setAutoCommit(bool on) { m_transactions.setAutoCommit(on); }
    void endTransaction(bool commit);
    void close();

signals:
    void stateChanged(Session::State state);
    void opened(const SessionIdentity &identity);
    void openFailed(const SqlErrorInfo &error);
    void identityChanged(const SessionIdentity &identity);
    void statementStarted(int index, const QString &sql);
    void resultColumns(const ResultColumns &columns);
    void rowsFetched(const RowBatchPtr &batch);
    void statementFinished(const StatementOutcome &outcome);
    void scriptFinished(int succeeded, int failed, qint64 elapsedMs);
    void transactionChanged(TransactionState state);
    void connectionLost(const QString &message);
    void serverNotice(const QString &severity, const QString &message);
    void reconnected(bool transactionLost);
    void closed();

private:
    // The statement whose result is being streamed, or paused at the fetch cap.
    struct ActiveResult
    {
        std::unique_ptr<ResultStreamer> streamer;
        StatementOutcome outcome;
        QElapsedTimer clock;   // since the statement was sent: server time counts
    };

    bool connectDatabase(SqlErrorInfo *error);
    void disconnectDatabase();
    bool ensureConnected(StatementOutcome *outcome);
    StatementOutcome runStatement(int index, const QString &sql, const QVariantMap &binds);
    void streamActive(qint64 capBytes);
    void completeActive();              // fills in the outcome of m_active, emits it, drops it
    void discardPausedResult();
    void refreshIdentity();
    void updateTransaction();
    void watchIdleConnection(bool on);
    void markLost(const QString &message);
    bool connectionIsGone() const;          // PostgreSQL: libpq says the connection is bad
    bool noticeLossWhileDiscarding(SqlErrorInfo *error);   // after a query went; true: lost
    static QString disconnectedMessage();   // the loss when our own shutdown caused it

    const ConnectionProfile m_profile;
    Credentials m_credentials;
    const QString m_connectionName;
    std::shared_ptr<CancelHandle> m_cancel;
    QSqlDatabase m_db;
    bool m_connected = false;
    bool m_lost = false;
    TransactionTracker m_transactions;
    TransactionState m_transaction = TransactionState::Unknown;   // as last told to the facade
    qint64 m_fetchCap = 256LL * 1024 * 1024;
    std::unique_ptr<ActiveResult> m_active;
    StatementOutcome m_lastOutcome;             // of the statement completed last
    PostgresConnectionWatch *m_watch;           // notices, and the connection while idle
};
