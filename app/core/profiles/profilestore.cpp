#include "profilestore.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

namespace {

constexpr int kFormatVersion = 1;
const QLatin1String kVersion("version");
const QLatin1String kProfiles("profiles");

bool pathExists(const QString &path)
{
    // A dangling symlink does not "exist" but still occupies the name.
    const QFileInfo info(path);
    return info.exists() || info.isSymLink();
}

// Moves the unusable file aside under a name that says what happened and when. Renaming keeps
// the exact bytes (and works even when the file itself is unreadable); it also frees the name,
// so the next save() writes a fresh file instead of overwriting the evidence.
QString keepBackup(const QString &filePath, QString *error)
{
    const QString base = filePath + QStringLiteral(".corrupt-")
        + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    for (int counter = 1; counter < 1000; ++counter) {
        const QString candidate = counter == 1
            ? base : base + QLatin1Char('-') + QString::number(counter);
        if (pathExists(candidate))
            continue;
        if (QDir().rename(filePath, candidate))
            return candidate;
        // Somebody took the name between the check and the rename: try the next one.
        if (pathExists(candidate))
            continue;
        // Renaming is impossible (read-only folder?): a copy still keeps the bytes, if readable.
        QFile original(filePath);
        if (original.copy(candidate))
            return candidate;
        if (error)
            *error = original.errorString();
        return {};
    }
    if (error)
        *error = QCoreApplication::translate("ProfileStore", "too many backups named %1-*")
                     .arg(base);
    return {};
}

// Reads and checks the file. Returns what was wrong, phrased to follow "could not be used:",
// or an empty string. Good entries land in *out even when others are broken.
QString readProfiles(const QString &path, QList<ConnectionProfile> *out)
{
    if (QFileInfo(path).isDir())
        return QCoreApplication::translate("ProfileStore", "it is a folder, not a file");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QCoreApplication::translate("ProfileStore", "it could not be read (%1)")
            .arg(file.errorString());
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return QCoreApplication::translate("ProfileStore", "it could not be read (%1)")
            .arg(file.errorString());

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return QCoreApplication::translate("ProfileStore", "it is not valid JSON (%1 at offset %2)")
            .arg(parseError.errorString(), QString::number(parseError.offset));
    if (!doc.isObject())
        return QCoreApplication::translate("ProfileStore", "it does not hold a JSON object");
    const QJsonObject root = doc.object();
    const QJsonValue version = root.value(kVersion);
    if (!version.isDouble())
        return QCoreApplication::translate("ProfileStore", "it has no format version");
    if (version.toInt() != kFormatVersion)
        return QCoreApplication::translate("ProfileStore", "it has format version %1, but this "
                                                           "version of Tessera reads version %2")
            .arg(version.toVariant().toString(), QString::number(kFormatVersion));
    if (!root.value(kProfiles).isArray())
        return QCoreApplication::translate("ProfileStore", "it has no list of profiles");

    // Good entries load; a bad one would vanish at the next save, so it makes the whole file
    // count as damaged (and therefore backed up) rather than being skipped quietly.
    const QJsonArray entries = root.value(kProfiles).toArray();
    QStringList errors;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString number = QString::number(i + 1);
        ConnectionProfile p;
        QString error;
        if (!entries.at(i).isObject()) {
            errors.append(QCoreApplication::translate("ProfileStore",
                                                      "entry %1 is not a JSON object")
                              .arg(number));
            continue;
        }
        if (!ConnectionProfile::fromJson(entries.at(i).toObject(), &p, &error)) {
            if (error.endsWith(QLatin1Char('.')))
                error.chop(1); // it becomes part of a longer sentence
            errors.append(QCoreApplication::translate("ProfileStore", "entry %1: %2")
                              .arg(number, error));
            continue;
        }
        // Ids must be unique for update()/remove(); a hand-edited file may break that.
        if (p.id.isEmpty() || std::any_of(out->cbegin(), out->cend(),
                                          [&p](const auto &q) { return q.id == p.id; }))
            p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        out->append(p);
    }
    if (errors.isEmpty())
        return {};
    return QCoreApplication::translate("ProfileStore", "%1 of its %2 entries could not be read "
                                                       "(%3)")
        .arg(QString::number(errors.size()), QString::number(entries.size()),
             errors.join(QStringLiteral("; ")));
}

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
    m_saveBlocked = false;
    m_profiles.clear();

    m_fileExisted = pathExists(m_filePath);
    if (!m_fileExisted) {
        emit profilesChanged();
        return true;
    }

    QList<ConnectionProfile> loaded;
    const QString what = readProfiles(m_filePath, &loaded);
    m_profiles = loaded;
    if (what.isEmpty()) {
        emit profilesChanged();
        return true;
    }

    const QString shownPath = QDir::toNativeSeparators(m_filePath);
    QString backupError;
    const QString backup = keepBackup(m_filePath, &backupError);
    if (backup.isEmpty()) {
        m_saveBlocked = true;
        m_problem = tr("The connection profiles file “%1” could not be used: %2.\n"
                       "It could not be moved aside either (%3), so Tessera leaves it as it is "
                       "and will not save profile changes until it is repaired or removed.")
                        .arg(shownPath, what, backupError);
    } else {
        const QString outcome = m_profiles.isEmpty()
            ? tr("Tessera started without saved connection profiles.")
            : tr("Tessera loaded the connection profiles it could read.");
        m_problem = tr("The connection profiles file “%1” could not be used: %2.\n"
                       "Nothing was deleted: the file was kept unchanged as “%3”. %4")
                        .arg(shownPath, what, QDir::toNativeSeparators(backup), outcome);
    }
    emit profilesChanged();
    return false;
}

bool ProfileStore::save()
{
    const QString shownPath = QDir::toNativeSeparators(m_filePath);
    auto fail = [this, &shownPath](const QString &reason) {
        m_problem = tr("The connection profiles could not be saved to “%1”: %2.")
                        .arg(shownPath, reason);
        m_problemFromSave = true;
        return false;
    };
    if (m_saveBlocked)
        return fail(tr("the unreadable file there could not be moved aside, and Tessera will "
                       "not overwrite it"));

    const QString dir = QFileInfo(m_filePath).absolutePath();
    if (!QDir().mkpath(dir))
        return fail(tr("the folder “%1” could not be created")
                        .arg(QDir::toNativeSeparators(dir)));

    // Only what toJson() writes goes to disk; ConnectionProfile has no password to write.
    QJsonArray entries;
    for (const ConnectionProfile &p : std::as_const(m_profiles))
        entries.append(p.toJson());
    const QJsonObject root{{kVersion, kFormatVersion}, {kProfiles, entries}};
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);

    // QSaveFile writes a temporary file and renames it over the old one on commit(), so a crash
    // or a full disk leaves the previous profiles intact.
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return fail(reason);
    }
    if (!file.commit())
        return fail(file.errorString());

    m_fileExisted = true;
    if (m_problemFromSave) {
        m_problem.clear();
        m_problemFromSave = false;
    }
    return true;
}

bool ProfileStore::ensureDemoProfile()
{
    // Only a true first run: once a file exists (even a damaged one, now kept as a backup) the
    // user's choices — including having deleted the demo profile — win.
    if (m_fileExisted || pathExists(m_filePath))
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
