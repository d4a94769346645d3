// tessera-bench fetch: a query's rows into the grid, as a query tab receives them.
#include "benchcommon.h"
#include "scenarios.h"
#include "stallprobe.h"
#include "timedresultview.h"

#include "connection/session.h"
#include "results/resultmodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHeaderView>
#include <QJsonObject>

namespace Scenarios {

int fetch(const Options &o)
{
    ResultModel model;
    Session session(o.target.profile, o.target.credentials);
    if (o.fetchCap >= 0)
        session.setFetchCap(o.fetchCap);
    QString error;
    if (!BenchCommon::open(session, &error))
        return BenchCommon::fail(error);

    // The grid as a tab has it, on screen (offscreen platform): its reaction to every
    // rowsInserted and its painting are part of what the GUI thread pays for.
    TimedResultView view;
    if (o.measureVisibleOnly) {
        // PROTOTYPE of a proposed ResultView fix: Qt measures up to resizeContentsPrecision()
        // rows (1000 by default, far beyond the viewport) in resizeColumnsToContents(); 0 means
        // the visible rows only.
        view.horizontalHeader()->setResizeContentsPrecision(0);
    }
    if (!o.noView) {
        view.setModel(&model);
        view.resize(1200, 800);
        view.show();
    }
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();

    StallProbe probe(o.probeMs);
    QElapsedTimer clock;
    qint64 columnsNs = -1;
    qint64 firstRowNs = -1;
    qint64 wallNs = -1;
    int batches = 0;
    qint64 appendNs = 0;
    qint64 maxAppendNs = 0;
    StatementOutcome outcome;
    QEventLoop loop;
    QObject::connect(&session, &Session::resultColumns, &model, [&](const ResultColumns &columns) {
        columnsNs = clock.nsecsElapsed();
        model.reset(columns);
    });
    QObject::connect(&session, &Session::rowsFetched, &model, [&](const RowBatchPtr &batch) {
        QElapsedTimer t;
        t.start();
        model.appendBatch(batch);   // the view reacts to rowsInserted inside this call
        const qint64 ns = t.nsecsElapsed();
        if (ns > 20000000 && qEnvironmentVariableIsSet("TESSERA_BENCH_DEBUG"))
            qInfo("slow append: %.1f ms, batch %d rows, model %d rows, batch #%d", ns / 1e6, batch->rowCount(),
                  model.rowCount(), batches);
        appendNs += ns;
        maxAppendNs = std::max(maxAppendNs, ns);
        ++batches;
        if (firstRowNs < 0)
            firstRowNs = clock.nsecsElapsed();
    });
    QObject::connect(&session, &Session::statementFinished, &loop, [&](const StatementOutcome &done) {
        wallNs = clock.nsecsElapsed();
        outcome = done;
        loop.quit();
    });
    const int paintsBefore = view.paints();
    const qint64 paintNsBefore = view.paintNs();
    probe.start();
    clock.start();
    session.execute(o.sql);
    loop.exec();
    probe.stop();

    if (!outcome.ok)
        return BenchCommon::fail(outcome.error.message);
    BenchCommon::dumpMemoryMapIfAsked();
    return BenchCommon::print({
        {QStringLiteral("rows"), double(model.fetchedRowCount())},
        {QStringLiteral("rows_in_grid"), model.rowCount()},
        {QStringLiteral("wall_ms"), BenchCommon::ms(wallNs)},
        {QStringLiteral("first_row_ms"), BenchCommon::ms(firstRowNs)},
        {QStringLiteral("columns_ms"), BenchCommon::ms(columnsNs)},   // the query ran, columns known
        {QStringLiteral("peak_rss_kb"), double(BenchCommon::peakRssKb())},
        {QStringLiteral("max_stall_ms"), probe.maxStallMs()},
        {QStringLiteral("p99_stall_ms"), probe.percentileStallMs(99)},
        {QStringLiteral("max_stall_at_ms"), probe.maxStallAtMs()},
        {QStringLiteral("batches"), batches},
        {QStringLiteral("buffer_bytes"), double(model.buffer().byteSize())},
        {QStringLiteral("paused"), outcome.paused},
        {QStringLiteral("probe_interval_ms"), o.probeMs},
        // Where the GUI thread's time went: appending batches (model + view bookkeeping) and
        // painting the grid.
        {QStringLiteral("append_ms_total"), BenchCommon::ms(appendNs)},
        {QStringLiteral("append_ms_max"), BenchCommon::ms(maxAppendNs)},
        {QStringLiteral("paints"), view.paints() - paintsBefore},
        {QStringLiteral("paint_ms_total"), BenchCommon::ms(view.paintNs() - paintNsBefore)},
        {QStringLiteral("paint_ms_max"), BenchCommon::ms(view.maxPaintNs())},
        {QStringLiteral("measure_visible_only"), o.measureVisibleOnly},
    });
}

} // namespace Scenarios
