#include "testserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <unistd.h>
#include <QHash>
#include <QMutex>

#include <libpq-fe.h>

namespace TestServer {
namespace {

QHash<QString, QString> parseConninfo(const QString &conninfo)
{
    QHash<QString, QString> fields;
    char *err = nullptr;
    PQconninfoOption *options = PQconninfoParse(conninfo.toUtf8().constData(), &err);
    if (!options) {
        PQfreemem(err);
        return fields;
    }
    for (PQconninfoOption *o = options; o->keyword; ++o) {
        if (o->val)
            fields.insert(QString::fromUtf8(o->keyword), QString::fromUtf8(o->val));
    }
    PQconninfoFree(options);
    return fields;
}

// The fixture: two people, each with a password, and a table they both may read.
// One multi-statement query is one transaction: the advisory lock makes test processes that
// start at the same moment (ctest -j) take turns instead of racing to create the same roles.
const char *const fixtureSql = R"SQL(
SELECT pg_advisory_xact_lock(7274377);
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'alice') THEN
    CREATE ROLE alice LOGIN PASSWORD 'alice-secret';
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'bob') THEN
    CREATE ROLE bob LOGIN PASSWORD 'bob-secret';
  END IF;
END $$;
ALTER ROLE alice PASSWORD 'alice-secret';
ALTER ROLE bob PASSWORD 'bob-secret';
CREATE TABLE IF NOT EXISTS public.notes (id serial PRIMARY KEY, owner text NOT NULL, body text);
GRANT SELECT ON public.notes TO alice, bob;
GRANT USAGE, CREATE ON SCHEMA public TO alice, bob;
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'tessera_proxy') THEN
    CREATE ROLE tessera_proxy LOGIN PASSWORD 'proxy-secret' NOINHERIT;
  END IF;
END $$;
ALTER ROLE tessera_proxy PASSWORD 'proxy-secret';
GRANT alice TO tessera_proxy;
CREATE TABLE IF NOT EXISTS public.secrets (id serial PRIMARY KEY, owner name NOT NULL, secret text NOT NULL);
ALTER TABLE public.secrets ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS own_rows ON public.secrets;
CREATE POLICY own_rows ON public.secrets USING (owner = current_user);
GRANT SELECT ON public.secrets TO alice, bob;
INSERT INTO public.secrets (owner, secret)
  SELECT o, o || '-secret-' || g FROM (VALUES ('alice'), ('bob')) v(o), generate_series(1, 5) g
  WHERE NOT EXISTS (SELECT FROM public.secrets);
