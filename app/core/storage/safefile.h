#pragma once
#include <QByteArray>
#include <QString>

// Writes one of Tessera's own files (profiles, editor stash, ...) so that a failure can never
// cost the previous version: the bytes go to a temporary file beside it, every write is checked
// (unbuffered, so a full disk shows at the write, not at a close whose error QSaveFile would
// ignore), the data is fsync'ed, and only then is it renamed over the old file. On any failure
// the temporary file goes and the old file stays as it was.
//
// The files hold a person's work and their connection details: they are readable by their owner
// only (0600), in a folder only the owner can list (0700).
namespace SafeFile {

// Creates the folder (and its parents) if needed and makes it 0700. Returns false with
// *reason set (a lower-case phrase to follow a colon) when it cannot be created.
bool makePrivateFolder(const QString &folder, QString *reason = nullptr);

// Whose file it is: Tessera's own (0600 in a 0700 folder), or one of the person's documents
// (a .sql script), which keeps the mode it had and lives wherever they put it.
enum class Owner { Tessera, Person };

// Replaces the file at path with bytes. Returns false with *reason set (the system's words,
// e.g. "No space left on device") when anything failed; the old file is then untouched.
bool write(const QString &path, const QByteArray &bytes, QString *reason = nullptr, Owner owner = Owner::Tessera);

// Makes an existing file 0600 (a file written by an older version, or by a library).
bool makePrivate(const QString &path);

} // namespace SafeFile
