#pragma once
#include "connection/credentials.h"
#include "connection/statementoutcome.h"
#include "profiles/connectionprofile.h"

#include <QStringList>

class QSqlDatabase;

// Everything needed to open one session, worked out from a profile and a person's credentials
// without touching the network, so that every dialect's rules (Oracle included) are testable
// without a server. The worker applies it on every connect and reconnect.
struct ConnectPlan
{
    QString driver;            // Qt driver name
    QString hostName;
    int port = -1;
    QString databaseName;
    QString userName;          // as given to the driver (Oracle proxy: "proxy[target]")
    QString password;
    QString connectOptions;    // Qt connect options, "key=value;key=value"
    QStringList afterConnect;  // run in order right after connecting (role, schema, init SQL)
    QString error;             // non-empty: the profile cannot be used as it is

    bool isValid() const { return error.isEmpty(); }
    // Overwrites this copy's characters (when it is the last one; see Credentials::wipe).
    void wipePassword()
    {
        password.fill(QChar(u'\0'));
        password.clear();
    }
};

namespace ConnectionSetup {

ConnectPlan plan(const ConnectionProfile &profile, const Credentials &credentials);

// PostgreSQL: a URI or conninfo string parsed into libpq keywords (empty values dropped).
// Returns false with *error when libpq cannot parse it (secrets masked: see Conninfo::parse).
bool parsePostgresConnectionString(const QString &text, QList<QPair<QString, QString>> *keywords, QString *error);

// A value quoted for a libpq conninfo string: 'it\'s'.
QString quoteConninfoValue(const QString &value);

// An SQL identifier quoted for the dialect when it needs quoting.
QString quoteIdentifier(Dialect dialect, const QString &identifier);

// Undoes what the Qt driver changed behind the user's back when it connected (QPSQL sets
// TimeZone UTC, DateStyle ISO and bytea_output escape): the person sees their own server's and
// role's settings, as in psql. Returns false with *error when the server refused.
bool applySessionDefaults(QSqlDatabase &db, Dialect dialect, QString *error);

// Asks the server who this session is. Returns false with *error when it could not.
bool queryIdentity(QSqlDatabase &db, Dialect dialect, SessionIdentity *identity, QString *error);

// The SQL that asks; kept apart so the Oracle text is testable without a server.
QString identitySql(Dialect dialect);

// True for statements after which the session's identity may have changed
// (SET ROLE, SET search_path, RESET …, ALTER SESSION …, and CREATE TEMP TABLE, after which it
// has a temporary schema).
bool changesIdentity(const QString &statement);

}
