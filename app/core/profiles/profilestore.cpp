#include "profilestore.h"

#include "profiles/profilefile.h"
#include "profiles/profilemerge.h"
#include "storage/safefile.h"

#include <algorithm>

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUuid>

namespace {

// Builds "^<prefix>(.*)<middle>\d+<suffix>$" from a translated "%1 (copy %2)"-style template,
// so duplicating "X (copy)" gives "X (copy 2)" and not "X (copy) (copy)" in every language.
QRegularExpression copySuffixPattern(const QString &tmpl)
{
    QString pattern = QRegularExpression::escape(tmpl);
    pattern.replace(QRegularExpression::escape(QStringLiteral("%1")), QStringLiteral("(.*)"));
    pattern.replace(QRegularExpression::escape(QStringLiteral("%2")), QStringLiteral("\\d+"));
    return QRegularExpression(QLatin1Char('^') + pattern + QLatin1Char('$'));
}

} // namespace

ProfileStore::ProfileStore(const QString &filePath, QObject *parent)
    : QObject(parent), m_filePath(filePath.isEmpty() ? defaultFilePath() : filePath)
{
}

QString ProfileStore::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
        + QStringLiteral("/profiles.json");
}

QString ProfileStore::demoDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/demo.sqlite");
}

bool ProfileStore::load()
{
    m_problem.clear();
    m_problemFromSave = false;
    m_profiles.clear();
    m_base.clear();

    m_fileExisted = ProfileFile::pathExists(m_filePath);
    if (!m_fileExisted) {
        emit profilesChanged();
        return true;
    }

    QList<ConnectionProfile> loaded;
    const QString what = ProfileFile::read(m_filePath, &loaded);
    m_profiles = loaded;
    m_base = loaded;
    if (what.isEmpty()) {
        emit profilesChanged();
        return true;
    }

    // Reading changes nothing on disk (tessera-cli reads this file too): the dated backup is
    // made by the save that would otherwise replace the file.
    const QString outcome = m_profiles.isEmpty()
        ? tr("Tessera started without saved connection profiles.")
        : tr("Tessera loaded the connection profiles it could read.");
    m_problem = tr("The connection profiles file “%1” could not be used: %2.\n"
                   "Nothing was changed: the file stays as it is, and before Tessera saves "
                   "profiles there it keeps the file as a dated backup beside it. %3")
                    .arg(QDir::toNativeSeparators(m_filePath), what, outcome);
    emit profilesChanged();
    return false;
}

bool ProfileStore::save()
{
    const QString shownPath = QDir::toNativeSeparators(m_filePath);
    auto fail = [this, &shownPath](const QString &reason) {
        m_problem = tr("The connection profiles could not be saved to “%1” (%2); the file there "
                       "still holds the profiles it had.")
                        .arg(shownPath, reason);
        m_problemFromSave = true;
        return false;
    };
    const QString dir = QFileInfo(m_filePath).absolutePath();
    QString reason;
    if (!SafeFile::makePrivateFolder(dir, &reason))
        return fail(reason);

    // Another Tessera window may save the same file: one at a time, each re-reading first.
    QLockFile lock(m_filePath + QStringLiteral(".lock"));
    lock.setStaleLockTime(kLockStaleMs);
    if (!lock.tryLock(kLockWaitMs))
        return fail(lock.error() == QLockFile::LockFailedError
                        ? tr("another Tessera window kept it locked")
                    : lock.error() == QLockFile::PermissionError
                        ? tr("its lock file could not be created: permission denied")
                        : tr("its lock file could not be written: the disk may be full"));

    QString backup;
    QList<ConnectionProfile> onDisk;
    bool merge = false;
    if (ProfileFile::pathExists(m_filePath)) {
        const QString what = ProfileFile::read(m_filePath, &onDisk);
        if (!what.isEmpty()) {
            // Damaged: keep its bytes before writing over it, or do not write.
            QString backupError;
            backup = ProfileFile::keepBackup(m_filePath, &backupError);
            if (backup.isEmpty())
                return fail(tr("the damaged file there could not be kept as a backup (%1), and "
                               "Tessera will not overwrite it").arg(backupError));
        } else {
            merge = true;
        }
    }
    // A missing file where one was is no news of anyone's removals: ours stands as it is.
    QList<ProfileMerge::Conflict> conflicts;
    if (merge) {
        const ProfileMerge::Result merged = ProfileMerge::merge(m_base, m_profiles, onDisk);
        m_profiles = merged.profiles;
        conflicts = merged.conflicts;
        m_base = onDisk;   // what the file holds even if the write below fails
    }
    if (!SafeFile::write(m_filePath, ProfileFile::serialize(m_profiles), &reason))
        return fail(reason);

    m_base = m_profiles;
    m_fileExisted = true;
    QStringList news;
    if (!backup.isEmpty())
        news.append(tr("The damaged connection profiles file was kept unchanged as “%1”; the "
                       "profiles are now saved in “%2”.")
                        .arg(QDir::toNativeSeparators(backup), shownPath));
    for (const ProfileMerge::Conflict &c : std::as_const(conflicts))
        news.append(tr("“%1” was also changed in another Tessera window: both versions are "
                       "kept, the other one as “%2”.").arg(c.name, c.copyName));
    if (!news.isEmpty()) {
        m_problem = news.join(QLatin1Char(' '));
        m_problemFromSave = true;
    } else if (m_problemFromSave) {
        m_problem.clear();
        m_problemFromSave = false;
    }
    return true;
}

