#pragma once
#include <QObject>

#include <functional>

class ProfileListWidget;
class QAction;
class QPoint;
class QWidget;

// The Connections list's context menu: connect, log out, and the profile commands, for the
// profile under the mouse (which becomes the selected one, so the shared actions act on it).
class ProfileContextMenu : public QObject
{
    Q_OBJECT
public:
    ProfileContextMenu(ProfileListWidget *list, const QList<QAction *> &top, const QList<QAction *> &bottom,
                       QWidget *window);

    // Whether "Log Out" makes sense for a profile (logged in, or tabs open).
    void setCanLogOut(std::function<bool(const QString &profileId)> canLogOut);

signals:
    void logOutRequested(const QString &profileId);

private:
    void popup(const QPoint &pos);

    ProfileListWidget *m_list;
    QList<QAction *> m_top;
    QList<QAction *> m_bottom;
    QWidget *m_window;
    std::function<bool(const QString &)> m_canLogOut;
};
