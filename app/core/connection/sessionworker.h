#pragma once
#include "connection/credentials.h"
#include "connection/session.h"
#include "connection/statementoutcome.h"
#include "profiles/connectionprofile.h"

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
// the Session facade talks to it with queued calls only.
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
    void setAutoCommit(bool on);
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
    bool connectDatabase(SqlErrorInfo *error);
    void disconnectDatabase();
    bool ensureConnected(StatementOutcome *outcome);
    StatementOutcome runStatement(int index, const QString &sql, const QVariantMap &binds);
    bool prepareAndExec(QSqlQuery &query, const QString &sql, const QVariantMap &binds);
    void streamActive(qint64 capBytes);
    void completeActive();              // fills in the outcome of m_active, emits it, drops it
    void discardPausedResult();
    void refreshIdentity();
    void setTransaction(TransactionState state);
    TransactionState serverTransactionState() const;
    bool beginImplicitTransaction(const QString &sql, StatementOutcome *outcome);
    bool setOracleDriverTransaction(bool on, StatementOutcome *outcome);
    bool hasOpenTransaction() const;
    void watchIdleConnection(bool on);
    void markLost(const QString &message);
    struct pg_conn *postgresConnection() const;

    const ConnectionProfile m_profile;
    Credentials m_credentials;
    const QString m_connectionName;
    std::shared_ptr<CancelHandle> m_cancel;
    QSqlDatabase m_db;
    bool m_connected = false;
    bool m_lost = false;
    bool m_autoCommit = true;
    TransactionState m_transaction = TransactionState::Unknown;
    // Oracle reports no transaction state: what its statements did (TransactionRules), and
    // whether QOCI was told to stop committing after each statement.
    TransactionState m_oracleTransaction = TransactionState::Idle;
    bool m_oracleDriverTransaction = false;
    qint64 m_fetchCap = 256LL * 1024 * 1024;
    std::unique_ptr<ResultStreamer> m_active;   // the result being streamed or paused at the cap
    StatementOutcome m_lastOutcome;             // of the statement completed last
    PostgresConnectionWatch *m_watch;           // notices, and the connection while idle
};
