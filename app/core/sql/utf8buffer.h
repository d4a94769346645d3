#pragma once
#include <QByteArray>
#include <QList>
#include <QString>

// The UTF-8 copy of a QString that libpg_query reads, with the way back: libpg_query reports
// token locations in bytes and error cursors in characters (code points), while the editor
// works in QString (UTF-16) indexes.
//
// Encoded here rather than with QString::toUtf8() so that every byte maps back exactly:
// a lone surrogate becomes U+FFFD (3 bytes) instead of whatever the codec picks, and a NUL
// becomes a space (libpg_query reads a C string and would stop at it).
class Utf8Buffer
{
public:
    explicit Utf8Buffer(const QString &text);

    const char *data() const { return m_bytes.constData(); }  // NUL-terminated
    int size() const { return int(m_bytes.size()); }
    QByteArray left(int bytes) const { return m_bytes.left(bytes); }

    // QString index of the character that holds the given byte (clamped to [0, size()]).
    int indexOfByte(int byte) const;
    // Byte offset of the 0-based code point index (clamped to [0, size()]).
    int byteOfCodePoint(int codePoint) const;
    // QString index of the 0-based code point index (clamped to [0, text size]).
    int indexOfCodePoint(int codePoint) const { return indexOfByte(byteOfCodePoint(codePoint)); }

private:
    QByteArray m_bytes;
    QList<int> m_indexOfByte;  // size() + 1 entries
};
