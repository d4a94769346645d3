#pragma once
#include "connection/credentials.h"
#include "profiles/connectionprofile.h"

#include <QString>

// The PostgreSQL server the database tests run against: the one in TESSERA_TEST_PG (a libpq
// conninfo of a superuser) or the throwaway server started by the pg_server CTest fixture
// (tests/support/pg-test-server.sh), whose conninfo is in the file TESSERA_TEST_PG_FILE names.
//
// Fixture roles, created idempotently by prepare(): alice and bob (LOGIN, passwords below), a
// table public.notes (owner text, body text) with rows for each, readable by both; a table
// public.secrets under row-level security (each sees only rows whose owner is current_user,
// 5 each); a proxy role tessera_proxy that may SET ROLE alice; a schema alice_space.
namespace TestServer {

// The superuser conninfo, or empty when no server is configured.
QString adminConninfo();

// Connects as superuser and creates the fixture roles and data. On failure returns false with
// *error saying why. Tests call it from initTestCase through TESSERA_REQUIRE_SERVER().
bool prepare(QString *error);

// A PostgreSQL profile pointing at the test server (host/socket dir, port, database).
ConnectionProfile profile(const QString &name = QStringLiteral("test-pg"));
// Where the server listens on TCP (the fixture's server: 127.0.0.1), for a FaultProxy to forward to.
QString tcpHost();
quint16 tcpPort();
// profile(), connecting to 127.0.0.1:proxyPort instead: through a FaultProxy in front of the server.
ConnectionProfile profileVia(quint16 proxyPort, const QString &name = QStringLiteral("test-pg-proxy"));
Credentials alice();   // alice / alice-secret
Credentials bob();     // bob / bob-secret
Credentials proxy();   // tessera_proxy / proxy-secret: may SET ROLE alice (member, NOINHERIT)

// Runs one SQL statement as superuser (libpq, blocking: tests only) and returns the first
// column of the first row, or a string starting with "ERROR:" on failure.
QString adminQuery(const QString &sql);

// profile() sets application_name to this (unique per test process) through the profile's own
// options, so parallel tests count only their own backends.
QString applicationName();
// Number of this process's sessions' backends on the server.
int tesseraBackendCount();

// The throwaway server can be restarted (pg_ctl restart -m fast); a server given through
// TESSERA_TEST_PG cannot. restartServer waits until it accepts connections again.
bool canRestartServer();
bool restartServer(QString *error);

// True when CI=true is set: a database test that cannot reach its server must fail, not skip.
bool inCI();

} // namespace TestServer

// In initTestCase(): fail in CI, skip elsewhere, when the server cannot be reached.
#define TESSERA_REQUIRE_SERVER()                                                             \
    do {                                                                                     \
        QString tesseraServerError_;                                                          \
        if (!TestServer::prepare(&tesseraServerError_)) {                                     \
            if (TestServer::inCI())                                                           \
                QFAIL(qPrintable(QStringLiteral("PostgreSQL test server unreachable: ") + tesseraServerError_)); \
            QSKIP(qPrintable(QStringLiteral("no PostgreSQL test server: ") + tesseraServerError_)); \
        }                                                                                    \
    } while (false)
