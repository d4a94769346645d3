#pragma once
#include <QObject>

#include <functional>

class ConnectionManager;
class ProfileListWidget;
class ProfileStore;
class QWidget;

// The File menu's profile commands (new, edit, duplicate, delete): dialogs, confirmation and
// the store updates that follow. They act on the profile selected in the Connections list.
class ProfileCommands : public QObject
{
    Q_OBJECT
public:
    ProfileCommands(ProfileStore *store, ConnectionManager *manager, ProfileListWidget *list,
                    QWidget *window);

    // How many tabs are open on a profile; a profile in use is not deleted.
    void setOpenTabCounter(std::function<int(const QString &profileId)> counter);

public slots:
    void newProfile();
    void editProfile();
    void duplicateProfile();
    void deleteProfile();

signals:
    void problem(const QString &text);                          // e.g. the store could not save
    void information(const QString &title, const QString &text);

private:
    void reportStoreProblem();

    ProfileStore *m_store;
    ConnectionManager *m_manager;
    ProfileListWidget *m_list;
    QWidget *m_window;
    std::function<int(const QString &)> m_openTabs;
};
