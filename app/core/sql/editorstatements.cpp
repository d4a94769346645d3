#include "sql/editorstatements.h"

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

EditorStatement inSelection(Dialect dialect, const QString &selected, int selectionOffset)
{
    // A selection may hold several statements; run the first one the way Ctrl+Enter
    // promises "one statement", and let F5 run them all.
    const QList<EditorStatement> statements = split(dialect, selected);
    if (statements.isEmpty())
        return {};
    EditorStatement s = statements.size() == 1 ? statements.first() : EditorStatement{selected.trimmed(), 0};
    s.offset += selectionOffset;
    return s;
}

EditorStatement atCursor(Dialect dialect, const QString &text, int cursorOffset)
{
    const QList<EditorStatement> statements = split(dialect, text);
    const int i = indexAt(statements, cursorOffset);
    return i < 0 ? EditorStatement{} : statements.at(i);
}

} // namespace EditorStatements
