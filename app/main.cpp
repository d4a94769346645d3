#include "connection/connectionmanager.h"
#include "connection/coredumpguard.h"
#include "connection/sessionthreads.h"
#include "mainwindow.h"
#include "profiles/profilestore.h"
#include "startupprobe.h"
#include "common/tesseraresources.h"
#include "workspace/editorstash.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

namespace {
int runWorkbench(QApplication &app);
} // namespace

int main(int argc, char *argv[])
{
    // Before anything holds a password: no core dump of this process (see coredumpguard.h).
    CoreDumpGuard::disableUnlessAllowed();
    QApplication app(argc, argv);
    // These name the config and data folders (profiles.json, the demo database, QSettings).
    QApplication::setApplicationName(QStringLiteral("tessera"));
    QApplication::setOrganizationName(QStringLiteral("Tessera"));
    QApplication::setApplicationDisplayName(QStringLiteral("Tessera"));
    QApplication::setApplicationVersion(QStringLiteral(TESSERA_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("tessera"));
    QApplication::setWindowIcon(TesseraResources::icon(QStringLiteral("tessera")));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("tessera"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    // Everything the workbench makes is gone when runWorkbench returns; only then may the
    // process end early (a session thread that would not stop, see SessionThreads).
    return SessionThreads::exitCode(runWorkbench(app));
}

namespace {
int runWorkbench(QApplication &app)
{
    ProfileStore store;
    const bool loaded = store.load();
    const QString loadProblem = store.problem();
    store.ensureDemoProfile();

    ConnectionManager manager;
    // Every editor's text, kept while it is open and brought back at the next start.
    EditorStash stash;
    MainWindow window(&store, &manager, &stash);
    StartupProbe::installIfAsked(&window);
    window.show();
    if (!loaded || !loadProblem.isEmpty()) {
        // After the window is up: a bad profiles file is news, not a reason to stop.
        QTimer::singleShot(0, &window, [&window, loadProblem] {
            window.showProblem(loadProblem.isEmpty() ? MainWindow::tr("The connection profiles could not be read.")
                                                     : loadProblem);
        });
    }

    const int code = app.exec();

    // Give the sessions' threads a moment to log out cleanly before the manager goes away; one
    // whose peer stopped answering has its socket shut on the way (Session::kCloseGraceMs).
    manager.closeAllWithin(ConnectionManager::kQuitGraceMs);
    return code;
}
} // namespace