bool ProfileStore::ensureDemoProfile()
{
    // Only a true first run: once a file exists (even a damaged one, now kept as a backup) the
    // user's choices — including having deleted the demo profile — win.
    if (m_fileExisted || ProfileFile::pathExists(m_filePath))
        return false;
    if (std::any_of(m_profiles.cbegin(), m_profiles.cend(),
                    [](const ConnectionProfile &p) { return p.isDemo; }))
        return false;

    ConnectionProfile demo;
    demo.id = newId();
    demo.name = tr("Demo (SQLite)");
    demo.dialect = Dialect::SQLite;
    demo.database = demoDatabasePath();
    demo.colorTag = QStringLiteral("#2e7d32");
    demo.isDemo = true;
    m_profiles.prepend(demo);
    saveAndNotify();
    return true;
}

bool ProfileStore::contains(const QString &id) const
{
    return indexOf(id) >= 0;
}

ConnectionProfile ProfileStore::profile(const QString &id) const
{
    const int i = indexOf(id);
    return i >= 0 ? m_profiles.at(i) : ConnectionProfile();
}

void ProfileStore::add(ConnectionProfile profile)
{
    if (profile.id.isEmpty() || contains(profile.id))
        profile.id = newId();
    m_profiles.append(profile);
    saveAndNotify();
}

void ProfileStore::update(const ConnectionProfile &profile)
{
    const int i = indexOf(profile.id);
    if (i < 0)
        return;
    m_profiles[i] = profile;
    saveAndNotify();
}

ConnectionProfile ProfileStore::duplicate(const QString &id)
{
    const int i = indexOf(id);
    if (i < 0)
        return {};
    ConnectionProfile copy = m_profiles.at(i);
    copy.id = newId();
    copy.name = uniqueName(copy.name);
    // Right after the original, where the user is looking.
    m_profiles.insert(i + 1, copy);
    saveAndNotify();
    return copy;
}

void ProfileStore::remove(const QString &id)
{
    const int i = indexOf(id);
    if (i < 0)
        return;
    m_profiles.removeAt(i);
    saveAndNotify();
}

QString ProfileStore::uniqueName(const QString &base) const
{
    const QString firstCopy = tr("%1 (copy)");
    const QString nthCopy = tr("%1 (copy %2)");

    // Copying a copy continues its numbering instead of stacking suffixes.
    QString root = base;
    for (const QString &tmpl : {firstCopy, nthCopy}) {
        const QRegularExpressionMatch m = copySuffixPattern(tmpl).match(base);
        if (m.hasMatch() && !m.captured(1).isEmpty()) {
            root = m.captured(1);
            break;
        }
    }

    auto taken = [this](const QString &name) {
        return std::any_of(m_profiles.cbegin(), m_profiles.cend(),
                           [&name](const ConnectionProfile &p) { return p.name == name; });
    };
    QString name = firstCopy.arg(root);
    for (int n = 2; taken(name); ++n)
        name = nthCopy.arg(root, QString::number(n));
    return name;
}

int ProfileStore::indexOf(const QString &id) const
{
    if (id.isEmpty())
        return -1;
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).id == id)
            return i;
    }
    return -1;
}

QString ProfileStore::newId() const
{
    QString id;
    do
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    while (contains(id));
    return id;
}

void ProfileStore::saveAndNotify()
{
    // A failed save leaves the change in memory and the reason in problem(); the UI shows it.
    save();
    emit profilesChanged();
}
