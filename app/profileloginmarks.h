#pragma once
#include <QObject>

class ConnectionManager;
class ProfileListWidget;

// Shows in the Connections list which profiles are logged in, and as whom: the name in bold and
// "logged in as alice" on the detail line. A login lives while the profile has sessions, so the
// marks follow the manager's sessions (and log-outs); refresh() after the list is rebuilt.
class ProfileLoginMarks : public QObject
{
    Q_OBJECT
public:
    ProfileLoginMarks(ProfileListWidget *list, ConnectionManager *manager, QObject *parent = nullptr);

    // Re-applies at the next turn of the event loop: the manager forgets a login only after it
    // has announced that the last session is gone.
    void scheduleRefresh();
    void refresh();

    static QString loggedInText(const QString &user);

private:
    ProfileListWidget *m_list;
    ConnectionManager *m_manager;
    bool m_scheduled = false;
};
