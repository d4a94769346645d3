#include "utf8buffer.h"

Utf8Buffer::Utf8Buffer(const QString &text)
{
    const int n = int(text.size());
    m_bytes.reserve(n + n / 4 + 1);
    m_indexOfByte.reserve(n + n / 4 + 1);
    for (int i = 0; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        char32_t cp = c;
        int start = i;
        if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            cp = QChar::surrogateToUcs4(c, text.at(i + 1).unicode());
            ++i;
        } else if (QChar::isSurrogate(c)) {
            cp = 0xFFFD;
        } else if (c == 0) {
            cp = u' ';
        }
        const qsizetype before = m_bytes.size();
        if (cp < 0x80) {
            m_bytes.append(char(cp));
        } else if (cp < 0x800) {
            m_bytes.append(char(0xC0 | (cp >> 6)));
            m_bytes.append(char(0x80 | (cp & 0x3F)));
        } else if (cp < 0x10000) {
            m_bytes.append(char(0xE0 | (cp >> 12)));
            m_bytes.append(char(0x80 | ((cp >> 6) & 0x3F)));
            m_bytes.append(char(0x80 | (cp & 0x3F)));
        } else {
            m_bytes.append(char(0xF0 | (cp >> 18)));
            m_bytes.append(char(0x80 | ((cp >> 12) & 0x3F)));
            m_bytes.append(char(0x80 | ((cp >> 6) & 0x3F)));
            m_bytes.append(char(0x80 | (cp & 0x3F)));
        }
        for (qsizetype b = before; b < m_bytes.size(); ++b)
            m_indexOfByte.append(start);
    }
    m_indexOfByte.append(n);
}

int Utf8Buffer::indexOfByte(int byte) const
{
    return m_indexOfByte.at(qBound(0, byte, size()));
}

int Utf8Buffer::byteOfCodePoint(int codePoint) const
{
    // Lead bytes are the ones that are not 10xxxxxx continuation bytes; the buffer is valid
    // UTF-8 by construction, so counting them counts code points.
    int seen = 0;
    for (int b = 0; b < size(); ++b) {
        if ((uchar(m_bytes.at(b)) & 0xC0) != 0x80) {
            if (seen == codePoint)
                return b;
            ++seen;
        }
    }
    return size();
}
