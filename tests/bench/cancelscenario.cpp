// tessera-bench cancel: how long the Cancel button takes to give the tab back.
#include "benchcommon.h"
#include "scenarios.h"
#include "stallprobe.h"

#include "connection/session.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QTimer>

namespace Scenarios {

int cancel(const Options &o)
{
    Session session(o.target.profile, o.target.credentials);
    QString error;
    if (!BenchCommon::open(session, &error))
        return BenchCommon::fail(error);

    StallProbe probe(o.probeMs);
    QElapsedTimer clock;
    qint64 cancelNs = -1;
    qint64 finishedNs = -1;
    qint64 idleNs = -1;
    StatementOutcome outcome;
    QEventLoop loop;
    QObject::connect(&session, &Session::statementFinished, &loop, [&](const StatementOutcome &done) {
        finishedNs = clock.nsecsElapsed();
        outcome = done;
    });
    // Idle again = the tab can run the next statement: the state change follows the outcome.
    QObject::connect(&session, &Session::stateChanged, &loop, [&](Session::State s) {
        if (s == Session::State::Idle && finishedNs >= 0) {
            idleNs = clock.nsecsElapsed();
            loop.quit();
        }
    });
    QTimer::singleShot(1000, &loop, [&] {
        cancelNs = clock.nsecsElapsed();
        session.cancel();
    });
    QTimer::singleShot(90000, &loop, &QEventLoop::quit);
    probe.start();
    clock.start();
    session.execute(QStringLiteral("select pg_sleep(60)"));
    loop.exec();
    probe.stop();

    if (idleNs < 0 || cancelNs < 0)
        return BenchCommon::fail(QStringLiteral("the session did not become idle after the cancel"));
    if (!outcome.cancelled)
        return BenchCommon::fail(QStringLiteral("the statement ended without being cancelled: %1").arg(outcome.error.message));
    return BenchCommon::print({
        {QStringLiteral("cancel_ms"), BenchCommon::ms(idleNs - cancelNs)},
        {QStringLiteral("finished_ms"), BenchCommon::ms(finishedNs - cancelNs)},
        {QStringLiteral("max_stall_ms"), probe.maxStallMs()},
    });
}

} // namespace Scenarios
