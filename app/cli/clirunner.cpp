#include "clirunner.h"

#include "errorreport.h"
#include "outputstream.h"
#include "passwordprompt.h"
#include "resultwriter.h"
#include "savedpassword.h"
#include "profiles/conninfo.h"

#include <QTimer>

#include <cstdio>

namespace {
void printLine(const QString &text)
{
    std::fprintf(stderr, "%s\n", qUtf8Printable(text));
}

// The first word of a statement, upper-cased: the psql-like status tag ("INSERT", "CREATE").
QString leadingKeyword(const QString &sql)
{
    qsizetype i = 0;
    while (i < sql.size() && !sql.at(i).isLetter())
        ++i;
    qsizetype j = i;
    while (j < sql.size() && sql.at(j).isLetter())
        ++j;
    return sql.mid(i, j - i).toUpper();
}
} // namespace

CliRunner::CliRunner(const ConnectionTarget &target, const QString &script, const QList<SqlStatement> &statements,
                     const CliOptions &options, OutputStream *out, QObject *parent)
    : QObject(parent)
    , m_target(target)
    , m_script(script)
    , m_statements(statements)
    , m_options(options)
    , m_out(out)
    , m_writer(ResultWriter::create(options.format, out))
{
}

CliRunner::~CliRunner()
{
    m_target.credentials.wipe();
}

bool CliRunner::isAuthenticationFailure(const SqlErrorInfo &error)
{
    const QString &m = error.message;
    return error.sqlState == QLatin1String("28P01")
        || m.contains(QLatin1String("password authentication failed"))
        || m.contains(QLatin1String("no password supplied"))
        || m.contains(QLatin1String("ORA-01017")) || m.contains(QLatin1String("ORA-01005"));
}

void CliRunner::start()
{
    if (!SavedPassword::applies(m_options, m_target)) {
        openSession();
        return;
    }
    m_savedPassword = std::make_unique<SavedPassword>();
    connect(m_savedPassword.get(), &SavedPassword::finished, this, [this](const QString &password) {
        if (m_finishing)
            return;   // interrupted while the keychain was asked
        m_target.credentials.password = password;
        openSession();
    });
    m_savedPassword->read(m_target);
}

void CliRunner::openSession()
{
    m_session = std::make_unique<Session>(m_target.profile, m_target.credentials);
    // The override exists so a test can make a small result pause and resume.
    const qint64 cap = qEnvironmentVariableIntValue("TESSERA_CLI_FETCH_CAP_BYTES");
    m_session->setFetchCap(cap > 0 ? cap : kFetchCapBytes);
    connect(m_session.get(), &Session::opened, this, [this] {
        if (m_stop)
            finish(CliExit::StatementFailed);
        else
            runNext();
    });
    connect(m_session.get(), &Session::openFailed, this, &CliRunner::onOpenFailed);
    connect(m_session.get(), &Session::resultColumns, this, &CliRunner::onResultColumns);
    connect(m_session.get(), &Session::rowsFetched, this, &CliRunner::onRowsFetched);
    connect(m_session.get(), &Session::statementFinished, this, &CliRunner::onStatementFinished);
    m_session->open();
}

void CliRunner::onOpenFailed(const SqlErrorInfo &error)
{
    if (!m_stop && !m_promptedForPassword && m_target.credentials.password.isEmpty()
        && isAuthenticationFailure(error) && PasswordPrompt::canPrompt()) {
        m_promptedForPassword = true;
        QString password;
        if (PasswordPrompt::ask(QStringLiteral("Password for user %1: ").arg(m_target.effectiveUser()), &password)
            && !password.isEmpty()) {
            m_target.credentials.password = password;
            password.fill(QChar(u'\0'));
            // The failed session holds nothing; its destructor waits for its thread.
            m_session.reset();
            openSession();
            return;
        }
    }
    // Nothing tessera-cli prints may repeat the password, whatever the driver's message holds.
    const QStringList secrets = {m_target.credentials.password};
    printLine(QStringLiteral("tessera-cli: could not connect: %1").arg(Conninfo::mask(error.message, secrets)));
    if (!error.hint.isEmpty())
        printLine(QStringLiteral("HINT:  %1").arg(Conninfo::mask(error.hint, secrets)));
    if (m_savedPassword && isAuthenticationFailure(error))
        printLine(QStringLiteral("tessera-cli: %1").arg(m_savedPassword->explainFailure(m_target.effectiveUser())));
    finish(CliExit::ConnectionFailed);
}

