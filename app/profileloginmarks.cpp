#include "profileloginmarks.h"

#include "connection/connectionmanager.h"
#include "connection/session.h"
#include "profiles/profilelistwidget.h"

#include <QTimer>

ProfileLoginMarks::ProfileLoginMarks(ProfileListWidget *list, ConnectionManager *manager, QObject *parent)
    : QObject(parent)
    , m_list(list)
    , m_manager(manager)
{
    connect(manager, &ConnectionManager::sessionAdded, this, &ProfileLoginMarks::scheduleRefresh);
    connect(manager, &ConnectionManager::sessionRemoved, this, &ProfileLoginMarks::scheduleRefresh);
}

QString ProfileLoginMarks::loggedInText(const QString &user)
{
    return user.isEmpty() ? tr("logged in") : tr("logged in as %1").arg(user);
}

void ProfileLoginMarks::scheduleRefresh()
{
    if (m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_scheduled = false;
        refresh();
    });
}

void ProfileLoginMarks::refresh()
{
    const QStringList ids = m_list->profileIds();
    for (const QString &id : ids)
        m_list->setMark(id, m_manager->isLoggedIn(id) ? loggedInText(m_manager->login(id).user) : QString());
}
