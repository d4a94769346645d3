#pragma once
#include "connection/credentials.h"
#include "profiles/connectionprofile.h"

#include <QString>

// The PostgreSQL server the database tests run against: the one in TESSERA_TEST_PG (a libpq
// conninfo of a superuser) or the throwaway server started by the pg_server CTest fixture
// (tests/support/pg-test-server.sh), whose conninfo is in the file TESSERA_TEST_PG_FILE names.
//
// Fixture roles, created idempotently by prepare(): alice and bob (LOGIN, passwords below), a
// table public.notes (owner text, body text) with rows for each, readable by both.
namespace TestServer {

// The superuser conninfo, or empty when no server is configured.
QString adminConninfo();

// Connects as superuser and creates the fixture roles and data. On failure returns false with
// *error saying why. Tests call it from initTestCase through TESSERA_REQUIRE_SERVER().
bool prepare(QString *error);

// A PostgreSQL profile pointing at the test server (host/socket dir, port, database).
ConnectionProfile profile(const QString &name = QStringLiteral("test-pg"));
Credentials alice();   // alice / alice-secret
Credentials bob();     // bob / bob-secret

// Runs one SQL statement as superuser (libpq, blocking: tests only) and returns the first
// column of the first row, or a string starting with "ERROR:" on failure.
QString adminQuery(const QString &sql);

// Number of backends with application_name 'Tessera' (what our sessions set).
int tesseraBackendCount();

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
