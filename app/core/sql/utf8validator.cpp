#include "utf8validator.h"

namespace Utf8Validator {
namespace {
bool inRange(char c, quint8 low, quint8 high)
{
    const auto u = quint8(c);
    return u >= low && u <= high;
}
} // namespace

qsizetype sequenceLength(QByteArrayView b)
{
    if (b.isEmpty())
        return 0;
    const auto lead = quint8(b[0]);
    if (lead < 0x80)
        return 1;
    // Table 3-7 of the Unicode standard: the second byte's range depends on the lead byte.
    quint8 low = 0x80;
    quint8 high = 0xBF;
    qsizetype length = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0)
            low = 0xA0;        // no overlong forms
        else if (lead == 0xED)
            high = 0x9F;       // no UTF-16 surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0)
            low = 0x90;
        else if (lead == 0xF4)
            high = 0x8F;       // nothing past U+10FFFF
    } else {
        return 0;              // a continuation byte, C0/C1 (overlong), F5..FF
    }
    if (b.size() < length || !inRange(b[1], low, high))
        return 0;
    for (qsizetype i = 2; i < length; ++i) {
        if (!inRange(b[i], 0x80, 0xBF))
            return 0;
    }
    return length;
}

qsizetype firstInvalid(QByteArrayView bytes)
{
    qsizetype i = 0;
    const qsizetype n = bytes.size();
    while (i < n) {
        if (quint8(bytes[i]) < 0x80) {
            ++i;
            continue;
        }
        const qsizetype length = sequenceLength(bytes.sliced(i));
        if (length == 0)
            return i;
        i += length;
    }
    return -1;
}

} // namespace Utf8Validator
