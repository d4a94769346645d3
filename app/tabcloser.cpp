#include "tabcloser.h"

#include "connection/connectionmanager.h"
#include "query/querytab.h"
#include "query/sqleditor.h"

#include <QTabWidget>

#include <algorithm>

TabCloser::TabCloser(QTabWidget *tabs, ConnectionManager *manager, QObject *parent)
    : QObject(parent)
    , m_tabs(tabs)
    , m_manager(manager)
{
}

QList<QueryTab *> TabCloser::tabsOf(const QString &profileId) const
{
    QList<QueryTab *> tabs;
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *tab = qobject_cast<QueryTab *>(m_tabs->widget(i));
        if (tab && (profileId.isEmpty() || tab->profileId() == profileId))
            tabs.append(tab);
    }
    return tabs;
}

void TabCloser::askInTurn(const QList<QueryTab *> &tabs, std::function<void()> onApproved)
{
    if (m_asking) {
        emit stillAsking();
        return;
    }
    m_asking = true;
    m_pending.clear();
    for (QueryTab *tab : tabs)
        m_pending.append(tab);
    m_onApproved = std::move(onApproved);
    askNext();
}

void TabCloser::askNext()
{
    while (!m_pending.isEmpty()) {
        QueryTab *tab = m_pending.takeFirst();
        // Closed some other way meanwhile, or nothing to lose: nothing to ask. (requestClose()
        // approves such a tab too, but only after a turn of the event loop; decided here,
        // Ctrl+W closes the tab before the next key is read.)
        if (!tab || !tab->hasSomethingToAsk())
            continue;
        m_current = tab;
        m_tabs->setCurrentWidget(tab);   // the question is about this tab: show it
        connect(tab, &QueryTab::closeApproved, this, [this, tab] {
            disconnect(tab, nullptr, this, nullptr);
            m_current.clear();
            askNext();
        });
        connect(tab, &QueryTab::closeRefused, this, [this, tab] {
            disconnect(tab, nullptr, this, nullptr);
            m_current.clear();
            finishAsking(false);
        });
        // A tab destroyed while its question is open cannot refuse any more.
        connect(tab, &QObject::destroyed, this, [this] {
            m_current.clear();
            askNext();
        });
        tab->requestClose();
        return;
    }
    finishAsking(true);
}

void TabCloser::finishAsking(bool approved)
{
    if (!m_asking)
        return;
    m_asking = false;
    m_pending.clear();
    const std::function<void()> onApproved = std::exchange(m_onApproved, {});
    if (approved && onApproved)
        onApproved();
}

void TabCloser::closeTab(QueryTab *tab)
{
    if (!tab)
        return;
    QPointer<QueryTab> guarded = tab;
    askInTurn({tab}, [this, guarded] {
        if (guarded)
            closeForGood(guarded);
        emit tabsClosed();
    });
}

void TabCloser::logOut(const QString &profileId)
{
    askInTurn(tabsOf(profileId), [this, profileId] {
        // Like disconnecting in DBeaver or DataGrip: the login and the sessions go, the SQL
        // does not. A tab with text stays, without a session, offering Connect; an empty one
        // has nothing to keep and closes.
        const QList<QueryTab *> tabs = tabsOf(profileId);
        for (QueryTab *tab : tabs) {
            if (tab->editor()->text().isEmpty())
                closeForGood(tab);
            else
                tab->logOutKeepingText();
        }
        // The sessions close in the background; the login goes now, so nothing reuses it.
        m_manager->forgetLogin(profileId);
        emit tabsClosed();
        emit loggedOut(profileId);
    });
}

bool TabCloser::askToQuit()
{
    if (m_asking) {
        emit stillAsking();
        return false;
    }
    const QList<QueryTab *> tabs = tabsOf(QString());
    const bool anythingToAsk = std::any_of(tabs.cbegin(), tabs.cend(), [](QueryTab *t) { return t->hasSomethingToAsk(); });
    if (!anythingToAsk)
        return true;   // the caller (closeEvent) goes on at once
    askInTurn(tabs, [this] { emit quitApproved(); });
    return false;
}

void TabCloser::releaseAll()
{
    const QList<QueryTab *> tabs = tabsOf(QString());
    for (QueryTab *tab : tabs)
        remove(tab);
    emit tabsClosed();
}

void TabCloser::closeForGood(QueryTab *tab)
{
    tab->discardStash();   // closed on purpose: its text is not recovered at the next start
    remove(tab);
}

void TabCloser::remove(QueryTab *tab)
{
    const int index = m_tabs->indexOf(tab);
    if (index >= 0)
        m_tabs->removeTab(index);
    tab->cancel();
    tab->releaseSession();
    tab->deleteLater();
}
