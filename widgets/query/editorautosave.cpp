#include "query/editorautosave.h"

#include "query/sqleditor.h"
#include "workspace/editorstash.h"

#include <QAction>
#include <QDateTime>
#include <QTimer>
#include <QUuid>

EditorAutosave::EditorAutosave(SqlEditor *editor, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
{
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &EditorAutosave::saveNow);
    connect(editor, &QsciScintilla::textChanged, this, &EditorAutosave::changed);
    connect(editor, &QsciScintillaBase::SCN_ZOOM, this, &EditorAutosave::changed);
}

void EditorAutosave::watchAutoCommit(QAction *toggle)
{
    m_autoCommit = toggle;
    connect(toggle, &QAction::toggled, this, &EditorAutosave::changed);
}

void EditorAutosave::changed()
{
    if (!m_stash || m_discarded)
        return;
    // Debounced, since a file write per keystroke would be wasteful, but only up to a limit:
    // a debounce alone never fires while someone types without pausing, and a kill -9 then
    // loses the whole burst.
    if (!m_unsavedSince.isValid())
        m_unsavedSince.start();
    const qint64 left = kMaxDelayMs - m_unsavedSince.elapsed();
    m_timer->start(int(qBound(qint64(0), left, qint64(kIdleMs))));
}

void EditorAutosave::flushPending()
{
    if (m_timer->isActive())
        saveNow();
}

void EditorAutosave::setStash(EditorStash *stash, const QString &id)
{
    m_stash = stash;
    m_id = id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : id;
    m_discarded = false;
    m_unsavedSince.invalidate();
    if (stash && !m_editor->text().isEmpty())
        changed();
}

void EditorAutosave::setProfile(const QString &profileId, const QString &profileName)
{
    m_profileId = profileId;
    m_profileName = profileName;
}

void EditorAutosave::saveNow()
{
    m_timer->stop();
    m_unsavedSince.invalidate();
    if (!m_stash || m_discarded)
        return;
    const QString text = m_editor->text();
    // An empty editor has nothing to recover; a stale copy of deleted text would come back.
    if (text.isEmpty()) {
        m_stash->remove(m_id);
        return;
    }
    StashedEditor e;
    e.id = m_id;
    e.profileId = m_profileId;
    e.profileName = m_profileName;
    e.text = text;
    e.cursorPosition = m_editor->cursorOffset();
    e.autoCommit = !m_autoCommit || m_autoCommit->isChecked();
    e.zoom = int(m_editor->SendScintilla(QsciScintillaBase::SCI_GETZOOM));
    e.savedAt = QDateTime::currentDateTime();
    // A failure is told to the person by the stash (EditorStash::problem); the next change
    // tries again.
    m_stash->save(e);
}

void EditorAutosave::discard()
{
    m_timer->stop();
    m_discarded = true;
    if (m_stash)
        m_stash->remove(m_id);
}
