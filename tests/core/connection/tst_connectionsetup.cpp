// How profiles and credentials become connections, for every dialect, without a server:
// PostgreSQL URIs, conninfo and services, Oracle EZConnect, TNS and proxy users, session setup.
#include "connection/connectionsetup.h"
#include "connection/sqlerrors.h"

#include <QTest>

namespace {
ConnectionProfile pg()
{
    ConnectionProfile p;
    p.name = QStringLiteral("pg");
    p.dialect = Dialect::PostgreSQL;
    p.host = QStringLiteral("db.example");
    p.database = QStringLiteral("sales");
    return p;
}

ConnectionProfile oracle()
{
    ConnectionProfile p;
    p.name = QStringLiteral("ora");
    p.dialect = Dialect::Oracle;
    p.host = QStringLiteral("ora.example");
    p.database = QStringLiteral("ORCLPDB1");
    return p;
}

const Credentials alice{QStringLiteral("alice"), QStringLiteral("s3cret")};
} // namespace

class TestConnectionSetup : public QObject
{
    Q_OBJECT
private slots:
    void postgresFieldsGiveDriverParametersAndSafeDefaults()
    {
        const ConnectPlan plan = ConnectionSetup::plan(pg(), alice);
        QVERIFY(plan.isValid());
        QCOMPARE(plan.driver, QStringLiteral("QPSQL"));
        QCOMPARE(plan.hostName, QStringLiteral("db.example"));
        QCOMPARE(plan.port, 5432);
        QCOMPARE(plan.databaseName, QStringLiteral("sales"));
        QCOMPARE(plan.userName, QStringLiteral("alice"));
        QCOMPARE(plan.password, QStringLiteral("s3cret"));
        const QStringList options = plan.connectOptions.split(QLatin1Char(';'));
        QVERIFY(options.contains(QStringLiteral("connect_timeout=10")));
        QVERIFY(options.contains(QStringLiteral("application_name=Tessera")));
        QVERIFY(options.contains(QStringLiteral("keepalives=1")));
        QVERIFY(plan.afterConnect.isEmpty());
    }

    void postgresUriReplacesTheFieldsButNeverItsPassword()
    {
        ConnectionProfile p = pg();
        p.connectionString = QStringLiteral("postgresql://bob:hunter2@uri.example:6543/books?sslmode=require");
        ConnectPlan plan = ConnectionSetup::plan(p, alice);
        QVERIFY2(plan.isValid(), qPrintable(plan.error));
        QCOMPARE(plan.hostName, QStringLiteral("uri.example"));
        QCOMPARE(plan.port, 6543);
        QCOMPARE(plan.databaseName, QStringLiteral("books"));
        QCOMPARE(plan.userName, QStringLiteral("alice"));     // who logged in, not the URI's user
        QCOMPARE(plan.password, QStringLiteral("s3cret"));
        QVERIFY(!plan.connectOptions.contains(QStringLiteral("hunter2")));
        QVERIFY(plan.connectOptions.contains(QStringLiteral("sslmode='require'")));
        // Without a typed user the URI's user is used; the password stays empty for .pgpass.
        plan = ConnectionSetup::plan(p, {});
        QCOMPARE(plan.userName, QStringLiteral("bob"));
        QCOMPARE(plan.password, QString());
        // And the profile file never keeps it.
        QCOMPARE(ConnectionProfile::connectionStringWithoutSecrets(p.connectionString),
                 QStringLiteral("postgresql://bob@uri.example:6543/books?sslmode=require"));
        QCOMPARE(ConnectionProfile::connectionStringWithoutSecrets(QStringLiteral("host=h password='a b\\'c' dbname=d")),
                 QStringLiteral("host=h dbname=d"));
    }

    void postgresServiceNameIsPassedToLibpq()
    {
        ConnectionProfile p = pg();
        p.connectionString = QStringLiteral("service=prod");
        const ConnectPlan plan = ConnectionSetup::plan(p, alice);
        QVERIFY(plan.isValid());
        QVERIFY(plan.hostName.isEmpty());
        QVERIFY(plan.connectOptions.contains(QStringLiteral("service='prod'")));
    }

