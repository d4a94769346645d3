#include "clioptions.h"

#include "sql/scriptdecoder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace {
void printError(const QString &message)
{
    std::fprintf(stderr, "tessera-cli: %s\nTry 'tessera-cli --help' for more information.\n", qUtf8Printable(message));
}

// -c's value as argv holds it. QCommandLineParser takes "-c SQL", "-c=SQL", "--c SQL",
// "--c=SQL" and "-cSQL"; the last occurrence wins, as in the parser. The bytes are used only
// when they decode (leniently) to the text the parser saw, so nothing else is ever run.
QByteArray rawCommandArgument(int argc, char **argv, const QString &parsed)
{
    QByteArray found;
    bool valueNext = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (valueNext) {
            found = arg;
            valueNext = false;
            continue;
        }
        if (arg == "--")
            break;
        if (arg == "-c" || arg == "--c") {
            valueNext = true;
            continue;
        }
        if (arg.startsWith("--c="))
            found = arg.mid(4);
        else if (arg.startsWith("-c="))
            found = arg.mid(3);
        else if (arg.startsWith("-c"))
            found = arg.mid(2);
    }
    return QString::fromLocal8Bit(found) == parsed ? found : parsed.toUtf8();
}

const char *const kDescription =
    "Runs SQL through Tessera's core (the same sessions, splitter and result streaming as the\n"
    "workbench) and writes the results to standard output.\n"
    "\n"
    "The password comes from PGPASSWORD; else, with --profile, from the keychain, where the\n"
    "workbench saves it when \"Remember password\" is ticked at login; else from libpq's\n"
    "sources (~/.pgpass, the service file); when the server asks for one and standard input is\n"
    "a terminal, tessera-cli prompts for it once. A password in --conninfo works but is visible\n"
    "to other users (ps) until tessera-cli hides it: it warns. No message repeats a password.\n"
    "Core dumps are off (they would hold passwords); TESSERA_ALLOW_CORE_DUMPS=1 allows them.\n"
    "\n"
    "Statements run one at a time, each in its own transaction unless the script opens one.\n"
    "Results go to standard output as they arrive. Status lines (\"INSERT 3\", \"CREATE\") and\n"
    "errors go to standard error, so standard output holds only results.\n"
    "\n"
    "The script (--file, standard input or -c) must be UTF-8 unless --encoding names its\n"
    "encoding (a PostgreSQL name such as LATIN1 or WIN1252, or an ICU name such as\n"
    "windows-1252): anything else is refused, with the byte (counted from 1) and line where\n"
    "it stops being valid, before anything is sent.\n"
    "\n"
    "Formats: table: psql-like, NULL empty, column widths from the first 1000 rows;\n"
    "csv: RFC 4180 quoting, a header row, LF line ends, NULL empty, empty string \"\";\n"
    "a field starting with # is quoted; each result set after the first begins with an\n"
    "empty line and the line \"# result set N\";\n"
    "json: one array of objects per result set, one row per line, NULL null, numbers and\n"
    "booleans typed; output is always valid UTF-8: a byte of a value that is not (from a\n"
    "SQL_ASCII database) is written as the escape \\udcXX, XX its hex value (Python's\n"
    "surrogateescape).\n"
    "\n"
    "Exit status: 0 every statement succeeded, 1 a statement failed or was cancelled,\n"
    "2 usage error (bad option, unreadable file, a script not valid in its encoding,\n"
    "unknown profile), 3 connection failed.";
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
    const QCommandLineOption encoding(QStringLiteral("encoding"),
        QStringLiteral("The script's encoding, e.g. latin1 or windows-1252 (default: UTF-8, checked)."),
        QStringLiteral("name"));
    parser.addOptions({profile, conninfo, user, file, command, format, onError, splitOnly, dialect, quiet, encoding});

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
    o.commandBytes = o.command.toUtf8();
    if (parser.isSet(encoding)) {
        o.encoding = ScriptDecoder::canonicalEncoding(parser.value(encoding));
        if (o.encoding.isEmpty()) {
            printError(QStringLiteral("unknown encoding \"%1\" (e.g. latin1, windows-1252, UTF-8)").arg(parser.value(encoding)));
            return Parsed::Exit;
        }
    }
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

CliOptions::Parsed CliOptions::parse(int argc, char **argv, CliOptions *out, int *exitCode)
{
    const Parsed parsed = parse(QCoreApplication::arguments(), out, exitCode);
    if (parsed == Parsed::Run && out->hasCommand)
        out->commandBytes = rawCommandArgument(argc, argv, out->command);
    return parsed;
}

bool CliOptions::readScript(QString *script, QString *error) const
{
    QByteArray bytes;
    QString source;
    if (hasCommand) {
        bytes = commandBytes;
        source = QStringLiteral("-c");
    } else {
        QFile f;
        const bool isStdin = file == QLatin1String("-");
        const bool ok = isStdin ? f.open(stdin, QIODevice::ReadOnly) : (f.setFileName(file), f.open(QIODevice::ReadOnly));
        if (!ok) {
            *error = QStringLiteral("cannot read %1: %2").arg(file, f.errorString());
            return false;
        }
        bytes = f.readAll();
        source = isStdin ? QStringLiteral("standard input") : file;
    }
    const ScriptDecoder::Result decoded = ScriptDecoder::decode(bytes, encoding);
    if (!decoded.ok()) {
        *error = QStringLiteral("%1: %2").arg(source, ScriptDecoder::describe(decoded));
        if (decoded.problem == ScriptDecoder::Problem::InvalidUtf8)
            *error += QStringLiteral("; give its encoding with --encoding NAME (e.g. --encoding latin1)");
        return false;
    }
    *script = decoded.text;
    return true;
}
