#include "editorstash.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

EditorStash::EditorStash(const QString &directory)
    : m_directory(directory.isEmpty() ? defaultDirectory() : directory)
{
}

QString EditorStash::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/editors");
}

QString EditorStash::pathFor(const QString &id) const
{
    // Ids are ours (uuids), but never let one walk out of the directory.
    QString safe = id;
    for (QChar &c : safe)
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('-'))
            c = QLatin1Char('_');
    return m_directory + QLatin1Char('/') + safe + QStringLiteral(".json");
}

bool EditorStash::save(const StashedEditor &editor, QString *error)
{
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error = QStringLiteral("cannot create %1").arg(m_directory);
        return false;
    }
    QJsonObject o;
    o.insert(QStringLiteral("id"), editor.id);
    o.insert(QStringLiteral("profileId"), editor.profileId);
    o.insert(QStringLiteral("profileName"), editor.profileName);
    o.insert(QStringLiteral("text"), editor.text);
    o.insert(QStringLiteral("cursor"), editor.cursorPosition);
    o.insert(QStringLiteral("savedAt"), (editor.savedAt.isValid() ? editor.savedAt : QDateTime::currentDateTime())
                                            .toString(Qt::ISODateWithMs));
    QSaveFile file(pathFor(editor.id));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(o).toJson(QJsonDocument::Compact)) < 0
        || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void EditorStash::remove(const QString &id)
{
    QFile::remove(pathFor(id));
}

QList<StashedEditor> EditorStash::load() const
{
    QList<StashedEditor> editors;
    const QStringList files = QDir(m_directory).entryList({QStringLiteral("*.json")}, QDir::Files);
    for (const QString &name : files) {
        QFile file(m_directory + QLatin1Char('/') + name);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
        if (o.value(QStringLiteral("id")).toString().isEmpty())
            continue;
        StashedEditor e;
        e.id = o.value(QStringLiteral("id")).toString();
        e.profileId = o.value(QStringLiteral("profileId")).toString();
        e.profileName = o.value(QStringLiteral("profileName")).toString();
        e.text = o.value(QStringLiteral("text")).toString();
        e.cursorPosition = o.value(QStringLiteral("cursor")).toInt();
        e.savedAt = QDateTime::fromString(o.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs);
        editors.append(e);
    }
    std::sort(editors.begin(), editors.end(),
              [](const StashedEditor &a, const StashedEditor &b) { return a.savedAt < b.savedAt; });
    return editors;
}
