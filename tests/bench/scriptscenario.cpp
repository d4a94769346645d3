// tessera-bench script: a file of statements, put in an editor and run as Run Script does:
// RunPreparation splits and syntax-checks it (off the GUI thread for a large script), then the
// session runs it statement by statement.
#include "benchcommon.h"
#include "scenarios.h"
#include "stallprobe.h"

#include "connection/session.h"
#include "query/messagelog.h"
#include "sql/runplanner.h"
#include "query/runpreparation.h"
#include "query/sqleditor.h"

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
    qint64 preparedNs = -1;   // split and checked: ready to send
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
    SqlEditor editor;
    MessageLog messages;
    QWidget dialogParent;
    editor.setDialect(Dialect::PostgreSQL);
    editor.setText(text);
    RunPreparation preparation(&editor, &messages, &dialogParent);
    QObject::connect(&preparation, &RunPreparation::syntaxError, &loop, [&](const QString &status) {
        firstError = status + u' ' + messages.toPlainText();
        failed = 1;
        loop.quit();
    });
    QObject::connect(&preparation, &RunPreparation::ready, &session,
                     [&](const QList<EditorStatement> &statements, const QVariantMap &binds, const QString &) {
                         preparedNs = clock.nsecsElapsed();
                         QStringList texts;
                         texts.reserve(statements.size());
                         for (const EditorStatement &s : statements)
                             texts.append(s.text);
                         session.executeScript(texts, true, binds);
                     });
    probe.start();
    clock.start();
    // Splitting and checking are part of the run: psql -f parses the file too.
    preparation.prepare(editor.runRequest(true));
    loop.exec();
    probe.stop();

    if (failed > 0)
        return BenchCommon::fail(QStringLiteral("%1 statement(s) failed: %2").arg(failed).arg(firstError));
    return BenchCommon::print({
        {QStringLiteral("statements"), succeeded},
        {QStringLiteral("wall_ms"), BenchCommon::ms(wallNs)},
        {QStringLiteral("prepare_ms"), BenchCommon::ms(preparedNs)},
        {QStringLiteral("max_stall_ms"), probe.maxStallMs()},
        {QStringLiteral("p99_stall_ms"), probe.percentileStallMs(99)},
    });
}

} // namespace Scenarios
