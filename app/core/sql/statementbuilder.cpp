#include "statementbuilder.h"

#include <QCoreApplication>

StatementBuilder::StatementBuilder(const QString &script)
    : m_script(script), m_lines(script)
{
}

void StatementBuilder::add(int begin, int end, bool clientCommand)
{
    begin = qBound(0, begin, int(m_script.size()));
    end = qBound(begin, end, int(m_script.size()));
    while (begin < end && m_script.at(begin).isSpace())
        ++begin;
    while (end > begin && m_script.at(end - 1).isSpace())
        --end;
    if (begin == end)
        return;
    SqlStatement statement;
    statement.text = m_script.mid(begin, end - begin);
    statement.offset = begin;
    statement.line = m_lines.line(begin);
    statement.column = m_lines.column(begin);
    statement.isClientCommand = clientCommand;
    m_statements.append(statement);
}

void StatementBuilder::warnRestIsOneStatement(int offset, const QString &problem)
{
    // PostgreSQL quotes the rest of the script after "at or near" for an unterminated
    // literal: keep the warning one readable line.
    constexpr int maxProblem = 160;
    QString shown = problem;
    if (shown.size() > maxProblem) {
        int cut = maxProblem - 1;
        if (shown.at(cut - 1).isHighSurrogate())
            --cut;
        shown = shown.left(cut) + QChar(0x2026);
    }
    for (QChar &c : shown) {
        if (c == u'\n' || c == u'\r')
            c = u' ';
    }
    m_warning = QCoreApplication::translate(
                        "StatementSplitter",
                        "Line %1, column %2: %3. The rest of the script is run as one statement.")
                        .arg(QString::number(m_lines.line(offset)),
                             QString::number(m_lines.column(offset)), shown);
}
