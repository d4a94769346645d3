#pragma once
#include "dialect.h"
#include "resultwriter.h"

#include <QString>
#include <QStringList>

#include <optional>

// tessera-cli's command line, parsed and checked.
struct CliOptions
{
    QString profile;                 // --profile NAME
    QString conninfo;                // --conninfo STR
    QString user;                    // --user U
    QString file;                    // --file F ("-": standard input)
    QString command;                 // -c SQL
    bool hasCommand = false;
    ResultWriter::Format format = ResultWriter::Format::Table;
    bool stopOnError = true;         // --on-error stop|continue
    bool splitOnly = false;
    bool quiet = false;              // no per-statement status lines
    std::optional<Dialect> dialect;  // --dialect; unset: from the profile / conninfo / PostgreSQL

    enum class Parsed { Run, Exit };
    // Parses arguments (argv[0] included). On a usage error returns Exit with *exitCode = 2 and
    // the message printed; --help and --version return Exit with *exitCode = 0.
    static Parsed parse(const QStringList &arguments, CliOptions *out, int *exitCode);

    // Reads the script from --file (or stdin for "-") or -c.
    bool readScript(QString *script, QString *error) const;
};

// Exit statuses (documented in --help).
namespace CliExit {
constexpr int Ok = 0;
constexpr int StatementFailed = 1;
constexpr int Usage = 2;
constexpr int ConnectionFailed = 3;
}
