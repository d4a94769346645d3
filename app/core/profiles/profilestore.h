#pragma once
#include "profiles/connectionprofile.h"

#include <QList>
#include <QObject>
#include <QString>

// The saved connection profiles: one JSON file in the platform config location
// (QStandardPaths::AppConfigLocation)/profiles.json, never holding a password, written through
// SafeFile (a full disk fails the save and keeps the old file; 0600 in a 0700 folder).
// A corrupt or unreadable file does not stop the program: load() starts with what it could
// read and problem() says what happened, but reading never changes the file (tessera-cli reads
// it too); the save that would replace it first keeps it as profiles.json.corrupt-<date>.
// Several windows (program instances) may share the file: save() locks it (QLockFile), re-reads
// it and merges by profile id (ProfileMerge), so one window's new profile does not erase the
// other's, and a profile both changed is kept twice and reported in problem().
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    // filePath empty = the platform default location.
    explicit ProfileStore(const QString &filePath = QString(), QObject *parent = nullptr);

    QString filePath() const { return m_filePath; }

    // Reads the file. Returns false when it existed but could not be used (then problem() is
    // set; the file is left as it is). A missing file is not a problem.
    bool load();
    // Merges with what is on disk now and writes the file. Returns false with problem() set
    // when the write failed (the file is then as it was). After a successful save problem() may
    // still say something worth knowing: a backup made, or a profile changed in two windows.
    bool save();
    QString problem() const { return m_problem; }

    // First run (no file yet): adds the demo SQLite profile and saves. Returns true if it did.
    bool ensureDemoProfile();

    QList<ConnectionProfile> profiles() const { return m_profiles; }
    bool contains(const QString &id) const;
    ConnectionProfile profile(const QString &id) const;

    // Each of these saves at once; profilesChanged() follows.
    void add(ConnectionProfile profile);              // assigns an id if empty
    void update(const ConnectionProfile &profile);    // matched by id
    ConnectionProfile duplicate(const QString &id);   // "<name> (copy)", new id; returns it
    void remove(const QString &id);

    // Where the demo database lives (QStandardPaths::AppDataLocation)/demo.sqlite.
    static QString demoDatabasePath();
    static QString defaultFilePath();

signals:
    void profilesChanged();

private:
    QString uniqueName(const QString &base) const;
    int indexOf(const QString &id) const;
    QString newId() const;                  // a uuid no profile uses yet
    void saveAndNotify();

    // A save holds the lock for milliseconds; one older than this was left by a crash.
    static constexpr int kLockStaleMs = 10000;
    static constexpr int kLockWaitMs = 2000;

    QString m_filePath;
    QList<ConnectionProfile> m_profiles;
    QList<ConnectionProfile> m_base;   // what the file held when last read or written by us
    QString m_problem;
    bool m_fileExisted = false;
    // problem() describes a failed save (cleared by the next good save), not a load problem.
    bool m_problemFromSave = false;
};
