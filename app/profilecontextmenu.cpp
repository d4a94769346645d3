#include "profilecontextmenu.h"

#include "profiles/profilelistwidget.h"

#include <QListWidget>
#include <QMenu>

ProfileContextMenu::ProfileContextMenu(ProfileListWidget *list, const QList<QAction *> &top,
                                       const QList<QAction *> &bottom, QWidget *window)
    : QObject(window)
    , m_list(list)
    , m_top(top)
    , m_bottom(bottom)
    , m_window(window)
{
    list->list()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(list->list(), &QWidget::customContextMenuRequested, this, &ProfileContextMenu::popup);
}

void ProfileContextMenu::setCanLogOut(std::function<bool(const QString &)> canLogOut)
{
    m_canLogOut = std::move(canLogOut);
}

void ProfileContextMenu::popup(const QPoint &pos)
{
    QListWidget *list = m_list->list();
    QListWidgetItem *item = list->itemAt(pos);
    if (!item)
        return;
    list->setCurrentItem(item);
    const QString id = m_list->currentProfileId();
    auto *menu = new QMenu(m_window);
    menu->setObjectName(QStringLiteral("profileMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addActions(m_top);
    QAction *logout = menu->addAction(tr("&Log Out"), this, [this, id] { emit logOutRequested(id); });
    logout->setObjectName(QStringLiteral("profileLogoutAction"));
    logout->setToolTip(tr("Close the profile's tabs and forget its password"));
    logout->setEnabled(m_canLogOut && m_canLogOut(id));
    menu->addSeparator();
    menu->addActions(m_bottom);
    menu->popup(list->viewport()->mapToGlobal(pos));   // not exec(): no nested event loop
}
