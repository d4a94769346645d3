#pragma once
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class ConnectionManager;
class QueryTab;
class QTabWidget;

// Every way a query tab goes away, each through the close guard: closing one tab, logging a
// profile out (its sessions and its login; tabs with text stay, disconnected) and quitting
// (every tab). Tabs with an open
// transaction are asked one after another (QueryTab::requestClose: Commit / Rollback / Cancel),
// one question at a time so the person always knows which tab asks; the first refusal ends it,
// and no tab closes before every tab has agreed: all or nothing.
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

    bool isAsking() const { return m_asking; }

signals:
    void tabsClosed();
    void loggedOut(const QString &profileId);
    void quitApproved();
    void stillAsking();   // a new request came while a tab's question is open

private:
    // Asks the tabs in turn; onApproved runs once all agreed (at once, inside this call, when
    // none had anything to ask). Nothing happens while another round of questions is open.
    void askInTurn(const QList<QueryTab *> &tabs, std::function<void()> onApproved);
    void askNext();
    void finishAsking(bool approved);
    void closeForGood(QueryTab *tab);
    void remove(QueryTab *tab);

    QTabWidget *m_tabs;
    ConnectionManager *m_manager;
    QList<QPointer<QueryTab>> m_pending;   // still to be asked
    QPointer<QueryTab> m_current;          // asking now
    std::function<void()> m_onApproved;
    bool m_asking = false;
};
