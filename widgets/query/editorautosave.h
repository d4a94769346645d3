#pragma once
#include <QObject>
#include <QString>

class EditorStash;
class QTimer;
class SqlEditor;

// Keeps an editor's text in the EditorStash so that neither a crash nor a killed session loses
// anyone's SQL: about a second after the typing stops, and at once when asked (or when the tab
// goes away without having been closed for good).
class EditorAutosave : public QObject
{
    Q_OBJECT
public:
    // parent: the tab, not the editor (the editor must still be whole when flushPending runs).
    EditorAutosave(SqlEditor *editor, QObject *parent);

    // id empty: a new one. A restored tab passes the id it was stashed under.
    void setStash(EditorStash *stash, const QString &id = {});
    QString id() const { return m_id; }
    void setProfile(const QString &profileId, const QString &profileName);

    void saveNow();
    // Saves edits still waiting for the debounce (the tab goes away without having been closed
    // for good: the program quits).
    void flushPending();
    // The person closed the editor: remove its copy, and never write it again.
    void discard();

    static constexpr int kDelayMs = 1000;

private:
    SqlEditor *m_editor;
    EditorStash *m_stash = nullptr;
    QString m_id;
    QString m_profileId;
    QString m_profileName;
    QTimer *m_timer = nullptr;
    bool m_discarded = false;
};
