#pragma once
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QLockFile;

// The text of every open editor, kept on disk while the program runs, so that neither a crash
// nor a killed session loses anyone's SQL. Each running instance has its own folder,
// (AppDataLocation)/editors/<instance uuid>/, with one small JSON file per editor (written
// through SafeFile: a full disk fails the write and keeps the previous copy) and session.json
// (the tab order, and whether the instance quit cleanly). While the instance runs it holds
// editors/<uuid>.lock (QLockFile); the lock is taken before the folder exists, so another
// instance never sees the folder unlocked while its owner lives.
//
// At start recover() takes over the folders whose lock is free or stale (their instance quit,
// crashed or was killed): their files move into this instance's folder and come back as tabs.
// A folder whose instance still runs is never touched, so two instances never write the same
// editor's file. Files are 0600, folders 0700.
struct StashedEditor
{
    QString id;            // stable per editor (uuid)
    QString profileId;
    QString profileName;
    QString text;
    int cursorPosition = 0;
    QDateTime savedAt;
    bool autoCommit = true;
    int zoom = 0;          // QScintilla's zoom level (points added to the font size)
};

struct StashRecovery
{
    QList<StashedEditor> editors;   // in tab order
    bool cleanExit = true;          // every instance they come from quit normally
};

class EditorStash : public QObject
{
    Q_OBJECT
public:
    // rootDirectory empty: (AppDataLocation)/editors.
    explicit EditorStash(const QString &rootDirectory = QString(), QObject *parent = nullptr);
    ~EditorStash() override;   // releases the lock: the folder is free for the next start

    QString rootDirectory() const { return m_root; }
    QString directory() const;   // this instance's folder

    bool save(const StashedEditor &editor, QString *error = nullptr);
    void remove(const QString &id);
    // This instance's editors, in tab order. Unreadable files are skipped, never deleted.
    QList<StashedEditor> load() const;

    // This instance's own editors and those of every instance no longer running (moved here).
    StashRecovery recover();

    // Remembered for the next start; cleanExit is written by a normal quit only, so its absence
    // means the instance crashed or was killed.
    bool setTabOrder(const QStringList &ids, bool cleanExit = false);

    static QString defaultDirectory();

signals:
    // A write failed; one sentence for the person. Said once until a write works again.
    void problem(const QString &sentence);

private:
    bool claim(QString *error);
    bool adopt(const QString &folder, StashRecovery *into);
    QString pathFor(const QString &id) const;

    QString m_root;
    QString m_instance;   // uuid
    std::unique_ptr<QLockFile> m_lock;
    bool m_failing = false;
};
