#include "browsercontroller.h"

#include "browser/objectbrowser.h"
#include "connection/session.h"
#include "loginflow.h"
#include "mainwindow.h"
#include "metadata/metadataservice.h"
#include "query/editorcompletion.h"
#include "query/querytab.h"
#include "query/sqleditor.h"

#include <QDockWidget>
#include <QSet>

BrowserController::BrowserController(MainWindow *window, ConnectionManager *manager, LoginFlow *login)
    : QObject(window)
    , m_window(window)
    , m_login(login)
    , m_metadata(new MetadataService(manager, this))
{
    m_dock = new QDockWidget(MainWindow::tr("Objects"), window);
    m_dock->setObjectName(QStringLiteral("objectsDock"));
    m_dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    m_browser = new ObjectBrowser(m_dock);
    m_dock->setWidget(m_browser);

    connect(m_browser, &ObjectBrowser::insertRequested, this, &BrowserController::insertIntoEditor);
    connect(m_browser, &ObjectBrowser::selectRowsRequested, this, &BrowserController::selectRows);
    connect(m_browser, &ObjectBrowser::showAllChanged, this, [this](bool all) {
        m_metadata->setShowAll(all);
        follow(m_window->currentTab());
    });
    // After the window's own slot has made the tab: give it the SQL that was waiting for it.
    connect(login, &LoginFlow::sessionReady, this, &BrowserController::onSessionReady);
}

void BrowserController::watchTab(QueryTab *tab)
{
    connect(tab, &QueryTab::stateChanged, this, [this, tab] {
        if (tab == m_window->currentTab())
            follow(tab);
    });
    connect(tab, &QueryTab::catalogChanged, this, [this, tab] { m_metadata->invalidate(tab->profileId()); });
    // Completion reads the catalog of the tab's identity as it is when asked.
    QPointer<QueryTab> guarded = tab;
    tab->completion()->setSourceProvider([this, guarded]() -> CatalogSource * {
        Session *session = guarded ? guarded->session() : nullptr;
        if (!session || (session->identity().currentUser.isEmpty() && Dialects::needsLogin(session->profile().dialect)))
            return nullptr;
        return m_metadata->source(session->profile(), session->identity());
    });
}

void BrowserController::tabsChanged()
{
    follow(m_window->currentTab());
    // A profile with no tab left keeps no metadata connection.
    QSet<QString> open;
    for (QueryTab *tab : m_window->tabsOf(QString()))
        open.insert(tab->profileId());
    for (const QString &id : m_metadata->profileIds()) {
        if (!open.contains(id))
            m_metadata->closeProfile(id);
    }
}

void BrowserController::follow(QueryTab *tab)
{
    Session *session = tab ? tab->session() : nullptr;
    if (session != m_followedSession) {
        if (m_followedSession)
            disconnect(m_followedSession, nullptr, this, nullptr);
        m_followedSession = session;
        // SET ROLE / SET search_path in the tab: what it browses follows.
        if (session)
            connect(session, &Session::identityChanged, this, [this, tab] { follow(tab); });
    }
    if (!session) {
        m_browser->setSource(nullptr, {}, tab ? MainWindow::tr("Connect this tab to browse its database.") : QString());
        return;
    }
    if (session->identity().currentUser.isEmpty() && Dialects::needsLogin(session->profile().dialect)) {
        m_browser->setSource(nullptr, {}, MainWindow::tr("Connecting…"));
        return;   // its identity comes with the connection
    }
    // The tab's identity as it is now: after SET ROLE this is another source.
    m_browser->setSource(m_metadata->source(session->profile(), session->identity()), session->profile());
}

void BrowserController::insertIntoEditor(const QString &text)
{
    QueryTab *tab = m_window->currentTab();
    if (!tab)
        return;
    tab->editor()->replaceSelectedText(text);
    tab->editor()->setFocus();
}

void BrowserController::selectRows(const QString &qualifiedName)
{
    QueryTab *tab = m_window->currentTab();
    if (!tab)
        return;
    const Dialect dialect = tab->profile().dialect;
    const QString sql = dialect == Dialect::Oracle
        ? QStringLiteral("select * from %1 fetch first 200 rows only").arg(qualifiedName)
        : QStringLiteral("select * from %1 limit 200").arg(qualifiedName);
    // A tab of its own on the same login, so the current editor and its result stay as they are.
    m_pendingSql.insert(tab->profileId(), sql);
    m_window->openProfile(tab->profileId());
}

void BrowserController::onSessionReady(Session *session)
{
    const QString sql = m_pendingSql.take(session->profile().id);
    if (sql.isEmpty())
        return;
    for (QueryTab *tab : m_window->tabsOf(session->profile().id)) {
        if (tab->session() == session) {
            tab->runWhenReady(sql);
            return;
        }
    }
}
