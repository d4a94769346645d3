// tessera-cli: runs SQL through the same core as the workbench. Usage: tessera-cli --help.
#include "clioptions.h"
#include "clirunner.h"
#include "commandlinesecrets.h"
#include "connection/coredumpguard.h"
#include "connectiontarget.h"
#include "interruptwatcher.h"
#include "outputstream.h"
#include "connection/sessionthreads.h"
#include "profiles/profilestore.h"
#include "sql/statementsplitter.h"

#include <QCoreApplication>

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace {
void fail(const QString &message)
{
    std::fprintf(stderr, "tessera-cli: %s\n", qUtf8Printable(message));
}

int printStatements(const QList<SqlStatement> &statements)
{
    OutputStream out(STDOUT_FILENO);
    for (int i = 0; i < statements.size(); ++i) {
        out.write(QByteArrayLiteral("-- statement ") + QByteArray::number(i + 1) + '\n');
        out.write(statements.at(i).text.toUtf8());
        out.write('\n');
    }
    return out.flush() ? CliExit::Ok : CliExit::StatementFailed;
}
} // namespace

int main(int argc, char *argv[])
{
    // Before anything holds a password: no core dump of this process (see coredumpguard.h).
    CoreDumpGuard::disableUnlessAllowed();
    QCoreApplication app(argc, argv);
    // The same names as the workbench: the same profiles.json and demo database.
    QCoreApplication::setApplicationName(QStringLiteral("tessera"));
    QCoreApplication::setOrganizationName(QStringLiteral("Tessera"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TESSERA_VERSION));
    // A closed pipe (`tessera-cli ... | head`) must be a failed write we can handle, not death.
    std::signal(SIGPIPE, SIG_IGN);

    CliOptions options;
    int exitCode = CliExit::Ok;
    if (CliOptions::parse(argc, argv, &options, &exitCode) == CliOptions::Parsed::Exit)
        return exitCode;
    // A password in --conninfo: out of ps's sight at once, and a word about it.
    const QStringList commandLineSecrets = CommandLineSecrets::inConninfo(options.conninfo);
    CommandLineSecrets::hide(argc, argv, commandLineSecrets);
    if (!commandLineSecrets.isEmpty())
        fail(CommandLineSecrets::warning());

    ConnectionTarget target;
    QString error;
    if (!options.profile.isEmpty()) {
        ProfileStore store;
        if (!store.load())
            fail(store.problem());
        if (!ConnectionTarget::fromProfile(store, options.profile, &target, &error)) {
            fail(error);
            return CliExit::Usage;
        }
        if (options.dialect && *options.dialect != target.profile.dialect) {
            fail(QStringLiteral("--dialect %1 does not match the profile's dialect %2")
                     .arg(Dialects::key(*options.dialect), Dialects::key(target.profile.dialect)));
            return CliExit::Usage;
        }
    } else if (!options.conninfo.isEmpty()) {
        if (!ConnectionTarget::fromConnectionString(options.conninfo, options.dialect, &target, &error)) {
            fail(error);
            return CliExit::Usage;
        }
    } else {
        target.profile.dialect = options.dialect.value_or(Dialect::PostgreSQL);
    }
    if (!options.user.isEmpty())
        target.credentials.user = options.user;

    QString script;
    if (!options.readScript(&script, &error)) {
        fail(error);
        return CliExit::Usage;
    }
    QString warning;
    const QList<SqlStatement> statements = StatementSplitter::split(target.profile.dialect, script, &warning);
    if (!warning.isEmpty())
        fail(QStringLiteral("warning: %1").arg(warning));
    if (options.splitOnly)
        return printStatements(statements);

    OutputStream out(STDOUT_FILENO);
    CliRunner runner(target, script, statements, options, &out);
    target.credentials.wipe();
    InterruptWatcher interrupts;
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &runner, &CliRunner::interrupt);
    QObject::connect(&runner, &CliRunner::finished, &app, [](int code) { QCoreApplication::exit(code); });
    runner.start();
    // The session is gone when exec() returns (closed, or left after Ctrl-C twice).
    return SessionThreads::exitCode(QCoreApplication::exec());
}
