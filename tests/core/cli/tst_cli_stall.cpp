// tessera-cli on a connection whose server stops answering mid-result (a FaultProxy in front of
// the throwaway PostgreSQL): the first Ctrl-C sends the cancel, which cannot take effect, and
// says so; the second disconnects and ends the program with status 1 and one line on stderr.
#include "faultproxy.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {
constexpr qint64 kStallAfterBytes = 256 * 1024;
constexpr qint64 kBoundMs = 5000;
} // namespace

class TestCliStall : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(QFileInfo::exists(QStringLiteral(TESSERA_CLI_PATH)));
        TESSERA_REQUIRE_SERVER();
    }

    void secondCtrlCOnAStalledResultDisconnectsAndExits1()
    {
        FaultProxy proxy(TestServer::tcpHost(), TestServer::tcpPort());
        QString error;
        QVERIFY2(proxy.start(&error), qPrintable(error));
        proxy.setFault(FaultProxy::Fault::Stall, kStallAfterBytes);   // counted from the connect

        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &key : env.keys()) {
            if (key.startsWith(QLatin1String("PG")))
                env.remove(key);
        }
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("PGPASSFILE"), home.filePath(QStringLiteral("no-pgpass")));
        env.insert(QStringLiteral("PGPASSWORD"), TestServer::alice().password);
        QProcess cli;
        cli.setProcessEnvironment(env);
        cli.setStandardOutputFile(QProcess::nullDevice());   // the rows before the stall
        QSignalSpy finished(&cli, &QProcess::finished);
        const ConnectionProfile p = TestServer::profile();
        cli.start(QStringLiteral(TESSERA_CLI_PATH),
                  {QStringLiteral("--conninfo"),
                   QStringLiteral("host=127.0.0.1 port=%1 dbname=%2").arg(proxy.port()).arg(p.database),
                   QStringLiteral("--user"), QStringLiteral("alice"), QStringLiteral("--format"), QStringLiteral("csv"),
                   QStringLiteral("-c"), QStringLiteral("select g, repeat('x', 200) from generate_series(1, 5000000) g")});
        QVERIFY(cli.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(proxy.faulted() >= 1, 30000);   // rows went out, then the stall

        QByteArray errors;
        ::kill(pid_t(cli.processId()), SIGINT);
        // The cancel goes out but its answer never comes back: the program keeps waiting, and
        // tells the person what the next Ctrl-C does.
        QTRY_VERIFY_WITH_TIMEOUT((errors += cli.readAllStandardError()).contains("press Ctrl-C again to disconnect"),
                                 int(kBoundMs * 2));
        QVERIFY2(finished.isEmpty(), errors.constData());
        QVERIFY(proxy.accepted() >= 2);   // the cancel request's own connection

        QElapsedTimer clock;
        clock.start();
        ::kill(pid_t(cli.processId()), SIGINT);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, int(kBoundMs * 3));
        const qint64 ms = clock.elapsed();
        errors += cli.readAllStandardError();
        qInfo("stalled result: second Ctrl-C -> exit after %lld ms", ms);
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);   // not killed by the signal
        QCOMPARE(cli.exitCode(), 1);
        QVERIFY2(ms < kBoundMs, errors.constData());
        QVERIFY2(errors.contains("tessera-cli: interrupted twice: disconnected\n"), errors.constData());
        QVERIFY2(!errors.contains("alice-secret"), errors.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliStall)
#include "tst_cli_stall.moc"
