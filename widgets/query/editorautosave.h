#pragma once
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>

class EditorStash;
class QAction;
class QTimer;
class SqlEditor;

// Keeps an editor's text (and the tab's auto-commit mode and zoom) in the EditorStash so that
// neither a crash nor a killed session loses anyone's SQL: a second after the typing stops, but
// never more than two seconds after the first unsaved change, so continuous typing is saved
// too; and at once when asked (or when the tab goes away without having been closed for good).
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
    // The tab's Auto-commit toggle: its state is kept with the text.
    void watchAutoCommit(QAction *toggle);

    void saveNow();
    // Saves edits still waiting for the debounce (the tab goes away without having been closed
    // for good: the program quits).
    void flushPending();
    // The person closed the editor: remove its copy, and never write it again.
    void discard();

    static constexpr int kIdleMs = 1000;       // after the last change
    static constexpr int kMaxDelayMs = 2000;   // after the first unsaved one, typing or not

private:
    void changed();

    SqlEditor *m_editor;
    EditorStash *m_stash = nullptr;
    QString m_id;
    QString m_profileId;
    QString m_profileName;
    QPointer<QAction> m_autoCommit;
    QTimer *m_timer = nullptr;
    QElapsedTimer m_unsavedSince;   // invalid: nothing waiting
    bool m_discarded = false;
};
