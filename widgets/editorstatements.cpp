#include "editorstatements.h"

#include "sql/statementsplitter.h"

namespace EditorStatements {

QList<EditorStatement> split(Dialect dialect, const QString &sql, QString *warning)
{
    const QList<SqlStatement> statements = StatementSplitter::split(dialect, sql, warning);
    QList<EditorStatement> out;
    out.reserve(statements.size());
    for (const SqlStatement &s : statements) {
        if (!s.isClientCommand)
            out.append({s.text, s.offset});
    }
    return out;
}

int indexAt(const QList<EditorStatement> &statements, int cursorOffset)
{
    int found = statements.isEmpty() ? -1 : 0;
    for (int i = 0; i < statements.size(); ++i) {
        if (statements.at(i).offset <= cursorOffset)
            found = i;
        else
            break;
    }
    return found;
}

} // namespace EditorStatements
