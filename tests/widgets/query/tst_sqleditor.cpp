// The editor's statement picking and error marks: what Ctrl+Enter and F5 will run.
#include "sql/editorstatements.h"
#include "sql/runplanner.h"
#include "query/sqleditor.h"

#include <QSignalSpy>
#include <QTest>

namespace {
// What Run (Ctrl+Enter) and Run Script (F5) would send from the editor as it stands.
EditorStatement statementAtCursor(const SqlEditor &editor)
{
    return RunPlanner::plan(editor.runRequest(false)).statements.value(0);
}

QList<EditorStatement> allStatements(const SqlEditor &editor)
{
    return RunPlanner::plan(editor.runRequest(true)).statements;
}
} // namespace

class TestSqlEditor : public QObject
{
    Q_OBJECT

private slots:
    void splitKeepsQuotedSemicolons()
    {
        const QString sql = QStringLiteral("select 'a;b', \"x;y\" from t; -- c;\n"
                                           "create function f() returns int as $body$ begin; return 1; end $body$ language plpgsql;\n"
                                           "/* only; a comment */");
        const QList<EditorStatement> s = EditorStatements::split(Dialect::PostgreSQL, sql);
        QCOMPARE(s.size(), 2);
        QCOMPARE(s.at(0).text, QStringLiteral("select 'a;b', \"x;y\" from t"));
        QCOMPARE(s.at(0).offset, 0);
        QVERIFY(s.at(1).text.endsWith(QStringLiteral("language plpgsql")));
        QCOMPARE(sql.mid(s.at(1).offset, s.at(1).text.size()), s.at(1).text);
    }

    void statementAtCursorFollowsTheCursor()
    {
        SqlEditor editor;
        editor.setText(QStringLiteral("select 1;\n\nselect 'ü', 2;\nselect 3"));
        editor.setCursorPosition(0, 3);
        QCOMPARE(statementAtCursor(editor).text, QStringLiteral("select 1"));
        // In the blank line after a statement: still that statement.
        editor.setCursorPosition(1, 0);
        QCOMPARE(statementAtCursor(editor).text, QStringLiteral("select 1"));
        // Character (not byte) indexes: the 'ü' must not shift anything.
        editor.setCursorPosition(2, 13);
        QCOMPARE(editor.cursorOffset(), 24);
        QCOMPARE(statementAtCursor(editor).text, QStringLiteral("select 'ü', 2"));
        editor.setCursorPosition(3, 8);
        QCOMPARE(statementAtCursor(editor).text, QStringLiteral("select 3"));
        QCOMPARE(allStatements(editor).size(), 3);
    }

    // A blank line ends the statement under the cursor, as in DBeaver and DataGrip, unless it
    // is inside a quote, a comment or a dollar-quoted body.
    void blankLineEndsTheStatementAtTheCursor()
    {
        SqlEditor editor;
        editor.setText(QStringLiteral("select 1\n  \nselect 2\nfrom t\n\n\nselect 3;"));
        editor.setCursorPosition(0, 2);
        QCOMPARE(statementAtCursor(editor).text, QStringLiteral("select 1"));
        editor.setCursorPosition(3, 2);
        const EditorStatement second = statementAtCursor(editor);
        QCOMPARE(second.text, QStringLiteral("select 2\nfrom t"));
        QCOMPARE(editor.text().mid(second.offset, second.text.size()), second.text);
        editor.setCursorPosition(6, 0);
        QCOMPARE(statementAtCursor(editor).text, QStringLiteral("select 3"));
        // Run Script still sends what the semicolons say.
        QCOMPARE(allStatements(editor).size(), 1);

        editor.setText(QStringLiteral("select 'a\n\nb', $$x\n\ny$$, /* c\n\nd */ 1\nfrom t"));
        editor.setCursorPosition(4, 1);
        QCOMPARE(statementAtCursor(editor).text, editor.text());

        editor.setDialect(Dialect::SQLite);
        editor.setText(QStringLiteral("select 'x\n\ny';\nselect 4\n\nselect 5"));
        editor.setCursorPosition(3, 3);
        QCOMPARE(statementAtCursor(editor).text, QStringLiteral("select 4"));
        editor.setCursorPosition(1, 0);   // inside the quote: its blank line ends nothing
        QCOMPARE(statementAtCursor(editor).text, QStringLiteral("select 'x\n\ny'"));
    }

    void selectionWinsOverCursor()
    {
        SqlEditor editor;
        editor.setText(QStringLiteral("select 1, 2 from t;"));
        editor.setSelection(0, 7, 0, 11);
        const EditorStatement s = statementAtCursor(editor);
        QCOMPARE(s.text, QStringLiteral("1, 2"));
        QCOMPARE(s.offset, 7);
    }

    void markErrorMovesCursorAndClearsOnEdit()
    {
        SqlEditor editor;
        editor.setText(QStringLiteral("select 1;\nselect nosuchcol from t;"));
        editor.markError(2, 8, QStringLiteral("column \"nosuchcol\" does not exist"));
        QVERIFY(editor.hasErrorMarks());
        int line = -1, index = -1;
        editor.getCursorPosition(&line, &index);
        QCOMPARE(line, 1);
        QCOMPARE(index, 7);
        QCOMPARE(editor.annotation(1), QStringLiteral("column \"nosuchcol\" does not exist"));
        editor.insertAt(QStringLiteral(" "), 0, 0);
        QVERIFY(!editor.hasErrorMarks());
        QVERIFY(editor.annotation(1).isEmpty());

        editor.markErrorAtOffset(int(editor.text().indexOf(QStringLiteral("from"))), QStringLiteral("x"));
        editor.getCursorPosition(&line, &index);
        QCOMPARE(line, 1);
        QCOMPARE(index, 17);
        editor.clearErrorMarks();
        QVERIFY(!editor.hasErrorMarks());
    }

    void keysRequestRunsWithoutAWindow()
    {
        SqlEditor editor;
        QSignalSpy run(&editor, &SqlEditor::runStatementRequested);
        QSignalSpy script(&editor, &SqlEditor::runScriptRequested);
        QSignalSpy cancel(&editor, &SqlEditor::cancelRequested);
        editor.setText(QStringLiteral("select 1"));
        QTest::keyClick(&editor, Qt::Key_Return, Qt::ControlModifier);
        QTest::keyClick(&editor, Qt::Key_F5);
        QTest::keyClick(&editor, Qt::Key_Escape);
        QCOMPARE(run.size(), 1);
        QCOMPARE(script.size(), 1);
        QCOMPARE(cancel.size(), 1);
        QCOMPARE(editor.text(), QStringLiteral("select 1"));   // Ctrl+Enter inserted no newline
    }
};

QTEST_MAIN(TestSqlEditor)
#include "tst_sqleditor.moc"