CREATE SCHEMA IF NOT EXISTS alice_space AUTHORIZATION alice;
INSERT INTO public.notes (owner, body)
  SELECT o, o || '''s note ' || g FROM (VALUES ('alice'), ('bob')) v(o), generate_series(1, 3) g
  WHERE NOT EXISTS (SELECT FROM public.notes);
)SQL";

QMutex prepareMutex;
bool prepared = false;

} // namespace

bool inCI()
{
    const QByteArray ci = qgetenv("CI");
    return !ci.isEmpty() && ci != "0" && ci.toLower() != "false";
}

QString adminConninfo()
{
    const QString fromEnv = qEnvironmentVariable("TESSERA_TEST_PG");
    if (!fromEnv.isEmpty())
        return fromEnv;
    QFile file(qEnvironmentVariable("TESSERA_TEST_PG_FILE"));
    if (file.fileName().isEmpty() || !file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

QString adminQuery(const QString &sql)
{
    PGconn *conn = PQconnectdb(adminConninfo().toUtf8().constData());
    QString answer;
    if (PQstatus(conn) != CONNECTION_OK) {
        answer = QStringLiteral("ERROR: ") + QString::fromUtf8(PQerrorMessage(conn)).trimmed();
    } else {
        PGresult *res = PQexec(conn, sql.toUtf8().constData());
        const ExecStatusType status = PQresultStatus(res);
        if (status == PGRES_TUPLES_OK && PQntuples(res) > 0 && PQnfields(res) > 0)
            answer = QString::fromUtf8(PQgetvalue(res, 0, 0));
        else if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK)
            answer = QStringLiteral("ERROR: ") + QString::fromUtf8(PQresultErrorMessage(res)).trimmed();
        PQclear(res);
    }
    PQfinish(conn);
    return answer;
}

bool prepare(QString *error)
{
    QMutexLocker lock(&prepareMutex);
    if (prepared)
        return true;
    if (adminConninfo().isEmpty()) {
        *error = QStringLiteral("neither TESSERA_TEST_PG nor the pg_server fixture's conninfo file "
                                "(TESSERA_TEST_PG_FILE) is set; run the tests through ctest");
        return false;
    }
    const QString answer = adminQuery(QString::fromUtf8(fixtureSql));
    if (answer.startsWith(QStringLiteral("ERROR:"))) {
        *error = answer;
        return false;
    }
    prepared = true;
    return true;
}

ConnectionProfile profile(const QString &name)
{
    const QHash<QString, QString> fields = parseConninfo(adminConninfo());
    ConnectionProfile p;
    p.id = QStringLiteral("test-") + name;
    p.name = name;
    p.dialect = Dialect::PostgreSQL;
    p.host = fields.value(QStringLiteral("host"), fields.value(QStringLiteral("hostaddr")));
    p.port = fields.value(QStringLiteral("port"), QStringLiteral("5432")).toInt();
    p.database = fields.value(QStringLiteral("dbname"), QStringLiteral("postgres"));
    p.defaultUser = QStringLiteral("alice");
    // Tests run in parallel against one server: each process counts only its own sessions.
    p.options = QStringLiteral("application_name=") + applicationName();
    return p;
}

QString tcpHost()
{
    const QString host = profile().host;
    // A socket directory (the fixture's): the same server also listens on 127.0.0.1.
    return host.isEmpty() || host.startsWith(u'/') ? QStringLiteral("127.0.0.1") : host;
}

quint16 tcpPort()
{
    return quint16(profile().port);
}

ConnectionProfile profileVia(quint16 proxyPort, const QString &name)
{
    ConnectionProfile p = profile(name);
    p.host = QStringLiteral("127.0.0.1");
    p.port = proxyPort;
    return p;
}

Credentials alice() { return {QStringLiteral("alice"), QStringLiteral("alice-secret")}; }
Credentials bob() { return {QStringLiteral("bob"), QStringLiteral("bob-secret")}; }
Credentials proxy() { return {QStringLiteral("tessera_proxy"), QStringLiteral("proxy-secret")}; }

QString applicationName()
{
    return QStringLiteral("Tessera-test-%1").arg(QCoreApplication::applicationPid());
}

int tesseraBackendCount()
{
    return adminQuery(QStringLiteral("select count(*) from pg_stat_activity where application_name = '%1'")
                          .arg(applicationName())).toInt();
}

namespace {
QString throwawayServerDir()
{
    if (!qEnvironmentVariable("TESSERA_TEST_PG").isEmpty())
        return {};
    const QString stateDir = QFileInfo(qEnvironmentVariable("TESSERA_TEST_PG_FILE")).absolutePath();
    QFile file(stateDir + QStringLiteral("/pg-datadir.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

QString pgCtl()
{
    QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
    return versions.isEmpty() ? QString() : QStringLiteral("/usr/lib/postgresql/%1/bin/pg_ctl").arg(versions.last());
}
} // namespace

bool canRestartServer()
{
    return !throwawayServerDir().isEmpty() && !pgCtl().isEmpty();
}

bool restartServer(QString *error)
{
    const QString dir = throwawayServerDir();
    QStringList command = {pgCtl(), QStringLiteral("-D"), dir + QStringLiteral("/data"), QStringLiteral("-m"),
                           QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                           QStringLiteral("-l"), dir + QStringLiteral("/server.log"), QStringLiteral("restart")};
    // The server runs as the postgres OS user when the tests run as root (see pg-test-server.sh).
    if (geteuid() == 0)
        command = QStringList{QStringLiteral("runuser"), QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--")} + command;
    QProcess process;
    process.start(command.takeFirst(), command);
    if (!process.waitForFinished(90000) || process.exitCode() != 0) {
        *error = QString::fromUtf8(process.readAllStandardError() + process.readAllStandardOutput());
        return false;
    }
    return true;
}

} // namespace TestServer
