// Reading profiles is not writing them: the real tessera-cli, pointed at a damaged
// profiles.json, reports it and leaves the folder exactly as it was (no rename, no backup,
// no new file). Only the GUI, when it is about to save, keeps the dated backup.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCliReadOnly : public QObject
{
    Q_OBJECT

private slots:
    void aDamagedProfilesFileIsOnlyRead()
    {
        QTemporaryDir home;
        const QString folder = home.filePath(QStringLiteral("config/Tessera/tessera"));
        QVERIFY(QDir().mkpath(folder));
        const QByteArray damaged("{\"version\":1,\"profiles\":[{\"name\":\"Sal");
        {
            QFile f(folder + QStringLiteral("/profiles.json"));
            QVERIFY(f.open(QIODevice::WriteOnly));
            QCOMPARE(f.write(damaged), damaged.size());
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        QProcess cli;
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(TESSERA_CLI_PATH),
                  {QStringLiteral("--profile"), QStringLiteral("Sales"), QStringLiteral("--split-only"),
                   QStringLiteral("-c"), QStringLiteral("select 1")});
        QVERIFY(cli.waitForFinished(20000));
        QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList({QStringLiteral("profiles.json")}));
        QFile f(folder + QStringLiteral("/profiles.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), damaged);
        // And it says so, truthfully.
        const QString errors = QString::fromUtf8(cli.readAllStandardError());
        QVERIFY2(errors.contains(QStringLiteral("could not be used")), qPrintable(errors));
        QVERIFY2(errors.contains(QStringLiteral("Nothing was changed")), qPrintable(errors));
    }
};

QTEST_GUILESS_MAIN(TestCliReadOnly)
#include "tst_cli_readonly.moc"
