// tessera-bench startup: from starting the real `tessera` program to its main window shown.
// The program quits right after its first show when TESSERA_EXIT_WHEN_SHOWN=1 is set, so the
// figure is the process's whole life: exec, libraries, QApplication, profiles, MainWindow,
// first expose, and the exit after it.
#include "benchcommon.h"
#include "scenarios.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace Scenarios {

int startup(const Options &o)
{
    if (!QFileInfo(o.tesseraPath).isExecutable())
        return BenchCommon::fail(QStringLiteral("no tessera program at %1 (give --tessera PATH)").arg(o.tesseraPath));
    // A fresh home: the first run creates the demo profile and database there, not in yours.
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TESSERA_EXIT_WHEN_SHOWN"), QStringLiteral("1"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));

    const auto runOnce = [&](qint64 *ns, QString *error) {
        QProcess process;
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer clock;
        clock.start();
        process.start(o.tesseraPath, {});
        if (!process.waitForFinished(10000)) {
            process.kill();
            process.waitForFinished();
            *error = QStringLiteral("tessera did not exit within 10 s of starting: does app/main.cpp "
                                    "handle TESSERA_EXIT_WHEN_SHOWN=1 (quit right after the first show)?");
            return false;
        }
        *ns = clock.nsecsElapsed();
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            *error = QStringLiteral("tessera exited with status %1").arg(process.exitCode());
            return false;
        }
        return true;
    };

    qint64 firstNs = 0;
    qint64 warmNs = 0;
    QString error;
    // The first run also creates the demo database; the second is the usual start.
    if (!runOnce(&firstNs, &error) || !runOnce(&warmNs, &error))
        return BenchCommon::fail(error);
    return BenchCommon::print({
        {QStringLiteral("window_shown_ms"), BenchCommon::ms(warmNs)},
        {QStringLiteral("first_run_ms"), BenchCommon::ms(firstNs)},
    });
}

} // namespace Scenarios
