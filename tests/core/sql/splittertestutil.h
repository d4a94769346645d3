#pragma once
// Helpers shared by the splitter tests.
#include "sql/sqlstatement.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTest>

namespace SplitterTest {

inline QStringList texts(const QList<SqlStatement> &statements)
{
    QStringList result;
    for (const SqlStatement &s : statements)
        result.append(s.text);
    return result;
}

// Line and column counted the obvious way, character by character, to check the
// splitter's binary search. Walks on from the previous call's position so that checking
// thousands of statements stays linear.
class NaivePosition
{
public:
    explicit NaivePosition(const QString &script) : m_script(script) { }

    void advanceTo(int offset, int *line, int *column)
    {
        for (; m_pos < offset; ++m_pos) {
            const QChar c = m_script.at(m_pos);
            if (c == u'\n'
                || (c == u'\r' && (m_pos + 1 >= m_script.size() || m_script.at(m_pos + 1) != u'\n'))) {
                ++m_line;
                m_lineStart = m_pos + 1;
            }
        }
        *line = m_line;
        *column = offset - m_lineStart + 1;
    }

private:
    const QString &m_script;
    int m_pos = 0;
    int m_line = 1;
    int m_lineStart = 0;
};

// Every statement is a trimmed, non-empty slice of the script at its offset, in order,
// with consistent line / column.
inline bool verifyStatements(const QString &script, const QList<SqlStatement> &statements)
{
    NaivePosition naive(script);
    int previousEnd = 0;
    for (const SqlStatement &s : statements) {
        if (s.text.isEmpty() || s.text.front().isSpace() || s.text.back().isSpace()) {
            qWarning() << "not trimmed:" << s.text;
            return false;
        }
        if (s.offset < previousEnd || s.offset + s.text.size() > script.size()
            || script.mid(s.offset, s.text.size()) != s.text) {
            qWarning() << "not a slice at" << s.offset << ":" << s.text;
            return false;
        }
        int line = 0, column = 0;
        naive.advanceTo(s.offset, &line, &column);
        if (line != s.line || column != s.column) {
            qWarning() << "position" << s.line << s.column << "expected" << line << column;
            return false;
        }
        previousEnd = s.offset + int(s.text.size());
    }
    return true;
}

} // namespace SplitterTest
