#include "profileloginmarks.h"

#include "connection/connectionmanager.h"
#include "connection/session.h"
#include "profilelistwidget.h"

#include <QListWidget>
#include <QTimer>

namespace {
// ProfileListWidget's roles: the profile id, and the detail line its delegate draws under the
// name. The plain detail is kept aside so a mark can be taken off again.
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kDetailRole = Qt::UserRole + 2;
constexpr int kPlainDetailRole = Qt::UserRole + 40;
constexpr int kPlainToolTipRole = Qt::UserRole + 41;
} // namespace

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
    QListWidget *list = m_list->list();
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem *item = list->item(i);
        if (!item->data(kPlainDetailRole).isValid()) {
            item->setData(kPlainDetailRole, item->data(kDetailRole));
            item->setData(kPlainToolTipRole, item->toolTip());
        }
        const QString id = item->data(kIdRole).toString();
        const bool in = m_manager->isLoggedIn(id);
        const QString plain = item->data(kPlainDetailRole).toString();
        const QString mark = in ? loggedInText(m_manager->login(id).user) : QString();
        QFont font = list->font();
        font.setBold(in);
        item->setFont(font);
        item->setData(kDetailRole, in ? QStringLiteral("%1 · %2").arg(mark, plain) : plain);
        item->setToolTip(in ? item->data(kPlainToolTipRole).toString() + u'\n' + mark
                            : item->data(kPlainToolTipRole).toString());
    }
}
