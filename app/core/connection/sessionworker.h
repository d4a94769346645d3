#pragma once
#include "connection/credentials.h"
#include "connection/session.h"
#include "connection/statementoutcome.h"
#include "profiles/connectionprofile.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>

class CancelHandle;
class QSqlQuery;
class RowReader;

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
    void execute(const QStringList &statements, bool stopOnError, bool isScript);
    void fetchMore(qint64 capBytes);    // capBytes <= 0: no cap
    void setFetchCap(qint64 capBytes) { m_fetchCap = capBytes; }
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
    void closed();

private:
    bool connectDatabase(SqlErrorInfo *error);
    void disconnectDatabase();
    bool ensureConnected(StatementOutcome *outcome);
    StatementOutcome runStatement(int index, const QString &sql);
    // Streams rows of the active result into batches until it ends, the cap is reached or a
    // stop is requested. Returns true when the result is exhausted.
    bool streamRows(qint64 capBytes);
    void finishActiveResult();          // completes m_active's outcome and emits it
    void discardPausedResult();
    TransactionState serverTransactionState() const;
    void *postgresConnection() const;

    const ConnectionProfile m_profile;
    Credentials m_credentials;
    const QString m_connectionName;
    std::shared_ptr<CancelHandle> m_cancel;
    QSqlDatabase m_db;
    bool m_connected = false;
    bool m_lost = false;
    qint64 m_fetchCap = 256LL * 1024 * 1024;

    // The result being streamed (or paused at the cap).
    struct ActiveResult
    {
        std::unique_ptr<QSqlQuery> query;
        std::unique_ptr<RowReader> reader;
        StatementOutcome outcome;
        QElapsedTimer timer;
        qint64 bytes = 0;
        int columnCount = 0;
    };
    std::unique_ptr<ActiveResult> m_active;
};
