#include "tabcloser.h"

#include "closeguardsequence.h"
#include "connection/connectionmanager.h"
#include "querytab.h"

#include <QTabWidget>

TabCloser::TabCloser(QTabWidget *tabs, ConnectionManager *manager, QObject *parent)
    : QObject(parent)
    , m_tabs(tabs)
    , m_manager(manager)
{
}

bool TabCloser::isAsking() const
{
    // A finished sequence lingers until its deferred delete: it no longer counts.
    return m_guard && m_guard->isRunning();
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

CloseGuardSequence *TabCloser::startGuard(const QList<QueryTab *> &tabs)
{
    if (isAsking()) {
        emit stillAsking();
        return nullptr;
    }
    m_guard = new CloseGuardSequence(tabs, this);
    connect(m_guard, &CloseGuardSequence::asking, this, [this](QueryTab *tab) {
        if (tab->hasOpenTransaction())
            m_tabs->setCurrentWidget(tab);   // the question is about this tab: show it
    });
    return m_guard;
}

void TabCloser::closeTab(QueryTab *tab)
{
    CloseGuardSequence *guard = tab ? startGuard({tab}) : nullptr;
    if (!guard)
        return;
    QPointer<QueryTab> guarded = tab;
    connect(guard, &CloseGuardSequence::approved, this, [this, guarded] {
        if (guarded)
            closeForGood(guarded);
        emit tabsClosed();
    });
    guard->start();
}

void TabCloser::logOut(const QString &profileId)
{
    CloseGuardSequence *guard = startGuard(tabsOf(profileId));
    if (!guard)
        return;
    connect(guard, &CloseGuardSequence::approved, this, [this, profileId] {
        const QList<QueryTab *> tabs = tabsOf(profileId);
        for (QueryTab *tab : tabs)
            closeForGood(tab);
        // The sessions close in the background; the login goes now, so nothing reuses it.
        m_manager->forgetLogin(profileId);
        emit tabsClosed();
        emit loggedOut(profileId);
    });
    guard->start();
}

bool TabCloser::askToQuit()
{
    CloseGuardSequence *guard = startGuard(tabsOf(QString()));
    if (!guard)
        return false;
    m_quitAnsweredAtOnce = false;
    m_startingQuit = true;
    connect(guard, &CloseGuardSequence::approved, this, [this] {
        // Inside start() the caller learns it from the return value (it is in closeEvent).
        if (m_startingQuit)
            m_quitAnsweredAtOnce = true;
        else
            emit quitApproved();
    });
    guard->start();
    m_startingQuit = false;
    return m_quitAnsweredAtOnce;
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
