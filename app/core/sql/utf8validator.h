#pragma once
#include <QByteArrayView>

// Strict UTF-8 (Unicode's well-formed byte sequences: no overlong forms, no surrogates, nothing
// past U+10FFFF). QString::fromUtf8 replaces what it cannot decode with U+FFFD without a word;
// scripts and JSON output must not be changed silently, so they check first.
namespace Utf8Validator {

// The length (1 to 4) of the well-formed sequence that bytes starts with; 0 when it does not
// start with one (a stray continuation byte, a Latin-1 'é', a sequence cut short).
qsizetype sequenceLength(QByteArrayView bytes);

// The offset of the first byte that does not start a well-formed sequence; -1 when all are.
qsizetype firstInvalid(QByteArrayView bytes);

}
