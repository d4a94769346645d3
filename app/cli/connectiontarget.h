#pragma once
#include "connection/credentials.h"
#include "profiles/connectionprofile.h"

#include <optional>

class ProfileStore;

// Where tessera-cli connects and as whom: a saved profile (--profile) or a connection string
// given on the command line (--conninfo), turned into the same ConnectionProfile and
// Credentials the GUI's login dialog produces.
struct ConnectionTarget
{
    ConnectionProfile profile;
    Credentials credentials;

    // --conninfo: a libpq conninfo ("host=h user=u dbname=d") or URI ("postgresql://u@h/d");
    // for SQLite a file path or "sqlite:/path". The dialect is the given one, else SQLite for
    // "sqlite:" and for a path to an existing file that is not a conninfo, else PostgreSQL.
    // A password in the string goes to the credentials, never into the profile.
    static bool fromConnectionString(const QString &text, std::optional<Dialect> dialect,
                                     ConnectionTarget *out, QString *error);
    // --profile: matched by name, then by id.
    static bool fromProfile(const ProfileStore &store, const QString &nameOrId,
                            ConnectionTarget *out, QString *error);

    // The user name to show when asking for a password: the one we pass, else libpq's default.
    QString effectiveUser() const;
};
