#include "recoverycontroller.h"

#include "profiles/profilestore.h"
#include "query/querytab.h"
#include "query/sqleditor.h"
#include "workspace/editorstash.h"

#include <QCoreApplication>

RecoveryController::RecoveryController(EditorStash *stash, ProfileStore *store, ConnectionManager *manager)
    : m_stash(stash)
    , m_store(store)
    , m_manager(manager)
{
}

QList<QueryTab *> RecoveryController::restoreTabs(QWidget *parent) const
{
    QList<QueryTab *> tabs;
    if (!m_stash)
        return tabs;
    const QList<StashedEditor> stashed = m_stash->load();
    for (const StashedEditor &editor : stashed) {
        ConnectionProfile profile;
        if (m_store->contains(editor.profileId)) {
            profile = m_store->profile(editor.profileId);
        } else {
            // The profile is gone: the text is still worth having. Connecting explains why not.
            profile.id = editor.profileId;
            profile.name = editor.profileName;
        }
        auto *tab = new QueryTab(profile, m_manager, parent);
        tab->editor()->setText(editor.text);
        tab->editor()->setCursorOffset(qBound(0, editor.cursorPosition, int(editor.text.size())));
        // After the text: the stash then starts from what was recovered, not from an empty editor.
        tab->setStash(m_stash, editor.id);
        tabs.append(tab);
    }
    return tabs;
}

QString RecoveryController::recoveredText(int count)
{
    // Spelled out rather than %n: without an English .qm that would show "editor(s)".
    return count == 1
        ? QCoreApplication::translate("RecoveryController", "Recovered 1 editor from the last session. "
                                                            "Press Connect in it to log in again.")
        : QCoreApplication::translate("RecoveryController", "Recovered %1 editors from the last session. "
                                                            "Press Connect in each to log in again.")
              .arg(count);
}
