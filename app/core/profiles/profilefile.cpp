#include "profilefile.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace {
constexpr int kFormatVersion = 1;
const QLatin1String kVersion("version");
const QLatin1String kProfiles("profiles");
} // namespace

namespace ProfileFile {

bool pathExists(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() || info.isSymLink();
}

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

QString read(const QString &path, QList<ConnectionProfile> *out)
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
        // Ids must be unique for update()/remove(); a hand-edited file may break that. The
        // replacement depends only on the entry's place, so that reading the same file again
        // (as every save does, to merge) gives the same ids.
        if (p.id.isEmpty() || std::any_of(out->cbegin(), out->cend(),
                                          [&p](const auto &q) { return q.id == p.id; }))
            p.id = QUuid::createUuidV5(QUuid(QStringLiteral("{5b0e4b8a-3f39-4c4e-9a52-6d1f0c2a7e31}")),
                                       QStringLiteral("%1/%2").arg(i).arg(p.id))
                       .toString(QUuid::WithoutBraces);
        out->append(p);
    }
    if (errors.isEmpty())
        return {};
    return QCoreApplication::translate("ProfileStore", "%1 of its %2 entries could not be read "
                                                       "(%3)")
        .arg(QString::number(errors.size()), QString::number(entries.size()),
             errors.join(QStringLiteral("; ")));
}

QByteArray serialize(const QList<ConnectionProfile> &profiles)
{
    QJsonArray entries;
    for (const ConnectionProfile &p : profiles)
        entries.append(p.toJson());
    const QJsonObject root{{kVersion, kFormatVersion}, {kProfiles, entries}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace ProfileFile
