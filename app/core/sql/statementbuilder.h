#pragma once
#include "lineindex.h"
#include "sqlstatement.h"

#include <QList>
#include <QString>

// Shared tail of the three splitters: turns [begin, end) ranges of the script into
// SqlStatements (trimmed, with exact positions) and words the warning about malformed input.
class StatementBuilder
{
public:
    explicit StatementBuilder(const QString &script);

    // Adds script[begin, end) without surrounding whitespace; ranges that are empty after
    // trimming are dropped (";;" and the like).
    void add(int begin, int end, bool clientCommand = false);

    // Records that the construct at offset (an unterminated quote or comment, or a lexer error
    // with the given message) made the rest of the script one statement.
    void warnRestIsOneStatement(int offset, const QString &problem);

    QList<SqlStatement> statements() const { return m_statements; }
    QString warning() const { return m_warning; }
    const QString &script() const { return m_script; }

private:
    const QString &m_script;
    LineIndex m_lines;
    QList<SqlStatement> m_statements;
    QString m_warning;
};
