#pragma once
#include <QList>
#include <QObject>
#include <QPointer>

class CloseGuardSequence;
class ConnectionManager;
class QueryTab;
class QTabWidget;

// Every way a query tab goes away, each through the close guard (a tab with an open transaction
// asks Commit / Rollback / Cancel first; one refusal stops it all): closing one tab, logging a
// profile out (all its tabs, then its login) and quitting (every tab). One question at a time.
class TabCloser : public QObject
{
    Q_OBJECT
public:
    TabCloser(QTabWidget *tabs, ConnectionManager *manager, QObject *parent = nullptr);

    QList<QueryTab *> tabsOf(const QString &profileId) const;   // empty id: every tab

    void closeTab(QueryTab *tab);
    void logOut(const QString &profileId);
    // True when every tab agreed already (none had anything to ask); otherwise the questions
    // are on screen and quitApproved() follows a full yes.
    bool askToQuit();
    // After an approved quit: the sessions go, the stashed text stays for the next start.
    void releaseAll();

    bool isAsking() const;

signals:
    void tabsClosed();
    void loggedOut(const QString &profileId);
    void quitApproved();
    void stillAsking();   // a new request came while a tab's question is open

private:
    CloseGuardSequence *startGuard(const QList<QueryTab *> &tabs);
    void closeForGood(QueryTab *tab);
    void remove(QueryTab *tab);

    QTabWidget *m_tabs;
    ConnectionManager *m_manager;
    QPointer<CloseGuardSequence> m_guard;
    bool m_startingQuit = false;
    bool m_quitAnsweredAtOnce = false;
};
