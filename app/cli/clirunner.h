#pragma once
#include "clioptions.h"
#include "connectiontarget.h"
#include "connection/session.h"
#include "sql/sqlstatement.h"

#include <QList>
#include <QObject>

#include <memory>

class OutputStream;
class ResultWriter;
class SavedPassword;

// Drives one Session through a script, statement by statement, from the program's event loop:
// open (with --profile, with the password saved in the keychain; else asking for one once
// when the server wants one and a person is at the terminal), execute, stream each result to the writer batch by batch, report errors with
// the statement's number and line, close. finished() carries the exit status.
class CliRunner : public QObject
{
    Q_OBJECT
public:
    CliRunner(const ConnectionTarget &target, const QString &script, const QList<SqlStatement> &statements,
              const CliOptions &options, OutputStream *out, QObject *parent = nullptr);
    ~CliRunner() override;

    void start();
    // Ctrl-C: the first cancels the running statement on the server and runs nothing after it
    // (and says, when the server has not answered after kCancelPatienceMs, what the next does);
    // the second disconnects (shuts the socket: a stalled server never answers a cancel) and
    // ends with status 1, within seconds whatever the network does.
    void interrupt();
    static constexpr int kCancelPatienceMs = 3000;

    // Rows a paused result may hold before it waits for the writer: the session pauses at this
    // many bytes and goes on only once everything before the pause is written.
    static constexpr qint64 kFetchCapBytes = 32LL * 1024 * 1024;

    static bool isAuthenticationFailure(const SqlErrorInfo &error);

signals:
    void finished(int exitCode);

private:
    void openSession();
    void onOpenFailed(const SqlErrorInfo &error);
    void runNext();
    void onResultColumns(const ResultColumns &columns);
    void onRowsFetched(const RowBatchPtr &batch);
    void onStatementFinished(const StatementOutcome &outcome);
    void reportError(int number, const SqlErrorInfo &error);
    void reportStatus(const StatementOutcome &outcome);
    void finish(int exitCode);
    void disconnectAndFinish();

    ConnectionTarget m_target;
    const QString m_script;
    const QList<SqlStatement> m_statements;
    const CliOptions m_options;
    OutputStream *m_out;
    std::unique_ptr<ResultWriter> m_writer;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<SavedPassword> m_savedPassword;   // --profile: the keychain, looked at once
    int m_current = -1;              // index into m_statements of the running statement
    bool m_resultOpen = false;       // the writer has begun a result set
    bool m_promptedForPassword = false;
    bool m_anyFailed = false;
    bool m_stop = false;             // interrupted or the output went away: run nothing more
    bool m_finishing = false;
    int m_interrupts = 0;
};
