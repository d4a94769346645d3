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
    QByteArray commandBytes;         // -c SQL as the shell passed it (before any decoding)
    bool hasCommand = false;
    QString encoding;                // --encoding NAME of the script; empty: UTF-8, strictly
    ResultWriter::Format format = ResultWriter::Format::Table;
    bool stopOnError = true;         // --on-error stop|continue
    bool splitOnly = false;
    bool quiet = false;              // no per-statement status lines
    std::optional<Dialect> dialect;  // --dialect; unset: from the profile / conninfo / PostgreSQL

    enum class Parsed { Run, Exit };
    // Parses arguments (argv[0] included). On a usage error returns Exit with *exitCode = 2 and
    // the message printed; --help and --version return Exit with *exitCode = 0.
    static Parsed parse(const QStringList &arguments, CliOptions *out, int *exitCode);
    // The same from main()'s arguments: -c's text is taken from argv's own bytes, since
    // QCoreApplication::arguments() has already turned invalid UTF-8 into U+FFFD.
    static Parsed parse(int argc, char **argv, CliOptions *out, int *exitCode);

    // Reads the script from --file (or stdin for "-") or -c, decoded from --encoding or else
    // strict UTF-8: text that is not valid in it is refused with where it is.
    bool readScript(QString *script, QString *error) const;
};

// Exit statuses (documented in --help).
namespace CliExit {
constexpr int Ok = 0;
constexpr int StatementFailed = 1;
constexpr int Usage = 2;
constexpr int ConnectionFailed = 3;
}
