// tessera-bench script: a file of statements, split and run as "Run script" does.
#include "benchcommon.h"
#include "scenarios.h"
#include "stallprobe.h"

#include "connection/session.h"
#include "sql/statementsplitter.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonObject>

namespace Scenarios {

int script(const Options &o)
{
    QFile file(o.file);
    if (!file.open(QIODevice::ReadOnly))
        return BenchCommon::fail(QStringLiteral("cannot read %1: %2").arg(o.file, file.errorString()));
    const QString text = QString::fromUtf8(file.readAll());

    Session session(o.target.profile, o.target.credentials);
    QString error;
    if (!BenchCommon::open(session, &error))
        return BenchCommon::fail(error);

    StallProbe probe(o.probeMs);
    QElapsedTimer clock;
    qint64 splitNs = -1;
    qint64 wallNs = -1;
    int succeeded = 0;
    int failed = 0;
    QString firstError;
    QEventLoop loop;
    QObject::connect(&session, &Session::statementFinished, &loop, [&](const StatementOutcome &done) {
        if (!done.ok && firstError.isEmpty())
            firstError = done.error.message;
    });
    QObject::connect(&session, &Session::scriptFinished, &loop, [&](int ok, int bad, qint64) {
        wallNs = clock.nsecsElapsed();
        succeeded = ok;
        failed = bad;
        loop.quit();
    });
    probe.start();
    clock.start();
    // Splitting is part of the run: psql -f parses the file too.
    const QList<SqlStatement> statements = StatementSplitter::split(Dialect::PostgreSQL, text);
    QStringList texts;
    texts.reserve(statements.size());
    for (const SqlStatement &s : statements)
        texts.append(s.text);
    splitNs = clock.nsecsElapsed();
    session.executeScript(texts, true);
    loop.exec();
    probe.stop();

    if (failed > 0)
        return BenchCommon::fail(QStringLiteral("%1 statement(s) failed: %2").arg(failed).arg(firstError));
    return BenchCommon::print({
        {QStringLiteral("statements"), succeeded},
        {QStringLiteral("wall_ms"), BenchCommon::ms(wallNs)},
        {QStringLiteral("split_ms"), BenchCommon::ms(splitNs)},
        {QStringLiteral("max_stall_ms"), probe.maxStallMs()},
        {QStringLiteral("p99_stall_ms"), probe.percentileStallMs(99)},
    });
}

} // namespace Scenarios