    void unreadableConnectionStringIsAClearError()
    {
        ConnectionProfile p = pg();
        p.connectionString = QStringLiteral("host='unterminated");
        const ConnectPlan plan = ConnectionSetup::plan(p, alice);
        QVERIFY(!plan.isValid());
        QVERIFY2(plan.error.contains(QStringLiteral("connection string")), qPrintable(plan.error));
    }

    void aProfilesOptionsNeverGiveAPassword()
    {
        // QPSQL would hand "password=…" from the options to libpq, which would log in with it.
        ConnectionProfile p = pg();
        p.options = QStringLiteral("sslmode=disable password=0pt10nPw;connect_timeout=4\tsslpassword=k3y");
        p.connectionString = QStringLiteral("host=db sslpassword=Str1ngKey dbname=sales");
        const ConnectPlan plan = ConnectionSetup::plan(p, {});
        QVERIFY2(plan.isValid(), qPrintable(plan.error));
        QVERIFY(plan.password.isEmpty());
        QVERIFY2(!plan.connectOptions.contains(QLatin1String("0pt10nPw")), qPrintable(plan.connectOptions));
        QVERIFY2(!plan.connectOptions.contains(QLatin1String("k3y")), qPrintable(plan.connectOptions));
        QVERIFY2(!plan.connectOptions.contains(QLatin1String("Str1ngKey")), qPrintable(plan.connectOptions));
        QVERIFY(plan.connectOptions.split(QLatin1Char(';')).contains(QStringLiteral("sslmode=disable")));
        QVERIFY(plan.connectOptions.split(QLatin1Char(';')).contains(QStringLiteral("connect_timeout=4")));
    }

    void unreadableUriMessageMasksItsPassword()
    {
        // libpq quotes a URI it cannot read whole, password included.
        for (const QString &uri : {QStringLiteral("postgresql://carol:Hunter2Pw@[::1/sales"),
                                   QStringLiteral("postgresql://carol:Hunter2Pw%zz@db/sales")}) {
            ConnectionProfile p = pg();
            p.connectionString = uri;
            const ConnectPlan plan = ConnectionSetup::plan(p, alice);
            QVERIFY(!plan.isValid());
            QVERIFY2(!plan.error.contains(QLatin1String("Hunter2Pw")), qPrintable(plan.error));
            QVERIFY2(plan.error.contains(QLatin1String("****")), qPrintable(plan.error));
        }
    }

    void postgresSessionSetupGoesIntoConnectOptions()
    {
        ConnectionProfile p = pg();
        p.defaultSchema = QStringLiteral("Sales Data");
        p.readOnly = true;
        p.connectTimeoutSec = 3;
        p.keepalives = false;
        p.initSql = QStringLiteral("set statement_timeout = '5s'; set work_mem = '64MB';");
        const ConnectPlan plan = ConnectionSetup::plan(p, alice);
        QVERIFY(plan.connectOptions.contains(
            QStringLiteral("options='-c search_path=Sales\\\\ Data -c default_transaction_read_only=on'")));
        QVERIFY(plan.connectOptions.contains(QStringLiteral("connect_timeout=3")));
        QVERIFY(plan.connectOptions.contains(QStringLiteral("keepalives=0")));
        QCOMPARE(plan.afterConnect, (QStringList{QStringLiteral("set statement_timeout = '5s'"),
                                                 QStringLiteral("set work_mem = '64MB'")}));
    }

    void postgresProxyLoginSetsTheTargetRole()
    {
        ConnectionProfile p = pg();
        p.authMode = AuthMode::Proxy;
        p.proxyTarget = QStringLiteral("alice");
        QCOMPARE(ConnectionSetup::plan(p, {QStringLiteral("proxy"), QStringLiteral("pw")}).afterConnect,
                 QStringList{QStringLiteral("SET ROLE alice")});
        p.proxyTarget = QStringLiteral("Mixed \"Case\"");
        QCOMPARE(ConnectionSetup::plan(p, alice).afterConnect.first(), QStringLiteral("SET ROLE \"Mixed \"\"Case\"\"\""));
        p.proxyTarget.clear();
        QVERIFY(!ConnectionSetup::plan(p, alice).isValid());
    }

