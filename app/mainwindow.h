#pragma once
#include "connection/credentials.h"
#include "profiles/connectionprofile.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class ConnectionManager;
class LoginDialog;
class NoticeBanner;
class ProfileCommands;
class ProfileListWidget;
class ProfileStore;
class QueryTab;
class Session;
class QAction;
class QStackedWidget;
class QTabWidget;

// The main window: the Connections dock, the query tabs, menus and actions. It wires widgets
// to the core; the store and the manager are injected so tests can build it on temp files.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(ProfileStore *store, ConnectionManager *manager, QWidget *parent = nullptr);
    ~MainWindow() override;

    QTabWidget *tabWidget() const { return m_tabs; }
    int tabCount() const;
    QueryTab *tabAt(int index) const;
    QueryTab *currentTab() const;
    ProfileListWidget *profileList() const { return m_profileList; }
    NoticeBanner *noticeBanner() const { return m_banner; }
    ProfileCommands *profileCommands() const { return m_profileCommands; }

    // Says what went wrong without stopping anything (a banner at the top of the window).
    void showProblem(const QString &text);

public slots:
    // Opens a tab on a profile: at once for SQLite and for a profile already logged in,
    // through the login dialog otherwise.
    void openProfile(const QString &profileId);
    void openSelectedProfile();
    void newTabOnSameProfile();
    void closeTab(int index);
    void closeCurrentTab();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenusAndToolBar();
    QueryTab *addTab(Session *session);
    void openWithCredentials(const ConnectionProfile &profile, const Credentials &credentials);
    void explainMissingDriver(const ConnectionProfile &profile);
    void showInfo(const QString &title, const QString &text);
    void updateActions();
    void reloadProfiles();
    QString selectedProfileId() const;

    ProfileStore *m_store;
    ConnectionManager *m_manager;
    ProfileListWidget *m_profileList = nullptr;
    NoticeBanner *m_banner = nullptr;
    ProfileCommands *m_profileCommands = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTabWidget *m_tabs = nullptr;
    QHash<QString, QPointer<LoginDialog>> m_loginDialogs;

    QAction *m_newProfile = nullptr;
    QAction *m_editProfile = nullptr;
    QAction *m_duplicateProfile = nullptr;
    QAction *m_deleteProfile = nullptr;
    QAction *m_connect = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_runStatement = nullptr;
    QAction *m_runScript = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_newTab = nullptr;
    QAction *m_closeTab = nullptr;
};
