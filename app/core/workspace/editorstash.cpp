#include "editorstash.h"

#include "storage/safefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace {

const QString kSessionFile = QStringLiteral("session.json");
const QString kLockSuffix = QStringLiteral(".lock");

struct Folder
{
    QList<StashedEditor> editors;   // in tab order
    bool cleanExit = false;
    QDateTime newest;
};

bool parseEditor(const QByteArray &bytes, StashedEditor *e)
{
    const QJsonObject o = QJsonDocument::fromJson(bytes).object();
    e->id = o.value(QStringLiteral("id")).toString();
    if (e->id.isEmpty())
        return false;
    e->profileId = o.value(QStringLiteral("profileId")).toString();
    e->profileName = o.value(QStringLiteral("profileName")).toString();
    e->text = o.value(QStringLiteral("text")).toString();
    e->cursorPosition = o.value(QStringLiteral("cursor")).toInt();
    e->savedAt = QDateTime::fromString(o.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs);
    // Files written before these were kept: the defaults a new tab has.
    e->autoCommit = o.value(QStringLiteral("autoCommit")).toBool(true);
    e->zoom = o.value(QStringLiteral("zoom")).toInt(0);
    return true;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The editor files of a folder (name -> editor), skipping what cannot be read.
QList<QPair<QString, StashedEditor>> editorFiles(const QString &folder)
{
    QList<QPair<QString, StashedEditor>> files;
    const QStringList names = QDir(folder).entryList({QStringLiteral("*.json")}, QDir::Files);
    for (const QString &name : names) {
        StashedEditor e;
        if (name != kSessionFile && parseEditor(readAll(folder + QLatin1Char('/') + name), &e))
            files.append({name, e});
    }
    return files;
}

// Tab order as remembered; editors it does not name (written after it) follow, oldest first.
void sortInTabOrder(QList<StashedEditor> *editors, const QStringList &order)
{
    std::stable_sort(editors->begin(), editors->end(), [&order](const StashedEditor &a, const StashedEditor &b) {
        const qsizetype ia = order.indexOf(a.id);
        const qsizetype ib = order.indexOf(b.id);
        if ((ia < 0) != (ib < 0))
            return ia >= 0;
        if (ia >= 0)
            return ia < ib;
        return a.savedAt < b.savedAt;
    });
}

Folder readFolder(const QString &folder)
{
    Folder f;
    for (const auto &file : editorFiles(folder))
        f.editors.append(file.second);
    const QJsonObject session = QJsonDocument::fromJson(readAll(folder + QLatin1Char('/') + kSessionFile)).object();
    f.cleanExit = session.value(QStringLiteral("cleanExit")).toBool(false);
    QStringList order;
    for (const QJsonValue &id : session.value(QStringLiteral("order")).toArray())
        order.append(id.toString());
    sortInTabOrder(&f.editors, order);
    for (const StashedEditor &e : std::as_const(f.editors))
        f.newest = qMax(f.newest, e.savedAt);
    return f;
}

} // namespace

EditorStash::EditorStash(const QString &rootDirectory, QObject *parent)
    : QObject(parent)
    , m_root(rootDirectory.isEmpty() ? defaultDirectory() : rootDirectory)
    , m_instance(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

EditorStash::~EditorStash() = default;

QString EditorStash::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/editors");
}

QString EditorStash::directory() const
{
    return m_root + QLatin1Char('/') + m_instance;
}

bool EditorStash::claim(QString *error)
{
    if (m_lock && m_lock->isLocked())
        return true;
    if (!SafeFile::makePrivateFolder(m_root, error))
        return false;
    // The lock first, then the folder: nobody may find the folder without its lock.
    m_lock = std::make_unique<QLockFile>(m_root + QLatin1Char('/') + m_instance + kLockSuffix);
    m_lock->setStaleLockTime(0);   // held for the program's whole life; only a dead owner frees it
    if (!m_lock->tryLock(0)) {
        if (error)
            *error = m_lock->error() == QLockFile::PermissionError
                ? QCoreApplication::translate("EditorStash", "its lock file could not be created: permission denied")
                : QCoreApplication::translate("EditorStash", "its lock file could not be written: the disk may be full");
        m_lock.reset();
        return false;
    }
    SafeFile::makePrivate(m_lock->fileName());   // only a pid and a host name, but ours alone too
    return SafeFile::makePrivateFolder(directory(), error);
}

