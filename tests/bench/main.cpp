// tessera-bench: the workbench's data path under a stopwatch. See BENCHMARKS.md and run.sh.
//   tessera-bench fetch   --conninfo C --sql Q   {"rows","wall_ms","first_row_ms","peak_rss_kb","max_stall_ms","p99_stall_ms",...}
//   tessera-bench cancel  --conninfo C           {"cancel_ms",...}
//   tessera-bench script  --conninfo C --file F  {"statements","wall_ms",...}
//   tessera-bench startup [--tessera PATH]       {"window_shown_ms",...}
#include "benchcommon.h"
#include "scenarios.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdlib>

int main(int argc, char *argv[])
{
    // The grid must really exist and paint, with or without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tessera-bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Benchmarks Tessera's data path; prints one JSON object."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("scenario"), QStringLiteral("fetch, cancel, script or startup"));
    const QCommandLineOption conninfo(QStringLiteral("conninfo"), QStringLiteral("libpq conninfo or URI."), QStringLiteral("conninfo"));
    const QCommandLineOption sql(QStringLiteral("sql"), QStringLiteral("fetch: the query."), QStringLiteral("sql"));
    const QCommandLineOption file(QStringLiteral("file"), QStringLiteral("script: the SQL file."), QStringLiteral("file"));
    const QCommandLineOption tessera(QStringLiteral("tessera"), QStringLiteral("startup: the tessera program."),
                                     QStringLiteral("path"), QStringLiteral(TESSERA_APP_PATH));
    const QCommandLineOption probe(QStringLiteral("probe-ms"), QStringLiteral("Stall probe interval (ms)."),
                                   QStringLiteral("ms"), QStringLiteral("4"));
    const QCommandLineOption cap(QStringLiteral("fetch-cap"),
                                 QStringLiteral("fetch: buffer cap in bytes (default: the GUI's; 0: none)."),
                                 QStringLiteral("bytes"), QStringLiteral("-1"));
    const QCommandLineOption noView(QStringLiteral("no-view"),
                                    QStringLiteral("fetch: no grid on the model (to see what the view costs)."));
    const QCommandLineOption visibleOnly(QStringLiteral("prototype-measure-visible"),
                                         QStringLiteral("fetch: the grid sizes its columns on the visible rows only."));
    parser.addOptions({conninfo, sql, file, tessera, probe, cap, noView, visibleOnly});
    parser.process(app);

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        parser.showHelp(2);
    const QString scenario = positional.first();

    Scenarios::Options o;
    o.sql = parser.value(sql);
    o.file = parser.value(file);
    o.tesseraPath = parser.value(tessera);
    o.probeMs = std::max(1, parser.value(probe).toInt());
    o.fetchCap = parser.value(cap).toLongLong();
    o.noView = parser.isSet(noView);
    o.measureVisibleOnly = parser.isSet(visibleOnly);
    if (scenario != QLatin1String("startup")) {
        QString error;
        if (!parser.isSet(conninfo))
            return BenchCommon::fail(QStringLiteral("--conninfo is required"));
        if (!ConnectionTarget::fromConnectionString(parser.value(conninfo), Dialect::PostgreSQL, &o.target, &error))
            return BenchCommon::fail(error);
    }

    if (scenario == QLatin1String("fetch")) {
        if (o.sql.isEmpty())
            return BenchCommon::fail(QStringLiteral("fetch needs --sql"));
        return Scenarios::fetch(o);
    }
    if (scenario == QLatin1String("cancel"))
        return Scenarios::cancel(o);
    if (scenario == QLatin1String("script")) {
        if (o.file.isEmpty())
            return BenchCommon::fail(QStringLiteral("script needs --file"));
        return Scenarios::script(o);
    }
    if (scenario == QLatin1String("startup"))
        return Scenarios::startup(o);
    return BenchCommon::fail(QStringLiteral("unknown scenario %1").arg(scenario));
}
