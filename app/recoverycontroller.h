#pragma once
#include <QList>
#include <QString>

class ConnectionManager;
class EditorStash;
class ProfileStore;
class QueryTab;
class QWidget;

// Crash recovery: the stash holds the text of every editor while it is open (each tab writes
// its own); at start every stashed editor comes back as a tab with no session, which connects
// when the person asks. A normal quit keeps the stash too, like a browser's session restore:
// only closing a tab for good forgets its text.
class RecoveryController
{
public:
    RecoveryController(EditorStash *stash, ProfileStore *store, ConnectionManager *manager);

    // One restored tab per stashed editor, oldest first, text and cursor as they were. The tabs
    // keep stashing under their old ids.
    QList<QueryTab *> restoreTabs(QWidget *parent) const;

    static QString recoveredText(int count);

private:
    EditorStash *m_stash;
    ProfileStore *m_store;
    ConnectionManager *m_manager;
};
