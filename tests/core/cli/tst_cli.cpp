// The tessera-cli binary end to end against the throwaway PostgreSQL (and a SQLite file):
// exit statuses, exact csv / json output, splitting, passwords from libpq's sources.
#include "profiles/profilestore.h"
#include "testserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// host/port/dbname of the test server, without user or password.
QString serverConninfo()
{
    const ConnectionProfile p = TestServer::profile();
    return QStringLiteral("host=%1 port=%2 dbname=%3").arg(p.host).arg(p.port).arg(p.database);
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;   // HOME and XDG dirs of the child: no ~/.pgpass, no real profiles

    QProcessEnvironment environment(const QString &password = QString()) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &key : env.keys()) {
            if (key.startsWith(QLatin1String("PG")))
                env.remove(key);
        }
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("PGPASSFILE"), m_home.filePath(QStringLiteral("no-pgpass")));
        if (!password.isEmpty())
            env.insert(QStringLiteral("PGPASSWORD"), password);
        return env;
    }

    Run cli(const QStringList &arguments, const QProcessEnvironment &env,
            const QString &program = QStringLiteral(TESSERA_CLI_PATH))
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(program, arguments);
        p.closeWriteChannel();
        Run r;
        if (!p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    // As alice, password from PGPASSWORD.
    Run asAlice(const QStringList &arguments)
    {
        return cli(QStringList{QStringLiteral("--conninfo"), serverConninfo(), QStringLiteral("--user"), QStringLiteral("alice")}
                       + arguments,
                   environment(TestServer::alice().password));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY(QFileInfo::exists(QStringLiteral(TESSERA_CLI_PATH)));
        TESSERA_REQUIRE_SERVER();
    }

    void passwordFromPgpasswordRunsAsAlice()
    {
        const Run r = asAlice({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-c"),
                               QStringLiteral("select current_user")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("current_user\nalice\n"));
    }

    void csvIsExact()
    {
        const Run r = asAlice({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-c"),
                               QStringLiteral("select 1 as id, 'a,b' as name, null::text as nothing, '' as empty, "
                                              "'say \"hi\"' as quoted, 2.50::numeric as amount "
                                              "union all select 2, 'two\nlines', 'x', 'y', 'z', -1")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("id,name,nothing,empty,quoted,amount\n"
                                   "1,\"a,b\",,\"\",\"say \"\"hi\"\"\",2.50\n"
                                   "2,\"two\nlines\",x,y,z,-1\n"));
    }

    void jsonIsExact()
    {
        const Run r = asAlice({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-c"),
                               QStringLiteral("select 1 as id, 'alice' as name, null::int as n, true as ok, "
                                              "1.5::numeric as x, 'NaN'::float8 as f; select 1 as id where false")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("[\n"
                                   "{\"id\":1,\"name\":\"alice\",\"n\":null,\"ok\":true,\"x\":1.5,\"f\":\"NaN\"}\n"
                                   "]\n"
                                   "[]\n"));
    }

    void tableLooksLikePsql()
    {
        const Run r = asAlice({QStringLiteral("-c"), QStringLiteral("select owner, count(*) as notes from notes group by owner order by owner")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray(" owner | notes\n"
                                   "-------+-------\n"
                                   " alice |     3\n"
                                   " bob   |     3\n"
                                   "(2 rows)\n\n"));
    }

    void failingStatementStopsWithStatus1()
    {
        const QStringList script = {QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-c"),
                                    QStringLiteral("select 1 as a;\nselect *\n  from no_such_table;\nselect 2 as b")};
        const Run stop = asAlice(script);
        QCOMPARE(stop.exitCode, 1);
        QCOMPARE(stop.out, QByteArray("a\n1\n"));
        QVERIFY2(stop.err.contains("statement 2, line 3, column 8: ERROR:  relation \"no_such_table\" does not exist"),
                 stop.err.constData());
        QVERIFY(stop.err.contains("LINE 3:   from no_such_table"));

        const Run go = asAlice(QStringList{QStringLiteral("--on-error"), QStringLiteral("continue")} + script);
        QCOMPARE(go.exitCode, 1);
        QCOMPARE(go.out, QByteArray("a\n1\n\n# result set 2\nb\n2\n"));
    }

    void everyStatementOkIsStatus0WithDmlStatus()
    {
        const Run r = asAlice({QStringLiteral("-c"),
                               QStringLiteral("create temp table t (a int); insert into t values (1), (2), (3); "
                                              "update t set a = a + 1 where a > 1; select count(*) from t")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("CREATE\nINSERT 3\nUPDATE 2\n"), r.err.constData());
        QVERIFY(r.out.contains("(1 row)"));
    }

    void serverHintGoesToStderr()
    {
        const Run r = asAlice({QStringLiteral("-c"), QStringLiteral("select no_such_function(1)")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("HINT:  No function matches"), r.err.constData());
    }

    void wrongPasswordIsStatus3WithTheServersMessage()
    {
        const Run r = cli({QStringLiteral("--conninfo"), serverConninfo() + QStringLiteral(" user=alice"),
                           QStringLiteral("-c"), QStringLiteral("select 1")},
                          environment(QStringLiteral("not-her-password")));
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("password authentication failed for user \"alice\""), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void passwordInAUriIsUsed()
    {
        const ConnectionProfile p = TestServer::profile();
        const QString uri = QStringLiteral("postgresql://alice:alice-secret@/%1?host=%2&port=%3")
                                .arg(p.database, p.host).arg(p.port);
        const Run r = cli({QStringLiteral("--conninfo"), uri, QStringLiteral("--format"), QStringLiteral("csv"),
                           QStringLiteral("-c"), QStringLiteral("select session_user")},
                          environment());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("session_user\nalice\n"));
    }

    void savedProfileByName()
    {
        QTemporaryDir config;
        // Where the child's ProfileStore looks: $XDG_CONFIG_HOME/Tessera/tessera/profiles.json.
        ProfileStore store(config.filePath(QStringLiteral("Tessera/tessera/profiles.json")));
        QDir().mkpath(config.filePath(QStringLiteral("Tessera/tessera")));
        ConnectionProfile p = TestServer::profile(QStringLiteral("Test server"));
        p.id.clear();
        store.add(p);
        QProcessEnvironment env = environment(TestServer::alice().password);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
        const Run r = cli({QStringLiteral("--profile"), QStringLiteral("Test server"), QStringLiteral("--format"),
                           QStringLiteral("csv"), QStringLiteral("-c"), QStringLiteral("select current_user")}, env);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("current_user\nalice\n"));   // the profile's default user

        const Run missing = cli({QStringLiteral("--profile"), QStringLiteral("nope"), QStringLiteral("-c"),
                                 QStringLiteral("select 1")}, env);
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("Test server"));
    }

    void resultPastTheFetchCapArrivesWhole()
    {
        // A tiny cap makes the session pause many times; the cli resumes after writing.
        QProcessEnvironment env = environment(TestServer::alice().password);
        env.insert(QStringLiteral("TESSERA_CLI_FETCH_CAP_BYTES"), QStringLiteral("65536"));
        const Run r = cli({QStringLiteral("--conninfo"), serverConninfo(), QStringLiteral("--user"), QStringLiteral("alice"),
                           QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-c"),
                           QStringLiteral("select g, md5(g::text) from generate_series(1, 200000) g")}, env);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count('\n'), 200001);
        QVERIFY(r.out.endsWith("\n200000,03e6c61603f6c550ab49ab6a2d83f793\n"));
    }

    void ctrlCCancelsTheRunningStatement()
    {
        QProcess p;
        p.setProcessEnvironment(environment(TestServer::alice().password));
        p.start(QStringLiteral(TESSERA_CLI_PATH),
                {QStringLiteral("--conninfo"), serverConninfo(), QStringLiteral("--user"), QStringLiteral("alice"),
                 QStringLiteral("-c"), QStringLiteral("select pg_sleep(60) as tst_cli_cancel; select 1")});
        QVERIFY(p.waitForStarted());
        // Interrupt once the server runs it (polling the server, not sleeping a guess).
        QTRY_COMPARE_WITH_TIMEOUT(TestServer::adminQuery(QStringLiteral(
            "select count(*) from pg_stat_activity where state = 'active' and query like '%as tst_cli_cancel'")),
                                  QStringLiteral("1"), 30000);
        QElapsedTimer clock;
        clock.start();
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(30000));
        QVERIFY(clock.elapsed() < 10000);
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(p.readAllStandardError().contains("statement 1 (line 1): cancelled"));
        QVERIFY(p.readAllStandardOutput().isEmpty());   // the second statement never ran
    }

    void splitOnlyKeepsDollarBodiesWhole()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("script.sql")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("-- a function\n"
                "create function f() returns int language plpgsql as $$\n"
                "begin\n"
                "  perform 1; return 2;\n"
                "end $$;\n"
                "select f();\n");
        f.close();
        // No --conninfo and nothing to connect to: --split-only never connects.
        const Run r = cli({QStringLiteral("--split-only"), QStringLiteral("--file"), f.fileName()}, environment());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("-- statement 1\n"
                                   "create function f() returns int language plpgsql as $$\n"
                                   "begin\n"
                                   "  perform 1; return 2;\n"
                                   "end $$\n"
                                   "-- statement 2\n"
                                   "select f()\n"));
    }

    void usageErrorsAreStatus2()
    {
        QCOMPARE(cli({QStringLiteral("-c"), QStringLiteral("select 1")}, environment()).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("--conninfo"), serverConninfo()}, environment()).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("--conninfo"), serverConninfo(), QStringLiteral("-c"), QStringLiteral("select 1"),
                      QStringLiteral("--format"), QStringLiteral("xml")}, environment()).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("--conninfo"), serverConninfo(), QStringLiteral("--file"),
                      m_home.filePath(QStringLiteral("missing.sql"))}, environment()).exitCode, 2);
    }

    // Issue 9.5: psql refuses a Latin-1 file; tessera-cli used to send U+FFFD with exit 0.
    void aLatin1ScriptIsRefusedWithItsPlaceAndNothingIsSent()
    {
        TestServer::adminQuery(QStringLiteral("drop table if exists alice_space.tst_cli_encoding"));
        const QByteArray script = "create table alice_space.tst_cli_encoding (t text);\n"
                                  "insert into alice_space.tst_cli_encoding values ('caf\xe9');\n";
        const int byte = int(script.indexOf('\xe9')) + 1;
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("latin1.sql")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(script);
        f.close();
        const QString noTable = QStringLiteral("select to_regclass('alice_space.tst_cli_encoding') is null");

        const Run fromFile = asAlice({QStringLiteral("--file"), f.fileName()});
        QCOMPARE(fromFile.exitCode, 2);
        QCOMPARE(fromFile.err, QStringLiteral("tessera-cli: %1: not valid UTF-8 at byte %2 (line 2); give its encoding "
                                              "with --encoding NAME (e.g. --encoding latin1)\n")
                                   .arg(f.fileName()).arg(byte).toUtf8());
        QCOMPARE(TestServer::adminQuery(noTable), QStringLiteral("t"));   // not even the first statement

        // The same from standard input and from -c (argv's own bytes, not Qt's U+FFFD).
        QProcess p;
        p.setProcessEnvironment(environment(TestServer::alice().password));
        p.setStandardInputFile(f.fileName());
        p.start(QStringLiteral(TESSERA_CLI_PATH), {QStringLiteral("--conninfo"), serverConninfo(), QStringLiteral("--user"),
                                                   QStringLiteral("alice"), QStringLiteral("--file"), QStringLiteral("-")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY2(p.readAllStandardError().startsWith(QStringLiteral("tessera-cli: standard input: not valid UTF-8 at byte %1 (line 2)")
                                                          .arg(byte).toUtf8()),
                 "stdin");
        // QProcess would pass the argument as UTF-8 of a QString: the shell passes the bytes.
        const Run fromArgument = cli({QStringLiteral("-c"), QStringLiteral("exec \"$0\" --conninfo \"$1\" -c \"$(cat \"$2\")\""),
                                      QStringLiteral(TESSERA_CLI_PATH), serverConninfo() + QStringLiteral(" user=alice"),
                                      f.fileName()},
                                     environment(TestServer::alice().password), QStringLiteral("/bin/sh"));
        QCOMPARE(fromArgument.exitCode, 2);
        QVERIFY2(fromArgument.err.startsWith(QStringLiteral("tessera-cli: -c: not valid UTF-8 at byte %1 (line 2)").arg(byte).toUtf8()),
                 fromArgument.err.constData());
        QCOMPARE(TestServer::adminQuery(noTable), QStringLiteral("t"));

        // Told its encoding, the same file runs, and the server gets 'café'.
        const Run latin1 = asAlice({QStringLiteral("--encoding"), QStringLiteral("latin1"), QStringLiteral("--file"), f.fileName()});
        QCOMPARE(latin1.exitCode, 0);
        QCOMPARE(TestServer::adminQuery(QStringLiteral("select t from alice_space.tst_cli_encoding")), QStringLiteral("café"));
        TestServer::adminQuery(QStringLiteral("drop table alice_space.tst_cli_encoding"));

        const Run unknown = asAlice({QStringLiteral("--encoding"), QStringLiteral("klingon"), QStringLiteral("-c"), QStringLiteral("select 1")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("unknown encoding \"klingon\""));
    }

    // Issue 9.8: a password in --conninfo is accepted, but said to be visible, never echoed,
    // and out of ps's sight once the options are read.
    void aPasswordOnTheCommandLineIsWarnedAboutAndNeverEchoed()
    {
        const QByteArray warning = "tessera-cli: warning: the password given on the command line can be read by other "
                                   "users of this computer (ps, /proc) while tessera-cli starts; give it with PGPASSWORD "
                                   "or ~/.pgpass, or use --profile with the password saved in the keychain or typed at "
                                   "the prompt\n";
        const Run conninfo = cli({QStringLiteral("--conninfo"), serverConninfo() + QStringLiteral(" user=alice password=alice-secret"),
                                  QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-c"), QStringLiteral("select 1 as one")},
                                 environment());
        QCOMPARE(conninfo.exitCode, 0);
        QCOMPARE(conninfo.out, QByteArray("one\n1\n"));
        QCOMPARE(conninfo.err, warning);

        const ConnectionProfile p = TestServer::profile();
        const Run uri = cli({QStringLiteral("--conninfo"),
                             QStringLiteral("postgresql://alice:alice-secret@/%1?host=%2&port=%3").arg(p.database, p.host).arg(p.port),
                             QStringLiteral("-q"), QStringLiteral("-c"), QStringLiteral("select 1")},
                            environment());
        QCOMPARE(uri.exitCode, 0);
        QCOMPARE(uri.err, warning);

        // libpq quotes a URI it cannot read whole: the message keeps all but the password.
        const Run malformed = cli({QStringLiteral("--conninfo"), QStringLiteral("postgresql://alice:Url-S3cret@[::1/db"),
                                   QStringLiteral("-c"), QStringLiteral("select 1")},
                                  environment());
        QCOMPARE(malformed.exitCode, 2);
        QVERIFY2(!malformed.err.contains("Url-S3cret"), malformed.err.constData());
        QVERIFY2(malformed.err.contains("\"postgresql://alice:****@[::1/db\""), malformed.err.constData());
        const Run unreadable = cli({QStringLiteral("--conninfo"), serverConninfo() + QStringLiteral(" password=Tw0 Parts"),
                                    QStringLiteral("-c"), QStringLiteral("select 1")},
                                   environment());
        QCOMPARE(unreadable.exitCode, 2);
        QVERIFY2(!unreadable.err.contains("Tw0") && !unreadable.err.contains("Parts"), unreadable.err.constData());

        const Run refused = cli({QStringLiteral("--conninfo"), serverConninfo() + QStringLiteral(" user=alice password=Wr0ng-Pa55"),
                                 QStringLiteral("-c"), QStringLiteral("select 1")},
                                environment());
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(!refused.err.contains("Wr0ng-Pa55"), refused.err.constData());
    }

    void aPasswordOnTheCommandLineLeavesWhatPsShows()
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.setReadChannel(QProcess::StandardError);
        // --split-only --file -: it reads standard input until we close it.
        p.start(QStringLiteral(TESSERA_CLI_PATH), {QStringLiteral("--conninfo"), serverConninfo() + QStringLiteral(" password=Ps-Visible-S3cret"),
                                                   QStringLiteral("--split-only"), QStringLiteral("--file"), QStringLiteral("-")});
        QVERIFY(p.waitForStarted());
        QByteArray err;
        while (!err.contains("warning") && p.waitForReadyRead(30000))
            err += p.readAll();
        QVERIFY2(err.contains("warning"), err.constData());
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(p.processId()));
        QVERIFY(cmdline.open(QIODevice::ReadOnly));
        const QByteArray shown = cmdline.readAll();
        QVERIFY2(!shown.contains("Ps-Visible-S3cret"), shown.constData());
        QVERIFY(shown.contains("password=" + QByteArray(int(qstrlen("Ps-Visible-S3cret")), '*')));
        p.write("select 1;");
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
    }

    // Issue 9.7: "sslmode=disable password=X" in a hand-edited profile used to log in.
    void aPasswordInTheProfilesOptionsIsNotUsed()
    {
        QTemporaryDir config;
        QDir().mkpath(config.filePath(QStringLiteral("Tessera/tessera")));
        ConnectionProfile p = TestServer::profile(QStringLiteral("Options password"));
        QJsonObject o = p.toJson();
        o.insert(QStringLiteral("id"), QStringLiteral("options-password"));
        o.insert(QStringLiteral("defaultUser"), QStringLiteral("alice"));
        o.insert(QStringLiteral("options"), o.value(QStringLiteral("options")).toString()
                                                + QStringLiteral(";sslmode=disable password=alice-secret"));
        QFile file(config.filePath(QStringLiteral("Tessera/tessera/profiles.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("profiles"), QJsonArray{o}}}).toJson());
        file.close();
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent"));
        const Run r = cli({QStringLiteral("--profile"), QStringLiteral("Options password"), QStringLiteral("-c"),
                           QStringLiteral("select current_user")}, env);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("no password supplied"), r.err.constData());
    }

    // Issue 8.9: two result sets in one CSV stream, told apart.
    void csvResultSetsAreSetOff()
    {
        const Run r = asAlice({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-c"),
                               QStringLiteral("select 1 as a; select '#x' as b, 2 as c")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("a\n1\n\n# result set 2\nb,c\n\"#x\",2\n"));
    }

    void sqliteFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("setup"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("create table t (id integer, name text)")));
            QVERIFY(q.exec(QStringLiteral("insert into t values (1, 'één'), (2, null)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("setup"));
        const QStringList select = {QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-c"),
                                    QStringLiteral("select id, name from t order by id")};
        const Run byPath = cli(QStringList{QStringLiteral("--conninfo"), path} + select, environment());
        QCOMPARE(byPath.exitCode, 0);
        QCOMPARE(byPath.out, QByteArray("id,name\n1,\xc3\xa9\xc3\xa9n\n2,\n"));
        const Run byPrefix = cli(QStringList{QStringLiteral("--conninfo"), QStringLiteral("sqlite:") + path} + select, environment());
        QCOMPARE(byPrefix.out, byPath.out);

        const Run missing = cli({QStringLiteral("--conninfo"), QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("typo.sqlite")),
                                 QStringLiteral("-c"), QStringLiteral("select 1")}, environment());
        QCOMPARE(missing.exitCode, 3);
        QVERIFY(missing.err.contains("does not exist"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
