#include "sql/editorstatements.h"

#include "sql/sqllexer.h"
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

QList<EditorStatement> splitAtBlankLines(Dialect dialect, const EditorStatement &statement)
{
    const QStringView text(statement.text);
    QList<EditorStatement> pieces;
    int pieceStart = 0;
    const auto addPiece = [&](int end) {
        const QStringView piece = text.sliced(pieceStart, end - pieceStart);
        int lead = 0;
        while (lead < piece.size() && piece.at(lead).isSpace())
            ++lead;
        const QString trimmed = piece.trimmed().toString();
        if (!trimmed.isEmpty())
            pieces.append({trimmed, statement.offset + pieceStart + lead});
    };
    for (int p = 0; p < text.size();) {
        const SqlLexer::Span span = SqlLexer::spanAt(dialect, text, p);
        if (span.kind != SqlLexer::SpanKind::None) {
            p = qMax(p + 1, span.end);   // a quote, comment or $$ body never ends a statement
            continue;
        }
        if (text.at(p) == u'\n') {
            // A line holding nothing but spaces and tabs, then the next line break.
            int q = p + 1;
            while (q < text.size() && (text.at(q) == u' ' || text.at(q) == u'\t' || text.at(q) == u'\r'))
                ++q;
            if (q < text.size() && text.at(q) == u'\n') {
                addPiece(p);
                pieceStart = q;
                p = q;
                continue;
            }
        }
        ++p;
    }
    addPiece(int(text.size()));
    return pieces;
}

EditorStatement atCursor(Dialect dialect, const QString &text, int cursorOffset)
{
    const QList<EditorStatement> statements = split(dialect, text);
    const int i = indexAt(statements, cursorOffset);
    if (i < 0)
        return {};
    // Like DBeaver and DataGrip: a blank line ends the statement under the cursor too, so text
    // above it that has no semicolon is not run with it.
    const QList<EditorStatement> pieces = splitAtBlankLines(dialect, statements.at(i));
    const int piece = indexAt(pieces, cursorOffset);
    return piece < 0 ? statements.at(i) : pieces.at(piece);
}

} // namespace EditorStatements
