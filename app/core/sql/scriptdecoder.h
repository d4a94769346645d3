#pragma once
#include <QByteArrayView>
#include <QString>

// Turns the bytes of an SQL script (a file, standard input, a paste) into text without changing
// it behind the person's back. Without an encoding the bytes must be UTF-8, strictly: a Latin-1
// 'é' is refused with where it is, instead of becoming U+FFFD and reaching the server as
// something else. With an encoding (a Qt / ICU name such as "windows-1252", or a PostgreSQL
// name such as "LATIN1" or "WIN1252") the bytes are decoded from it, and refused where they are
// not valid in it. A NUL is refused in every case: libpq sends statements as C strings and
// would cut the statement there. A UTF-8 byte order mark at the start is dropped.
// Used by tessera-cli (--encoding) and meant for the workbench's open dialog.
class ScriptDecoder
{
public:
    enum class Problem { None, InvalidUtf8, InvalidInEncoding, NulCharacter, UnknownEncoding };

    struct Result
    {
        Problem problem = Problem::None;
        QString text;               // the script, when problem is None
        qsizetype byteOffset = -1;  // 0-based offset of the first offending byte
        int line = 0;               // 1-based line of that byte
        QString encoding;           // the encoding used, by its canonical name

        bool ok() const { return problem == Problem::None; }
    };

    // encoding empty: strict UTF-8.
    static Result decode(QByteArrayView bytes, const QString &encoding = QString());

    // The Qt / ICU name for an encoding given by a Qt, ICU or PostgreSQL name; empty when no
    // decoder knows it.
    static QString canonicalEncoding(const QString &name);

    // What is wrong, for a message: "not valid UTF-8 at byte 12 (line 1)". Bytes count from 1,
    // as cmp counts them.
    static QString describe(const Result &result);
};
