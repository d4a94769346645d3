#pragma once
#include <QHash>
#include <QObject>
#include <QPointer>

class ConnectionManager;
class LoginFlow;
class MainWindow;
class MetadataService;
class ObjectBrowser;
class QDockWidget;
class QueryTab;
class Session;

// The Objects dock of the window: it shows the catalog of the tab in front, as that tab's
// identity sees it (following SET ROLE and search_path), reads it through the profile's
// metadata session, drops that session when the profile's last tab goes, reads again after a
// tab ran DDL, and turns the dock's requests into editor inserts and new tabs.
class BrowserController : public QObject
{
    Q_OBJECT
public:
    BrowserController(MainWindow *window, ConnectionManager *manager, LoginFlow *login);

    QDockWidget *dock() const { return m_dock; }
    ObjectBrowser *browser() const { return m_browser; }
    MetadataService *metadata() const { return m_metadata; }

    // The window's tab set changed (one came, went, or moved to the front).
    void tabsChanged();
    void watchTab(QueryTab *tab);

private:
    void follow(QueryTab *tab);
    void insertIntoEditor(const QString &text);
    void selectRows(const QString &qualifiedName);
    void onSessionReady(Session *session);

    MainWindow *m_window;
    LoginFlow *m_login;
    MetadataService *m_metadata;
    QDockWidget *m_dock;
    ObjectBrowser *m_browser;
    QPointer<Session> m_followedSession;
    QHash<QString, QString> m_pendingSql;   // profile id -> SQL for the next tab that opens
};
