#pragma once
#include "profiles/connectionprofile.h"

#include <QByteArray>
#include <QList>
#include <QString>

// profiles.json on disk: reading it, writing its bytes, and keeping a damaged one aside. Only
// ProfileStore uses it; it is apart so that the store is about what the profiles are.
namespace ProfileFile {

// A dangling symlink does not "exist" but still occupies the name.
bool pathExists(const QString &path);

// Reads and checks the file. Returns what was wrong, phrased to follow "could not be used:",
// or an empty string. Good entries land in *out even when others are broken.
QString read(const QString &path, QList<ConnectionProfile> *out);

// The file's bytes: only what ConnectionProfile::toJson() writes, never a password.
QByteArray serialize(const QList<ConnectionProfile> &profiles);

// Moves the unusable file aside as <path>.corrupt-<yyyyMMdd-HHmmss>[-N] and returns that name,
// or an empty string with *error set. Renaming keeps the exact bytes (and works even when the
// file itself is unreadable); a copy is the fallback in a folder that forbids renaming.
QString keepBackup(const QString &path, QString *error);

} // namespace ProfileFile
