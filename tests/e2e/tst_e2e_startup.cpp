// The startup benchmark's hook: with TESSERA_EXIT_WHEN_SHOWN=1 the real program shows its
// window, paints it, and quits at once with status 0 and without a word on either stream.
#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestE2EStartup : public QObject
{
    Q_OBJECT

private slots:
    void exitsRightAfterTheFirstFrame()
    {
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TESSERA_EXIT_WHEN_SHOWN"), QStringLiteral("1"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
        QDir(home.path()).mkdir(QStringLiteral("runtime"));
        QFile::setPermissions(home.filePath(QStringLiteral("runtime")), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.filePath(QStringLiteral("runtime")));
        // Twice: the first run also creates the demo profile and database.
        for (int i = 0; i < 2; ++i) {
            QProcess process;
            process.setProcessEnvironment(env);
            QSignalSpy finished(&process, &QProcess::finished);
            process.start(QStringLiteral(TESSERA_PROGRAM), {});
            QVERIFY(process.waitForStarted());
            QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
            QCOMPARE(process.exitStatus(), QProcess::NormalExit);
            QCOMPARE(process.exitCode(), 0);
            QCOMPARE(process.readAllStandardOutput(), QByteArray());
            // The offscreen platform (tests only) says this about itself; a real display does not.
            QByteArray errors = process.readAllStandardError();
            errors.replace("This plugin does not support propagateSizeHints()\n", "");
            QCOMPARE(errors, QByteArray());
        }
        QVERIFY(QFile::exists(home.filePath(QStringLiteral("config/Tessera/tessera/profiles.json")))
                || QFile::exists(home.filePath(QStringLiteral("config/tessera/profiles.json"))));
    }
};

QTEST_MAIN(TestE2EStartup)
#include "tst_e2e_startup.moc"
