// A real Tessera instance for the multi-process tests: the program's own objects (profile
// store, manager, editor stash, main window) on the XDG folders of the environment, driven
// through stdin so that the test can kill -9 it at a moment it chooses:
//   type TEXT      appends TEXT to the current tab (the demo profile's new tab if none), then
//                  answers "stashed TEXT" once the stash on disk holds it
//   keep-typing    appends " k1", " k2", ... every 100 ms without a pause, saying "typed N"
// It says "ready" once the window is up (and has restored what it found).
#include "connection/connectionmanager.h"
#include "mainwindow.h"
#include "profiles/profilestore.h"
#include "query/querytab.h"
#include "query/sqleditor.h"
#include "workspace/editorstash.h"

#include <QApplication>
#include <QSocketNotifier>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

namespace {

void say(const QString &line)
{
    std::fprintf(stdout, "%s\n", qUtf8Printable(line));
    std::fflush(stdout);
}

QueryTab *currentOrNewTab(MainWindow *window, const ProfileStore &store)
{
    if (QueryTab *tab = window->currentTab())
        return tab;
    for (const ConnectionProfile &p : store.profiles()) {
        if (p.isDemo)
            window->openProfile(p.id);   // SQLite: the tab opens at once
    }
    return window->currentTab();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tessera"));
    QApplication::setOrganizationName(QStringLiteral("Tessera"));

    ProfileStore store;
    store.load();
    store.ensureDemoProfile();
    ConnectionManager manager;
    EditorStash stash;
    MainWindow window(&store, &manager, &stash);
    window.show();

    int typed = 0;
    QTimer typing;
    typing.setInterval(100);
    QObject::connect(&typing, &QTimer::timeout, &window, [&] {
        if (QueryTab *tab = currentOrNewTab(&window, store)) {
            tab->editor()->append(QStringLiteral(" k%1").arg(++typed));
            say(QStringLiteral("typed %1").arg(typed));
        }
    });

    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QByteArray pending;
    QObject::connect(&input, &QSocketNotifier::activated, &window, [&] {
        char buffer[512];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0) {
            input.setEnabled(false);
            return;
        }
        pending.append(buffer, n);
        while (pending.contains('\n')) {
            const qsizetype end = pending.indexOf('\n');
            const QString line = QString::fromUtf8(pending.left(end));
            pending.remove(0, end + 1);
            if (line == QLatin1String("keep-typing")) {
                typing.start();
            } else if (line.startsWith(QLatin1String("type "))) {
                const QString text = line.mid(5);
                if (QueryTab *tab = currentOrNewTab(&window, store))
                    tab->editor()->append(QLatin1Char(' ') + text);
                auto *poll = new QTimer(&window);
                QObject::connect(poll, &QTimer::timeout, &window, [&stash, poll, text] {
                    for (const StashedEditor &e : stash.load()) {
                        if (e.text.contains(text)) {
                            say(QStringLiteral("stashed ") + text);
                            poll->deleteLater();
                            poll->stop();
                            return;
                        }
                    }
                });
                poll->start(50);
            }
        }
    });
    QTimer::singleShot(0, &window, [] { say(QStringLiteral("ready")); });
    return QApplication::exec();
}
