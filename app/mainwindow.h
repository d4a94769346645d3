#pragma once
#include "windowactions.h"

#include <QMainWindow>

class BrowserController;
class EditActions;
class FileCommands;
struct ConnectionProfile;
class ConnectionManager;
class EditorStash;
class LoginFlow;
class NoticeBanner;
class ProfileCommands;
class ProfileListWidget;
class ProfileLoginMarks;
class ProfileStore;
class QueryTab;
class RecoveryController;
class Session;
class TabCloser;
class QAction;
class QDockWidget;
class QFrame;
class QStackedWidget;
class QTabWidget;

// The main window: the Connections dock, the query tabs, the connection monitor, menus and
// actions. It wires widgets to the core; the store, the manager and the editor stash are
// injected so tests can build it on temp files (no stash: no autosave, no recovery).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(ProfileStore *store, ConnectionManager *manager, EditorStash *stash = nullptr,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    QTabWidget *tabWidget() const { return m_tabs; }
    int tabCount() const;
    QueryTab *tabAt(int index) const;
    QueryTab *currentTab() const;
    QList<QueryTab *> tabsOf(const QString &profileId) const;   // empty id: every tab
    ProfileListWidget *profileList() const { return m_profileList; }
    NoticeBanner *noticeBanner() const { return m_banner; }
    ProfileCommands *profileCommands() const { return m_profileCommands; }
    LoginFlow *loginFlow() const { return m_login; }
    BrowserController *browserController() const { return m_browser; }
    FileCommands *fileCommands() const { return m_files; }
    ProfileStore *profileStore() const { return m_store; }
    QDockWidget *monitorDock() const { return m_monitorDock; }
    QFrame *colorStrip() const { return m_colorStrip; }

    // Says what went wrong without stopping anything (a banner at the top of the window).
    void showProblem(const QString &text);
    void showInfo(const QString &title, const QString &text);   // a message box, never exec()'d

    // A new tab on the profile with no session yet (for a file being opened): it connects at
    // once when the profile needs no password or is logged in, else it offers Connect.
    QueryTab *addTabWithoutSession(const ConnectionProfile &profile);
    // The profile a new tab should use: the current tab's, else the one selected in the list.
    QString activeProfileId() const;

public slots:
    // Opens a tab on a profile: at once for SQLite and for a profile already logged in,
    // through the login dialog otherwise.
    void openProfile(const QString &profileId);
    void openSelectedProfile();
    void newTabOnSameProfile();
    // Through the close guard: a tab with an open transaction asks first.
    void closeTab(int index);
    void closeCurrentTab();
    // Closes every tab of the profile (each may ask first; one refusal stops it all) and
    // forgets its login, so the next tab asks for the password again.
    void logOut(const QString &profileId);
    void logOutCurrent();   // the current tab's profile, else the one selected in the list

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createDocks();
    void addSessionTab(Session *session);
    void addTab(QueryTab *tab, bool makeCurrent = true);
    void numberTitle(QueryTab *tab);
    void attachOrAdd(Session *session, QueryTab *target);
    void restoreEditors();
    void updateActions();
    void updateTabLook();
    void reloadProfiles();
    QString selectedProfileId() const;

    ProfileStore *m_store;
    ConnectionManager *m_manager;
    EditorStash *m_stash;
    ProfileListWidget *m_profileList = nullptr;
    ProfileLoginMarks *m_loginMarks = nullptr;
    LoginFlow *m_login = nullptr;
    BrowserController *m_browser = nullptr;
    FileCommands *m_files = nullptr;
    EditActions *m_edit = nullptr;
    NoticeBanner *m_banner = nullptr;
    ProfileCommands *m_profileCommands = nullptr;
    QFrame *m_colorStrip = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTabWidget *m_tabs = nullptr;
    QDockWidget *m_profileDock = nullptr;
    QDockWidget *m_monitorDock = nullptr;
    TabCloser *m_closer = nullptr;
    RecoveryController *m_recovery = nullptr;
    bool m_quitApproved = false;   // every tab said yes: the next closeEvent goes through

    WindowActions m_actions;
};
