#pragma once
// A QueryTab on a real session of the throwaway PostgreSQL, without a main window: what the
// query tab tests share. Header-only on purpose (each test is its own executable).
#include "connection/connectionmanager.h"
#include "connection/session.h"
#include "query/messagelog.h"
#include "query/querytab.h"
#include "query/sqleditor.h"
#include "testserver.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

#include <memory>

namespace QueryTabHarness {

constexpr int kTimeoutMs = 20000;

// A manager and a tab on a freshly opened session (nullptr tab when the session did not open).
struct Harness
{
    std::unique_ptr<ConnectionManager> manager = std::make_unique<ConnectionManager>();
    std::unique_ptr<QueryTab> tab;

    Session *session() const { return tab ? tab->session() : nullptr; }

    bool open(const Credentials &credentials = TestServer::alice(),
              const ConnectionProfile &profile = TestServer::profile())
    {
        Session *s = manager->createSession(profile, credentials);
        if (!s)
            return false;
        tab = std::make_unique<QueryTab>(s, manager.get());
        tab->resize(1000, 620);
        tab->show();
        s->open();
        return QTest::qWaitFor([s] { return s->state() == Session::State::Idle; }, kTimeoutMs);
    }

    // Closes the tab (and with it its session) and waits until the manager has none left.
    bool close()
    {
        tab.reset();
        return QTest::qWaitFor([this] { return manager->liveCount() == 0; }, kTimeoutMs);
    }
};

// Puts sql in the editor, runs it as Ctrl+Enter would and waits until the tab is idle again.
// Returns the last outcome (ok == false and an empty sql when nothing finished).
inline StatementOutcome run(QueryTab *tab, const QString &sql, bool script = false)
{
    QSignalSpy finished(tab->session(), &Session::statementFinished);
    tab->editor()->setText(sql);
    script ? tab->runScript() : tab->runStatement();
    const bool done = QTest::qWaitFor([&] { return !finished.isEmpty() && tab->canRun(); }, kTimeoutMs);
    if (!done || finished.isEmpty())
        return {};
    return finished.last().first().value<StatementOutcome>();
}

template<typename T>
T *topLevel(const QString &objectName)
{
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *w : windows) {
        if (auto *t = qobject_cast<T *>(w); t && t->objectName() == objectName && t->isVisible())
            return t;
    }
    return nullptr;
}

// TESSERA_SCREENSHOT_DIR=<dir> keeps pictures of the states worth looking at.
inline void screenshot(QWidget *widget, const QString &name)
{
    if (const QString dir = qEnvironmentVariable("TESSERA_SCREENSHOT_DIR"); !dir.isEmpty()) {
        // Let labels whose text just grew get their room first, as they will before the next paint.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        widget->grab().save(dir + u'/' + name);
    }
}

} // namespace QueryTabHarness