    void oracleEzConnectAndTnsAlias()
    {
        ConnectionProfile p = oracle();
        ConnectPlan plan = ConnectionSetup::plan(p, alice);
        QCOMPARE(plan.driver, QStringLiteral("QOCI"));
        QCOMPARE(plan.databaseName, QStringLiteral("ora.example:1521/ORCLPDB1"));
        QCOMPARE(plan.userName, QStringLiteral("alice"));
        p.connectionString = QStringLiteral("PROD_TNS");
        plan = ConnectionSetup::plan(p, alice);
        QCOMPARE(plan.databaseName, QStringLiteral("PROD_TNS"));
    }

    void oracleProxyUserAndExternalCredentials()
    {
        ConnectionProfile p = oracle();
        p.authMode = AuthMode::Proxy;
        p.proxyTarget = QStringLiteral("HR_APP");
        ConnectPlan plan = ConnectionSetup::plan(p, {QStringLiteral("app_proxy"), QStringLiteral("pw")});
        QCOMPARE(plan.userName, QStringLiteral("app_proxy[HR_APP]"));
        QCOMPARE(plan.password, QStringLiteral("pw"));
        p.authMode = AuthMode::External;
        plan = ConnectionSetup::plan(p, {QStringLiteral("ignored"), QStringLiteral("ignored")});
        QVERIFY(plan.userName.isEmpty());
        QVERIFY(plan.password.isEmpty());
    }

    void oracleDefaultSchemaIsAnAlterSession()
    {
        ConnectionProfile p = oracle();
        p.defaultSchema = QStringLiteral("HR");
        QCOMPARE(ConnectionSetup::plan(p, alice).afterConnect,
                 QStringList{QStringLiteral("ALTER SESSION SET CURRENT_SCHEMA = HR")});
        p.defaultSchema = QStringLiteral("hr");   // lower case must be quoted to stay lower case
        QCOMPARE(ConnectionSetup::plan(p, alice).afterConnect,
                 QStringList{QStringLiteral("ALTER SESSION SET CURRENT_SCHEMA = \"hr\"")});
    }

    void identityQueriesAskTheRightThings()
    {
        const QString ora = ConnectionSetup::identitySql(Dialect::Oracle);
        for (const char *field : {"'CURRENT_USER'", "'SESSION_USER'", "'PROXY_USER'", "'CURRENT_SCHEMA'", "'SID'"})
            QVERIFY2(ora.contains(QLatin1String(field)), field);
        QVERIFY(ora.endsWith(QStringLiteral("from dual")));
        const QString pgSql = ConnectionSetup::identitySql(Dialect::PostgreSQL);
        QVERIFY(pgSql.contains(QStringLiteral("session_user")) && pgSql.contains(QStringLiteral("pg_backend_pid()")));
    }

    void connectionLossIsRecognisedPerDialect()
    {
        for (const char *code : {"08006", "08003", "57P01", "57P02", "57P03"})
            QVERIFY2(SqlErrors::isConnectionLoss(Dialect::PostgreSQL, QLatin1String(code)), code);
        for (const char *code : {"42703", "57014", "40001", ""})
            QVERIFY2(!SqlErrors::isConnectionLoss(Dialect::PostgreSQL, QLatin1String(code)), code);
        for (const char *code : {"ORA-03113", "ORA-03114", "ORA-03135", "ORA-00028", "ORA-01012"})
            QVERIFY2(SqlErrors::isConnectionLoss(Dialect::Oracle, QLatin1String(code)), code);
        QVERIFY(!SqlErrors::isConnectionLoss(Dialect::Oracle, QStringLiteral("ORA-00942")));
    }

    void statementsThatChangeIdentityAreRecognised()
    {
        QVERIFY(ConnectionSetup::changesIdentity(QStringLiteral("SET ROLE alice")));
        QVERIFY(ConnectionSetup::changesIdentity(QStringLiteral("  -- switch\n set search_path = x")));
        QVERIFY(ConnectionSetup::changesIdentity(QStringLiteral("/* a */ RESET ROLE")));
        QVERIFY(ConnectionSetup::changesIdentity(QStringLiteral("alter session set current_schema = hr")));
        QVERIFY(ConnectionSetup::changesIdentity(QStringLiteral("select set_config('search_path', 'x', false)")));
        QVERIFY(!ConnectionSetup::changesIdentity(QStringLiteral("select 'set role'")));
        QVERIFY(!ConnectionSetup::changesIdentity(QStringLiteral("update t set x = 1")));
    }
};

QTEST_GUILESS_MAIN(TestConnectionSetup)
#include "tst_connectionsetup.moc"
