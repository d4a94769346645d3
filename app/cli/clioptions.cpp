#include "clioptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace {
void printError(const QString &message)
{
    std::fprintf(stderr, "tessera-cli: %s\nTry 'tessera-cli --help' for more information.\n", qUtf8Printable(message));
}

const char *const kDescription =
    "Runs SQL through Tessera's core (the same sessions, splitter and result streaming as the\n"
    "workbench) and writes the results to standard output.\n"
    "\n"
    "The password comes from libpq's usual sources (PGPASSWORD, ~/.pgpass, the service file)\n"
    "or the connection string; when the server asks for one and standard input is a terminal,\n"
    "tessera-cli prompts for it once.\n"
    "\n"
    "Statements run one at a time, each in its own transaction unless the script opens one.\n"
    "Results go to standard output as they arrive. Status lines (\"INSERT 3\", \"CREATE\") and\n"
    "errors go to standard error, so standard output holds only results.\n"
    "\n"
    "Formats: table: psql-like, NULL empty, column widths from the first 1000 rows;\n"
    "csv: RFC 4180 quoting, a header row, LF line ends, NULL empty, empty string \"\";\n"
    "json: one array of objects per result set, one row per line, NULL null, numbers and\n"
    "booleans typed.\n"
    "\n"
    "Exit status: 0 every statement succeeded, 1 a statement failed or was cancelled,\n"
    "2 usage error (bad option, unreadable file, unknown profile), 3 connection failed.";
} // namespace

CliOptions::Parsed CliOptions::parse(const QStringList &arguments, CliOptions *out, int *exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QString::fromUtf8(kDescription));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption profile(QStringLiteral("profile"),
        QStringLiteral("Connect with the saved connection profile <name>."), QStringLiteral("name"));
    const QCommandLineOption conninfo(QStringLiteral("conninfo"),
        QStringLiteral("Connect with a libpq conninfo or postgresql:// URI; for SQLite a file path or sqlite:/path."),
        QStringLiteral("string"));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("Log in as <user>."), QStringLiteral("user"));
    const QCommandLineOption file(QStringLiteral("file"), QStringLiteral("Run the SQL script <file> (\"-\": standard input)."),
                                  QStringLiteral("file"));
    const QCommandLineOption command(QStringLiteral("c"), QStringLiteral("Run <sql> (one or more statements)."),
                                     QStringLiteral("sql"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("Output format: table, csv or json."),
                                    QStringLiteral("format"), QStringLiteral("table"));
    const QCommandLineOption onError(QStringLiteral("on-error"),
        QStringLiteral("After a failed statement: stop, or continue with the next one."),
        QStringLiteral("stop|continue"), QStringLiteral("stop"));
    const QCommandLineOption splitOnly(QStringLiteral("split-only"),
        QStringLiteral("Print the statements the splitter finds, without connecting."));
    const QCommandLineOption dialect(QStringLiteral("dialect"),
        QStringLiteral("SQL dialect: postgresql, oracle or sqlite (default: the profile's, else postgresql)."),
        QStringLiteral("dialect"));
    const QCommandLineOption quiet(QStringList{QStringLiteral("q"), QStringLiteral("quiet")},
        QStringLiteral("Do not print a status line per statement."));
    parser.addOptions({profile, conninfo, user, file, command, format, onError, splitOnly, dialect, quiet});

    *exitCode = CliExit::Usage;
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return Parsed::Exit;
    }
    if (parser.isSet(helpOption)) {
        std::fputs(qUtf8Printable(parser.helpText()), stdout);
        *exitCode = CliExit::Ok;
        return Parsed::Exit;
    }
    if (parser.isSet(versionOption)) {
        std::printf("tessera-cli %s\n", qUtf8Printable(QCoreApplication::applicationVersion()));
        *exitCode = CliExit::Ok;
        return Parsed::Exit;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printError(QStringLiteral("unexpected argument: %1").arg(parser.positionalArguments().first()));
        return Parsed::Exit;
    }

    CliOptions o;
    o.profile = parser.value(profile);
    o.conninfo = parser.value(conninfo);
    o.user = parser.value(user);
    o.file = parser.value(file);
    o.hasCommand = parser.isSet(command);
    o.command = parser.value(command);
    o.splitOnly = parser.isSet(splitOnly);
    o.quiet = parser.isSet(quiet);
    if (!ResultWriter::formatFromName(parser.value(format), &o.format)) {
        printError(QStringLiteral("unknown format \"%1\" (table, csv or json)").arg(parser.value(format)));
        return Parsed::Exit;
    }
    const QString onErrorValue = parser.value(onError);
    if (onErrorValue != QLatin1String("stop") && onErrorValue != QLatin1String("continue")) {
        printError(QStringLiteral("--on-error takes stop or continue, not \"%1\"").arg(onErrorValue));
        return Parsed::Exit;
    }
    o.stopOnError = onErrorValue == QLatin1String("stop");
    if (parser.isSet(dialect)) {
        Dialect d;
        if (!Dialects::fromKey(parser.value(dialect), &d)) {
            printError(QStringLiteral("unknown dialect \"%1\" (postgresql, oracle or sqlite)").arg(parser.value(dialect)));
            return Parsed::Exit;
        }
        o.dialect = d;
    }
    if (parser.isSet(profile) && parser.isSet(conninfo)) {
        printError(QStringLiteral("give either --profile or --conninfo, not both"));
        return Parsed::Exit;
    }
    if (!o.splitOnly && !parser.isSet(profile) && !parser.isSet(conninfo)) {
        printError(QStringLiteral("say where to connect: --profile NAME or --conninfo STRING"));
        return Parsed::Exit;
    }
    if (parser.isSet(file) == o.hasCommand) {
        printError(QStringLiteral("give exactly one of --file and -c"));
        return Parsed::Exit;
    }
    *out = o;
    *exitCode = CliExit::Ok;
    return Parsed::Run;
}

bool CliOptions::readScript(QString *script, QString *error) const
{
    if (hasCommand) {
        *script = command;
        return true;
    }
    QFile f;
    const bool ok = file == QLatin1String("-") ? f.open(stdin, QIODevice::ReadOnly)
                                               : (f.setFileName(file), f.open(QIODevice::ReadOnly));
    if (!ok) {
        *error = QStringLiteral("cannot read %1: %2").arg(file, f.errorString());
        return false;
    }
    *script = QString::fromUtf8(f.readAll());
    return true;
}
