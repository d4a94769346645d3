#include "closeguardsequence.h"

#include "querytab.h"

CloseGuardSequence::CloseGuardSequence(const QList<QueryTab *> &tabs, QObject *parent)
    : QObject(parent)
{
    for (QueryTab *tab : tabs)
        m_pending.append(tab);
}

void CloseGuardSequence::start()
{
    if (m_running)
        return;
    m_running = true;
    next();
}

void CloseGuardSequence::next()
{
    while (!m_pending.isEmpty()) {
        QueryTab *tab = m_pending.takeFirst();
        if (!tab)
            continue;   // closed some other way meanwhile: nothing left to ask
        // requestClose() approves a tab without an open transaction too, but only after a turn
        // of the event loop; asked here, Ctrl+W closes the tab before the next key is read.
        if (!tab->hasOpenTransaction())
            continue;
        m_current = tab;
        connect(tab, &QueryTab::closeApproved, this, [this, tab] {
            disconnect(tab, nullptr, this, nullptr);
            m_current.clear();
            next();
        });
        connect(tab, &QueryTab::closeRefused, this, [this, tab] {
            disconnect(tab, nullptr, this, nullptr);
            m_current.clear();
            finish(false);
        });
        // A tab destroyed while its question is open cannot refuse any more.
        connect(tab, &QObject::destroyed, this, [this] {
            m_current.clear();
            next();
        });
        emit asking(tab);
        tab->requestClose();
        return;
    }
    finish(true);
}

void CloseGuardSequence::finish(bool ok)
{
    if (!m_running)
        return;
    m_running = false;
    if (ok)
        emit approved();
    else
        emit refused();
    deleteLater();
}