void CliRunner::runNext()
{
    for (;;) {
        ++m_current;
        if (m_stop || m_current >= m_statements.size()) {
            finish(m_anyFailed ? CliExit::StatementFailed : CliExit::Ok);
            return;
        }
        const SqlStatement &s = m_statements.at(m_current);
        if (!s.isClientCommand)
            break;
        // SQL*Plus commands (SET, PROMPT, ...) only mean something to SQL*Plus itself.
        if (!m_options.quiet)
            printLine(QStringLiteral("statement %1 (line %2): client command not sent: %3")
                          .arg(m_current + 1).arg(s.line).arg(s.text.section(QLatin1Char('\n'), 0, 0)));
    }
    m_resultOpen = false;
    m_session->execute(m_statements.at(m_current).text);
}

void CliRunner::onResultColumns(const ResultColumns &columns)
{
    m_writer->begin(columns);
    m_resultOpen = true;
}

void CliRunner::onRowsFetched(const RowBatchPtr &batch)
{
    if (m_out->failed())
        return;
    m_writer->writeBatch(batch);
    // Flushed per batch: the rows are out while the query runs, and the batch can be freed.
    if (!m_out->flush() && !m_stop) {
        // The reader went away (`| head`): stop the query instead of reading it to the end.
        m_stop = true;
        m_session->cancel();
    }
}

void CliRunner::onStatementFinished(const StatementOutcome &o)
{
    if (o.paused && !m_stop) {
        // Everything before the pause is written by now (signals arrive in order).
        m_session->fetchMore();
        return;
    }
    if (m_resultOpen) {
        m_writer->end(o.rowsFetched);
        m_resultOpen = false;
    }
    m_out->flush();
    if (o.ok && !o.paused) {
        reportStatus(o);
        runNext();
        return;
    }
    // Failed, cancelled, or left paused because we stopped (Ctrl-C or the output went away).
    m_anyFailed = true;
    if (m_out->failed()) {
        // Nobody reads the output any more (`| head`): nothing to say.
    } else if (o.cancelled || o.paused) {
        printLine(QStringLiteral("tessera-cli: statement %1 (line %2): cancelled")
                      .arg(m_current + 1).arg(m_statements.at(m_current).line));
    } else {
        reportError(m_current + 1, o.error);
    }
    if (m_options.stopOnError || o.cancelled || o.paused)
        m_stop = true;
    runNext();
}

void CliRunner::reportError(int number, const SqlErrorInfo &error)
{
    const SqlStatement &s = m_statements.at(m_current);
    const QStringList lines = ErrorReport::format(m_script, s, number, error);
    for (const QString &line : lines)
        printLine(line);
}

void CliRunner::reportStatus(const StatementOutcome &o)
{
    if (m_options.quiet || o.hasResultSet)
        return;
    const QString verb = leadingKeyword(o.sql);
    static const QStringList dml = {QStringLiteral("INSERT"), QStringLiteral("UPDATE"), QStringLiteral("DELETE"),
                                    QStringLiteral("MERGE"), QStringLiteral("COPY")};
    // Drivers report a count for DML only (SQLite repeats the last DML's count after DDL).
    if (dml.contains(verb) && o.rowsAffected >= 0)
        printLine(QStringLiteral("%1 %2").arg(verb).arg(o.rowsAffected));
    else
        printLine(verb.isEmpty() ? QStringLiteral("OK") : verb);
}

void CliRunner::finish(int exitCode)
{
    if (m_finishing)
        return;
    m_finishing = true;
    m_out->flush();
    if (!m_session) {
        QTimer::singleShot(0, this, [this, exitCode] { emit finished(exitCode); });
        return;
    }
    connect(m_session.get(), &Session::closed, this, [this, exitCode] { emit finished(exitCode); });
    m_session->close();
}

void CliRunner::interrupt()
{
    if (++m_interrupts > 1) {
        disconnectAndFinish();
        return;
    }
    m_stop = true;
    if (!m_session) {
        finish(CliExit::StatementFailed);   // still waiting for the keychain
        return;
    }
    if (m_session->isBusy()) {
        m_session->cancel();
        // A server (or a network) that stopped answering never acts on the cancel.
        QTimer::singleShot(kCancelPatienceMs, this, [this] {
            if (m_session && m_session->isBusy() && m_interrupts == 1)
                printLine(QStringLiteral("tessera-cli: the server has not answered the cancel; "
                                         "press Ctrl-C again to disconnect"));
        });
    }
}

void CliRunner::disconnectAndFinish()
{
    if (m_interrupts > 2)
        return;
    printLine(QStringLiteral("tessera-cli: interrupted twice: disconnected"));
    m_stop = true;
    if (!m_session) {
        finish(CliExit::StatementFailed);
        return;
    }
    // The running statement now fails as "connection lost" and the session closes, as after
    // any failure; finish() waits for that.
    m_session->forceDisconnect();
    finish(CliExit::StatementFailed);
    // Should it not close in time (nothing to shut yet: still connecting), leave anyway:
    // ~Session waits a bounded time and leaves a thread that will not stop to the process's end.
    QTimer::singleShot(Session::kCloseGraceMs, this, [this] {
        m_session.reset();
        emit finished(CliExit::StatementFailed);
    });
}
