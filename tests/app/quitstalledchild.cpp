// The program's quit, in a process of its own, for tst_quit_stalled: the objects main() makes
// (profile store, connection manager, editor stash, main window) and main()'s own ending
// (ConnectionManager::closeAllWithin, SessionThreads::exitCode), with one tab whose result the
// test's FaultProxy has stalled, or (argument "sqlite") a local SQLite statement that runs for
// minutes without a row, so that its thread cannot be stopped in time. Usage: quitstalledchild
// <proxy port> | sqlite. Prints "started" when the statement goes out and "streaming" once rows
// are in; on a line on stdin it closes the window, as a person quitting does.
#include "connection/connectionmanager.h"
#include "connection/session.h"
#include "connection/sessionthreads.h"
#include "mainwindow.h"
#include "profiles/profilestore.h"
#include "query/querytab.h"
#include "query/sqleditor.h"
#include "testserver.h"
#include "workspace/editorstash.h"

#include <QApplication>
#include <QSocketNotifier>

#include <cstdio>
#include <unistd.h>
#include <utility>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tessera"));
    QApplication::setOrganizationName(QStringLiteral("Tessera"));
    const QString target = QCoreApplication::arguments().value(1);

    int code = 0;
    {
        ProfileStore store;
        store.load();
        ConnectionProfile profile;
        QString sql = QStringLiteral("select g, repeat('x', 200) from generate_series(1, 5000000) g");
        if (target == QLatin1String("sqlite")) {
            profile.id = QStringLiteral("quit-sqlite");
            profile.name = QStringLiteral("SQLite");
            profile.dialect = Dialect::SQLite;
            profile.isDemo = true;   // created on first use
            profile.database = ProfileStore::demoDatabasePath();
            sql = QStringLiteral("with recursive c(x) as (select 1 union all select x + 1 from c where x < 2000000000) "
                                 "select count(*) from c");
        } else {
            profile = TestServer::profileVia(quint16(target.toUInt()));
        }
        store.add(profile);
        ConnectionManager manager;
        EditorStash stash;
        MainWindow window(&store, &manager, &stash);
        window.show();
        manager.rememberLogin(profile.id, TestServer::alice());   // as after the login dialog
        window.openProfile(profile.id);
        QueryTab *tab = window.currentTab();
        if (!tab || !tab->session()) {
            std::fprintf(stderr, "quitstalledchild: no tab for the profile\n");
            return 10;
        }
        QObject::connect(tab->session(), &Session::opened, tab, [tab, sql] {
            tab->editor()->setText(sql);
            tab->runStatement();
        });
        QObject::connect(tab->session(), &Session::statementStarted, tab, [] {
            std::puts("started");
            std::fflush(stdout);
        });
        QObject::connect(tab->session(), &Session::openFailed, &app, [] { QCoreApplication::exit(11); });
        bool told = false;
        QObject::connect(tab->session(), &Session::rowsFetched, tab, [&told] {
            if (std::exchange(told, true))
                return;
            std::puts("streaming");
            std::fflush(stdout);
        });
        QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
        QObject::connect(&input, &QSocketNotifier::activated, &window, [&window, &input] {
            char buffer[64];
            if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0)
                input.setEnabled(false);
            window.close();
        });
        code = app.exec();
        manager.closeAllWithin(ConnectionManager::kQuitGraceMs);
    }
    return SessionThreads::exitCode(code);
}
