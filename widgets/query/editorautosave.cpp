#include "query/editorautosave.h"

#include "query/sqleditor.h"
#include "workspace/editorstash.h"

#include <QDateTime>
#include <QTimer>
#include <QUuid>

EditorAutosave::EditorAutosave(SqlEditor *editor, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
{
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(kDelayMs);
    connect(m_timer, &QTimer::timeout, this, &EditorAutosave::saveNow);
    // Debounced: a file write per keystroke would be wasteful; what is still pending is
    // written when the tab goes away.
    connect(editor, &QsciScintilla::textChanged, this, [this] {
        if (m_stash && !m_discarded)
            m_timer->start();
    });
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
    if (stash && !m_editor->text().isEmpty())
        m_timer->start();
}

void EditorAutosave::setProfile(const QString &profileId, const QString &profileName)
{
    m_profileId = profileId;
    m_profileName = profileName;
}

void EditorAutosave::saveNow()
{
    m_timer->stop();
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
    e.savedAt = QDateTime::currentDateTime();
    QString error;
    if (!m_stash->save(e, &error))
        qWarning("Tessera: could not keep a copy of the editor text: %s", qPrintable(error));
}

void EditorAutosave::discard()
{
    m_timer->stop();
    m_discarded = true;
    if (m_stash)
        m_stash->remove(m_id);
}
