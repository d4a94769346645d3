#pragma once
#include <QString>

// A .sql script on disk, read and written as the person would expect of an editor: read as
// strict UTF-8 unless they name an encoding (never silently changed: a byte that is not valid is
// refused with where it is), written back in the encoding it was read in, through SafeFile (the
// old file stays whole if the disk is full), keeping the file's own mode.
namespace ScriptFile {

struct Loaded
{
    bool ok = false;
    QString text;
    QString encoding;     // canonical name; empty: UTF-8
    QString error;        // one sentence, when not ok
    bool notUtf8 = false; // refused only because it is not UTF-8: another encoding may read it
};

// Not on the GUI thread for a large file: it reads the whole file.
Loaded read(const QString &path, const QString &encoding = {});
bool write(const QString &path, const QString &text, const QString &encoding, QString *error);

}
