#pragma once
#include "profiles/connectionprofile.h"

#include <QList>
#include <QObject>
#include <QString>

// The saved connection profiles: one JSON file in the platform config location
// (QStandardPaths::AppConfigLocation)/profiles.json, written atomically (QSaveFile), never
// holding a password. A corrupt or unreadable file does not stop the program: load() keeps it
// as profiles.json.corrupt-<yyyyMMdd-HHmmss>, starts empty, and problem() says what happened.
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    // filePath empty = the platform default location.
    explicit ProfileStore(const QString &filePath = QString(), QObject *parent = nullptr);

    QString filePath() const { return m_filePath; }

    // Reads the file. Returns false when it existed but could not be used (then problem() is set
    // and the bad file has been kept as a dated backup). A missing file is not a problem.
    bool load();
    // Writes the file atomically. Returns false with problem() set when the write failed.
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

    QString m_filePath;
    QList<ConnectionProfile> m_profiles;
    QString m_problem;
    bool m_fileExisted = false;
    // The unusable file could not be moved aside: writing would destroy it, so save() refuses.
    bool m_saveBlocked = false;
    // problem() describes a failed save (cleared by the next good save), not a load problem.
    bool m_problemFromSave = false;
};
