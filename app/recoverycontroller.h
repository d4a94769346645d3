#pragma once
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

class ConnectionManager;
class EditorStash;
class ProfileStore;
class QTabWidget;
class QueryTab;
class QWidget;

// Session restore and crash recovery: the stash holds the text of every editor while it is
// open (each tab writes its own) together with the tab order, kept here; at start every
// stashed editor comes back as a tab with no session, in its old place, with its auto-commit
// mode and zoom. A normal quit keeps the stash too, like a browser's session restore, and
// says so ("clean exit"): the next start then reads "Restored your tabs", not "Recovered after
// an unexpected exit". Only closing a tab for good forgets its text.
class RecoveryController : public QObject
{
    Q_OBJECT
public:
    // stash may be null: nothing is restored or remembered.
    RecoveryController(EditorStash *stash, ProfileStore *store, ConnectionManager *manager,
                       QTabWidget *tabs, QObject *parent = nullptr);

    struct Restored
    {
        QList<QueryTab *> tabs;   // in their old order
        bool cleanExit = true;
    };
    // One tab per stashed editor of this and of every ended instance, text, cursor, auto-commit
    // and zoom as they were. The tabs keep stashing under their old ids.
    Restored restoreTabs(QWidget *parent) const;

    // After a tab was added, closed or moved (moves are seen here).
    void rememberTabOrder();
    // At a normal quit, before the tabs go: the order as it is now, and "clean exit". Later
    // changes (the tabs being removed) are not recorded.
    void rememberCleanExit();

    // What the window says about the restored tabs; needLogin: how many of them wait for
    // Connect (the others connect by themselves).
    static QString restoredText(int count, bool cleanExit, int needLogin);

private:
    QStringList tabOrder() const;

    EditorStash *m_stash;
    ProfileStore *m_store;
    ConnectionManager *m_manager;
    QTabWidget *m_tabs;
    bool m_quitting = false;
};
