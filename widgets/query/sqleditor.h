#pragma once
#include "dialect.h"

#include <Qsci/qsciscintilla.h>

class QsciLexerSQL;
class QTimer;
struct RunRequest;

// The SQL editor of a query tab: QScintilla with the SQL lexer, line numbers, brace matching
// and error marks. It says what Run and Run Script ask for (runRequest); it never runs anything.
class SqlEditor : public QsciScintilla
{
    Q_OBJECT
public:
    explicit SqlEditor(QWidget *parent = nullptr);

    void setDialect(Dialect dialect) { m_dialect = dialect; }
    Dialect dialect() const { return m_dialect; }

    // Character offset of the cursor in text().
    int cursorOffset() const;
    void setCursorOffset(int offset);
    // The QScintilla line and index of a character offset in text().
    void lineIndexAt(int offset, int *line, int *index) const;

    // Run (Ctrl+Enter: the selection if there is one, else the statement the cursor is in) or
    // Run Script (F5) as of now, for RunPlanner; serverVersion left empty.
    RunRequest runRequest(bool wholeScript) const;

    // 1-based line and column, as servers report them: underline from there to the end of the
    // word, show the message below the line and put the cursor there.
    void markError(int line, int column, const QString &message);
    void markErrorAtOffset(int offset, const QString &message);
    void clearErrorMarks();
    bool hasErrorMarks() const { return m_errorLine >= 0; }

    // Shows for a moment which text is about to run (Ctrl+Enter runs the statement around the
    // cursor, and the person should see what that was). Offsets in text().
    void flashRunRange(int offset, int length);
    std::pair<int, int> runHighlight() const { return m_runHighlight; }   // {offset, length}; length 0: none

    // Comments the selected lines (or the cursor's line) out with "-- ", which all three
    // dialects read as a line comment, or back in when every one of them is commented.
    void toggleLineComment();
    // Indents (or outdents) the selected lines, or the cursor's line, by one indentation step.
    void indentSelection(bool in);

    // True when the key is the shortcut of an action of the window this editor is in: then
    // the window's action gets it, never one of QScintilla's own bindings (Ctrl+T would swap
    // lines, Ctrl+/ move the cursor, Ctrl+= type a character).
    bool isWindowShortcut(const QKeyEvent *event) const;

signals:
    // Fallbacks for when the window's shortcuts are not active (the editor used on its own).
    void runStatementRequested();
    void runScriptRequested();
    void cancelRequested();

protected:
    bool event(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateMarginWidth();

    QsciLexerSQL *m_lexer = nullptr;
    Dialect m_dialect = Dialect::PostgreSQL;
    int m_errorIndicator = -1;
    int m_errorLine = -1;
    int m_runIndicator = -1;
    std::pair<int, int> m_runHighlight{0, 0};
    QTimer *m_runHighlightTimer = nullptr;
};
