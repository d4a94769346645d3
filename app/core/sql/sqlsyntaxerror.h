#pragma once
#include <QString>

// A syntax error found before anything was sent to the server.
struct SqlSyntaxError
{
    QString message;  // the server parser's own message, e.g. syntax error at or near "FRM"
    int offset = -1;  // QString index of the error, -1 when the parser gave no position
    int line = 0;     // 1-based, 0 when unknown
    int column = 0;   // 1-based in UTF-16 units, 0 when unknown
};
