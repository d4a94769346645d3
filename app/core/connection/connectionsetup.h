#pragma once
#include "connection/credentials.h"
#include "connection/statementoutcome.h"
#include "profiles/connectionprofile.h"

class QSqlDatabase;

// How a profile and a person's credentials become an open QSqlDatabase, and what the server
// says about who that connection is. Used by the session worker, in its own thread only.
namespace ConnectionSetup {

// Connect options every session gets unless the profile overrides them: the server sees the
// program's name, a dead peer is noticed (keepalives), and a silent host fails in time.
QString postgresConnectOptions(const ConnectionProfile &profile);

// Fills host, port, database, user, password and options for the profile's driver.
void configure(QSqlDatabase &db, const ConnectionProfile &profile, const Credentials &credentials);

// Undoes what the Qt driver changed behind the user's back when it connected (QPSQL sets
// TimeZone UTC, DateStyle ISO and bytea_output escape): the person sees their own server's and
// role's settings, as in psql. Returns false with *error when the server refused.
bool applySessionDefaults(QSqlDatabase &db, Dialect dialect, QString *error);

// Asks the server who this session is. Returns false with *error when it could not.
bool queryIdentity(QSqlDatabase &db, Dialect dialect, SessionIdentity *identity, QString *error);

// The SQL that asks; kept apart so the Oracle text is testable without a server.
QString identitySql(Dialect dialect);

}
