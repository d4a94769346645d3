#include "recoverycontroller.h"

#include "profiles/profilestore.h"
#include "query/querytab.h"
#include "query/querytoolbar.h"
#include "query/sqleditor.h"
#include "query/transactioncontrols.h"
#include "workspace/editorstash.h"

#include <QAction>
#include <QCoreApplication>
#include <QTabBar>
#include <QTabWidget>

RecoveryController::RecoveryController(EditorStash *stash, ProfileStore *store, ConnectionManager *manager,
                                       QTabWidget *tabs, QObject *parent)
    : QObject(parent)
    , m_stash(stash)
    , m_store(store)
    , m_manager(manager)
    , m_tabs(tabs)
{
    connect(tabs->tabBar(), &QTabBar::tabMoved, this, &RecoveryController::rememberTabOrder);
}

RecoveryController::Restored RecoveryController::restoreTabs(QWidget *parent) const
{
    Restored restored;
    if (!m_stash)
        return restored;
    const StashRecovery recovery = m_stash->recover();
    restored.cleanExit = recovery.cleanExit;
    for (const StashedEditor &editor : recovery.editors) {
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
        tab->editor()->zoomTo(editor.zoom);
        // Before the session comes: TransactionControls hands the tab's choice to it.
        tab->toolBar()->transactions()->autoCommitAction()->setChecked(editor.autoCommit);
        // After the text: the stash then starts from what was recovered, not from an empty editor.
        tab->setStash(m_stash, editor.id);
        restored.tabs.append(tab);
    }
    return restored;
}

QStringList RecoveryController::tabOrder() const
{
    QStringList ids;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *tab = qobject_cast<QueryTab *>(m_tabs->widget(i)); tab && !tab->stashId().isEmpty())
            ids.append(tab->stashId());
    }
    return ids;
}

void RecoveryController::rememberTabOrder()
{
    if (m_stash && !m_quitting)
        m_stash->setTabOrder(tabOrder());
}

void RecoveryController::rememberCleanExit()
{
    if (!m_stash)
        return;
    m_stash->setTabOrder(tabOrder(), true);
    m_quitting = true;
}

QString RecoveryController::restoredText(int count, bool cleanExit, int needLogin)
{
    // Spelled out rather than %n: without an English .qm that would show "editor(s)".
    QString text;
    if (cleanExit) {
        text = count == 1
            ? QCoreApplication::translate("RecoveryController", "Restored your tab from the last session.")
            : QCoreApplication::translate("RecoveryController", "Restored your %1 tabs from the last session.").arg(count);
    } else {
        text = count == 1
            ? QCoreApplication::translate("RecoveryController", "Recovered 1 editor after an unexpected exit.")
            : QCoreApplication::translate("RecoveryController", "Recovered %1 editors after an unexpected exit.").arg(count);
    }
    if (needLogin == 0)
        return text;
    const QString hint = count == 1
        ? QCoreApplication::translate("RecoveryController", "Press Connect in it to log in again.")
        : needLogin == count
        ? QCoreApplication::translate("RecoveryController", "Press Connect in each to log in again.")
        : QCoreApplication::translate("RecoveryController", "Press Connect in those that ask for a login.");
    return text + QLatin1Char(' ') + hint;
}