QString EditorStash::pathFor(const QString &id) const
{
    // Ids are ours (uuids), but never let one walk out of the directory.
    QString safe = id;
    for (QChar &c : safe)
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('-'))
            c = QLatin1Char('_');
    return directory() + QLatin1Char('/') + safe + QStringLiteral(".json");
}

bool EditorStash::save(const StashedEditor &editor, QString *error)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), editor.id);
    o.insert(QStringLiteral("profileId"), editor.profileId);
    o.insert(QStringLiteral("profileName"), editor.profileName);
    o.insert(QStringLiteral("text"), editor.text);
    o.insert(QStringLiteral("cursor"), editor.cursorPosition);
    o.insert(QStringLiteral("autoCommit"), editor.autoCommit);
    o.insert(QStringLiteral("zoom"), editor.zoom);
    o.insert(QStringLiteral("savedAt"), (editor.savedAt.isValid() ? editor.savedAt : QDateTime::currentDateTime())
                                            .toString(Qt::ISODateWithMs));
    QString reason;
    const bool ok = claim(&reason)
        && SafeFile::write(pathFor(editor.id), QJsonDocument(o).toJson(QJsonDocument::Compact), &reason);
    if (ok) {
        m_failing = false;
        return true;
    }
    if (error)
        *error = reason;
    if (!m_failing) {
        m_failing = true;
        emit problem(tr("Tessera could not keep a copy of your editor text in “%1” (%2); the text "
                        "is still in the editor, and Tessera keeps trying.")
                         .arg(QDir::toNativeSeparators(directory()), reason));
    }
    return false;
}

void EditorStash::remove(const QString &id)
{
    QFile::remove(pathFor(id));
}

QList<StashedEditor> EditorStash::load() const
{
    return readFolder(directory()).editors;
}

bool EditorStash::setTabOrder(const QStringList &ids, bool cleanExit)
{
    QString reason;
    const QJsonObject session{{QStringLiteral("order"), QJsonArray::fromStringList(ids)},
                              {QStringLiteral("cleanExit"), cleanExit}};
    return claim(&reason)
        && SafeFile::write(directory() + QLatin1Char('/') + kSessionFile,
                           QJsonDocument(session).toJson(QJsonDocument::Compact), &reason);
}

bool EditorStash::adopt(const QString &folder, StashRecovery *into)
{
    // Free only when its instance has gone: a live owner (any age) keeps its lock.
    QLockFile lock(folder + kLockSuffix);
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0))
        return false;
    const Folder found = readFolder(folder);
    const auto files = editorFiles(folder);
    for (const StashedEditor &e : found.editors) {
        for (const auto &file : files) {
            // Moved, not copied: from now on only this instance writes that editor's file. One
            // that cannot move stays where it is and comes back at a later start.
            if (file.second.id == e.id && !QFile::exists(directory() + QLatin1Char('/') + file.first)
                && QFile::rename(folder + QLatin1Char('/') + file.first, directory() + QLatin1Char('/') + file.first)) {
                into->editors.append(e);
            }
        }
    }
    if (!found.editors.isEmpty())
        into->cleanExit = into->cleanExit && found.cleanExit;
    QFile::remove(folder + QLatin1Char('/') + kSessionFile);
    QDir().rmdir(folder);   // only when empty: damaged files are kept, never deleted
    return true;
}

StashRecovery EditorStash::recover()
{
    StashRecovery recovery;
    const Folder own = readFolder(directory());
    recovery.editors = own.editors;
    recovery.cleanExit = own.editors.isEmpty() || own.cleanExit;

    QDir root(m_root);
    QStringList others = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    others.removeAll(m_instance);
    const auto legacy = editorFiles(m_root);   // the one folder of versions before instances
    if ((others.isEmpty() && legacy.isEmpty()) || !claim(nullptr))
        return recovery;

    // Older sessions first, each in its own tab order.
    std::sort(others.begin(), others.end(), [this](const QString &a, const QString &b) {
        return readFolder(m_root + QLatin1Char('/') + a).newest < readFolder(m_root + QLatin1Char('/') + b).newest;
    });
    for (const QString &name : std::as_const(others))
        adopt(m_root + QLatin1Char('/') + name, &recovery);
    // Older versions kept the stash at a normal quit too: no sign of a crash, so none is claimed.
    for (const auto &file : legacy) {
        if (QFile::rename(m_root + QLatin1Char('/') + file.first, directory() + QLatin1Char('/') + file.first))
            recovery.editors.append(file.second);
    }
    return recovery;
}
