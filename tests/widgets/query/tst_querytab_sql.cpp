// What a query tab does with the SQL before and after the server sees it, against the
// throwaway PostgreSQL: bind variables, the syntax pre-check, errors with DETAIL and HINT,
// server notices and the identity in the status line.
#include "query/bindvaluesdialog.h"
#include "querytabharness.h"
#include "results/resultmodel.h"
#include "query/runpreparation.h"
#include "sql/syntaxprecheck.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>

#include <algorithm>

using namespace QueryTabHarness;

class TestQueryTabSql : public QObject
{
    Q_OBJECT

    Harness m_h;

    QueryTab *tab() const { return m_h.tab.get(); }
    BindValuesDialog *bindDialog() const { return tab()->findChild<BindValuesDialog *>(); }
    QString cell(int row, int column) const { return tab()->resultModel()->index(row, column).data().toString(); }

private slots:
    void initTestCase()
    {
        TESSERA_REQUIRE_SERVER();
    }

    void cleanup()
    {
        QVERIFY(m_h.close());
    }

    void bindDialogSendsValuesAndNull()
    {
        QVERIFY(m_h.open());
        QSignalSpy finished(m_h.session(), &Session::statementFinished);
        tab()->editor()->setText(QStringLiteral("select :a::text as a, :b::int + 1 as b, :c::text is null as c_null, "
                                                "':not_a_bind' as s"));
        tab()->runStatement();
        BindValuesDialog *dialog = bindDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->names(), (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QVERIFY(finished.isEmpty());
        QTest::keyClicks(dialog->valueEdit(QStringLiteral("a")), QStringLiteral("hello"));
        QTest::keyClicks(dialog->valueEdit(QStringLiteral("b")), QStringLiteral("41"));
        QTest::mouseClick(dialog->nullCheck(QStringLiteral("c")), Qt::LeftButton);
        QVERIFY(!dialog->valueEdit(QStringLiteral("c"))->isEnabled());
        screenshot(dialog, QStringLiteral("querytab-bind-dialog.png"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("runButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs);
        const StatementOutcome o = finished.first().first().value<StatementOutcome>();
        QVERIFY2(o.ok, qPrintable(o.error.message));
        QTRY_COMPARE(tab()->resultModel()->rowCount(), 1);
        QCOMPARE(cell(0, 0), QStringLiteral("hello"));
        QCOMPARE(cell(0, 1), QStringLiteral("42"));
        QCOMPARE(cell(0, 2), QStringLiteral("t"));
        QCOMPARE(cell(0, 3), QStringLiteral(":not_a_bind"));

        // The next run asks again, prefilled with what this tab used.
        QTRY_VERIFY(tab()->canRun());
        QTRY_VERIFY(!bindDialog());
        tab()->runStatement();
        dialog = bindDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->valueEdit(QStringLiteral("a"))->text(), QStringLiteral("hello"));
        QCOMPARE(dialog->valueEdit(QStringLiteral("b"))->text(), QStringLiteral("41"));
        QVERIFY(dialog->nullCheck(QStringLiteral("c"))->isChecked());
        QVERIFY(!dialog->nullCheck(QStringLiteral("a"))->isChecked());
        dialog->reject();
    }

    void bindDialogCancelRunsNothing()
    {
        QVERIFY(m_h.open());
        QSignalSpy started(m_h.session(), &Session::statementStarted);
        tab()->editor()->setText(QStringLiteral("select :x::int"));
        tab()->runStatement();
        QVERIFY(bindDialog());
        QTest::mouseClick(bindDialog()->findChild<QPushButton *>(QStringLiteral("cancelButton")), Qt::LeftButton);
        QTRY_VERIFY(!bindDialog());
        // The next statement is the first the session ever starts.
        QVERIFY(run(tab(), QStringLiteral("select 7")).ok);
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.first().at(1).toString(), QStringLiteral("select 7"));
    }

    void bindValuesReachEveryScriptStatement()
    {
        QVERIFY(m_h.open());
        QSignalSpy finished(m_h.session(), &Session::statementFinished);
        tab()->editor()->setText(QStringLiteral("select :n::int * 2;\nselect :n::int * 3, :t::text"));
        tab()->runScript();
        QVERIFY(bindDialog());
        QCOMPARE(bindDialog()->names(), (QStringList{QStringLiteral("n"), QStringLiteral("t")}));
        QTest::keyClicks(bindDialog()->valueEdit(QStringLiteral("n")), QStringLiteral("5"));
        bindDialog()->valueEdit(QStringLiteral("t"))->setText(QStringLiteral("ü ok"));   // keyClicks is ASCII only
        QTest::mouseClick(bindDialog()->findChild<QPushButton *>(QStringLiteral("runButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kTimeoutMs);
        QTRY_COMPARE(tab()->resultModel()->rowCount(), 1);
        QCOMPARE(cell(0, 0), QStringLiteral("15"));
        QCOMPARE(cell(0, 1), QStringLiteral("ü ok"));
    }

    void syntaxErrorIsMarkedAndNothingSent()
    {
        QVERIFY(m_h.open());
        if (m_h.session()->identity().serverVersion.section(u'.', 0, 0).toInt() > SyntaxPrecheck::parserMajorVersion())
            QSKIP("the server is newer than the parser: no pre-check (see precheckStandsAsideForNewerServers)");
        QSignalSpy started(m_h.session(), &Session::statementStarted);
        tab()->editor()->setText(QStringLiteral("select 1;\nselect 2 frm pg_class;\nselect 3"));
        tab()->runScript();
        // Synchronous: the parser runs before anything could be sent.
        QVERIFY(tab()->editor()->hasErrorMarks());
        int line = -1, index = -1;
        tab()->editor()->getCursorPosition(&line, &index);
        QCOMPARE(line, 1);
        QCOMPARE(index, 13);   // at "pg_class": "frm" parsed as an alias
        const QString log = tab()->messages()->toPlainText();
        QVERIFY2(log.contains(QStringLiteral("#2: Syntax error before sending: syntax error at or near \"pg_class\"")),
                 qPrintable(log));
        QCOMPARE(tab()->outputTabs()->currentWidget(), tab()->messages());
        QVERIFY(!tab()->isBusy());

        tab()->editor()->setText(QStringLiteral("selec 1"));
        tab()->runStatement();
        QVERIFY(tab()->messages()->toPlainText().contains(QStringLiteral("Syntax error before sending: syntax error at or near \"selec\"")));
        QVERIFY(tab()->editor()->hasErrorMarks());
        // Only the next, correct statement ever reaches the session.
        tab()->editor()->setText(QStringLiteral("select :p::int"));
        tab()->runStatement();
        QVERIFY(bindDialog());   // asked, nothing sent
        bindDialog()->reject();
        QTRY_VERIFY(!bindDialog());
        QVERIFY(run(tab(), QStringLiteral("select 3")).ok);
        QCOMPARE(started.size(), 1);
    }

    // A script of `count` inserts into the temporary table t, large enough to be checked in
    // the background; the last statement is `last`.
    static QString bigScript(int count, const QString &last = QString())
    {
        QString text;
        for (int i = 1; i <= count; ++i)
            text += QStringLiteral("insert into t values (%1, 'row %1 of a script too big to check in passing');\n").arg(i);
        text += last;
        return text;
    }

    qint64 rowsInT()
    {
        const StatementOutcome o = run(tab(), QStringLiteral("select count(*) from t"));
        return o.ok ? cell(0, 0).toLongLong() : -1;
    }

    void largeScriptIsCheckedInTheBackgroundThenRuns()
    {
        QVERIFY(m_h.open());
        QVERIFY(run(tab(), QStringLiteral("create temp table t (id int, txt text)")).ok);
        QSignalSpy started(m_h.session(), &Session::statementStarted);
        QSignalSpy scriptDone(m_h.session(), &Session::scriptFinished);
        const QString script = bigScript(3000);
        QVERIFY(script.size() >= RunPreparation::backgroundFromChars);
        tab()->editor()->setText(script);
        tab()->runScript();
        // Back at once: split and parsed on another thread, nothing sent yet, the tab says so
        // and Esc (Cancel) can stop it.
        QVERIFY(started.isEmpty());
        QVERIFY(tab()->preparation()->isChecking());
        QVERIFY(tab()->findChild<QAction *>(QStringLiteral("cancelAction"))->isEnabled());
        QVERIFY2(tab()->messages()->toPlainText().contains(QStringLiteral("Checking %1 lines of SQL before sending them").arg(QLocale().toString(3001))),
                 qPrintable(tab()->messages()->toPlainText()));
        screenshot(tab(), QStringLiteral("querytab-checking-script.png"));
        QTRY_COMPARE_WITH_TIMEOUT(scriptDone.size(), 1, kTimeoutMs);
        QCOMPARE(scriptDone.first().at(0).toInt(), 3000);   // succeeded
        QCOMPARE(scriptDone.first().at(1).toInt(), 0);      // failed
        QVERIFY(!tab()->preparation()->isChecking());
        QTRY_VERIFY(tab()->canRun());
        QCOMPARE(rowsInT(), 3000);
    }

    void largeScriptWithASyntaxErrorSendsNothing()
    {
        QVERIFY(m_h.open());
        if (m_h.session()->identity().serverVersion.section(u'.', 0, 0).toInt() > SyntaxPrecheck::parserMajorVersion())
            QSKIP("the server is newer than the parser: no pre-check (see precheckStandsAsideForNewerServers)");
        QVERIFY(run(tab(), QStringLiteral("create temp table t (id int, txt text)")).ok);
        QSignalSpy started(m_h.session(), &Session::statementStarted);
        tab()->editor()->setText(bigScript(3000, QStringLiteral("insert into t valeus (0, 'typo');\n")));
        tab()->runScript();
        QVERIFY(tab()->preparation()->isChecking());
        QTRY_VERIFY_WITH_TIMEOUT(!tab()->preparation()->isChecking(), kTimeoutMs);
        QVERIFY(tab()->editor()->hasErrorMarks());
        int line = -1, index = -1;
        tab()->editor()->getCursorPosition(&line, &index);
        QCOMPARE(line, 3000);   // the last statement, 0-based
        QVERIFY2(tab()->messages()->toPlainText().contains(QStringLiteral("#3001: Syntax error before sending")),
                 qPrintable(tab()->messages()->toPlainText()));
        QVERIFY(started.isEmpty());
        QCOMPARE(rowsInT(), 0);
    }

    void runInALargeEditorSendsTheStatementAtTheCursor()
    {
        QVERIFY(m_h.open());
        QVERIFY(run(tab(), QStringLiteral("create temp table t (id int, txt text)")).ok);
        QSignalSpy started(m_h.session(), &Session::statementStarted);
        QSignalSpy finished(m_h.session(), &Session::statementFinished);
        tab()->editor()->setText(bigScript(3000, QStringLiteral("select count(*) from t;\n")));
        tab()->editor()->setCursorPosition(3000, 3);   // in the last statement
        tab()->runStatement();
        QVERIFY(tab()->preparation()->isChecking());   // the whole text is split to find it
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs);
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.first().at(1).toString(), QStringLiteral("select count(*) from t"));
        QTRY_VERIFY(tab()->canRun());
        QCOMPARE(cell(0, 0), QStringLiteral("0"));
        QVERIFY(!tab()->messages()->toPlainText().contains(QStringLiteral("lines of SQL")));   // not a script
    }

    void escStopsTheCheckAndNothingIsSent()
    {
        QVERIFY(m_h.open());
        QVERIFY(run(tab(), QStringLiteral("create temp table t (id int, txt text)")).ok);
        QSignalSpy scriptDone(m_h.session(), &Session::scriptFinished);
        tab()->editor()->setText(bigScript(3000));
        tab()->runScript();
        QVERIFY(tab()->preparation()->isChecking());
        QTest::keyClick(tab()->editor(), Qt::Key_Escape);
        QVERIFY(!tab()->preparation()->isChecking());
        QVERIFY(tab()->messages()->toPlainText().contains(QStringLiteral("nothing was sent")));
        // A second large script is checked after the first on the same checking thread: once it
        // has run, the stopped one has long been checked, and dropped.
        tab()->editor()->setText(bigScript(1500));
        tab()->runScript();
        QTRY_COMPARE_WITH_TIMEOUT(scriptDone.size(), 1, kTimeoutMs);
        QCOMPARE(scriptDone.first().at(0).toInt(), 1500);
        QTRY_VERIFY(tab()->canRun());
        QCOMPARE(rowsInT(), 1500);
    }

    void precheckStandsAsideForNewerServers()
    {
        const QList<EditorStatement> statements{{QStringLiteral("select 1"), 0}, {QStringLiteral("selec 2"), 10}};
        const int parser = SyntaxPrecheck::parserMajorVersion();
        const auto problem = SyntaxPrecheck::firstProblem(Dialect::PostgreSQL, statements,
                                                          QStringLiteral("%1.4 (Debian)").arg(parser));
        QVERIFY(problem);
        QCOMPARE(problem->statementIndex, 1);
        QCOMPARE(problem->offset, 10);
        QVERIFY(SyntaxPrecheck::firstProblem(Dialect::PostgreSQL, statements, QString()));
        // Newer syntax than the parser knows is the server's to judge; other dialects have no parser.
        QVERIFY(!SyntaxPrecheck::firstProblem(Dialect::PostgreSQL, statements, QStringLiteral("%1.0").arg(parser + 1)));
        QVERIFY(!SyntaxPrecheck::firstProblem(Dialect::SQLite, statements, QString()));
    }

    void serverErrorShowsDetailHintAndPosition()
    {
        QVERIFY(m_h.open());
        const StatementOutcome o = run(tab(), QStringLiteral(
            "do $$ begin raise exception 'boom' using detail = 'the detail', hint = 'the hint'; end $$"));
        QVERIFY(!o.ok);
        const QString log = tab()->messages()->toPlainText();
        QVERIFY2(log.contains(QStringLiteral("ERROR: boom\nDETAIL: the detail\nHINT: the hint")), qPrintable(log));
        QCOMPARE(tab()->outputTabs()->currentWidget(), tab()->messages());

        // A HINT of the server's own, and the error's position in the editor.
        QVERIFY(!run(tab(), QStringLiteral("select 1;\n  select nosuchfunction(1)"), true).ok);
        QVERIFY(tab()->messages()->toPlainText().contains(QStringLiteral("HINT: No function matches the given name")));
        QVERIFY(tab()->editor()->hasErrorMarks());
        int line = -1, index = -1;
        tab()->editor()->getCursorPosition(&line, &index);
        QCOMPARE(line, 1);
        QCOMPARE(index, 9);
    }

    void serverNoticesGoToMessages()
    {
        QVERIFY(m_h.open());
        QVERIFY(run(tab(), QStringLiteral("do $$ begin raise notice 'hello %', 42; raise warning 'careful'; end $$")).ok);
        const QString log = tab()->messages()->toPlainText();
        QVERIFY2(log.contains(QStringLiteral("NOTICE: hello 42")), qPrintable(log));
        QVERIFY(log.contains(QStringLiteral("WARNING: careful")));
        // The notice comes before the statement's OK, as the server sent it.
        QVERIFY2(log.indexOf(QStringLiteral("NOTICE: hello 42")) < log.lastIndexOf(QStringLiteral("] OK")), qPrintable(log));
        // No grid to look at: Messages is where the answer is.
        QCOMPARE(tab()->outputTabs()->currentWidget(), tab()->messages());
    }

    // The time a statement took counts from when it was sent: the server's time is in it.
    void durationsCountTheServersTime()
    {
        QVERIFY(m_h.open());
        const StatementOutcome slept = run(tab(), QStringLiteral("select pg_sleep(0.3)"));
        QVERIFY(slept.ok);
        QVERIFY2(slept.elapsedMs >= 300, qPrintable(QString::number(slept.elapsedMs)));
        static const QRegularExpression okLine(QStringLiteral("OK, 1 row in (\\d+) ms"));
        const QRegularExpressionMatch m = okLine.match(tab()->messages()->toPlainText());
        QVERIFY2(m.hasMatch(), qPrintable(tab()->messages()->toPlainText()));
        QVERIFY(m.captured(1).toInt() >= 300);

        // Cancelled after more than a second on the server: the tab and the connection log say so.
        QSignalSpy finished(m_h.session(), &Session::statementFinished);
        tab()->editor()->setText(QStringLiteral("select pg_sleep(60)"));
        tab()->runStatement();
        QTRY_VERIFY_WITH_TIMEOUT(m_h.session()->busyForMs() >= 1200, 10000);
        tab()->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), kTimeoutMs);
        const StatementOutcome cancelled = finished.last().first().value<StatementOutcome>();
        QVERIFY(cancelled.cancelled);
        QVERIFY2(cancelled.elapsedMs >= 1200, qPrintable(QString::number(cancelled.elapsedMs)));
        QVERIFY2(!tab()->messages()->toPlainText().contains(QStringLiteral("Cancelled after 0.0 s")),
                 qPrintable(tab()->messages()->toPlainText()));
        static const QRegularExpression cancelledLine(QStringLiteral("Cancelled after (\\d+)\\.\\d s"));
        const QRegularExpressionMatch c = cancelledLine.match(tab()->messages()->toPlainText());
        QVERIFY2(c.hasMatch() && c.captured(1).toInt() >= 1, qPrintable(tab()->messages()->toPlainText()));
        const QList<ConnectionEvent> events = m_h.manager->eventLog()->events();
        QVERIFY(std::any_of(events.cbegin(), events.cend(), [](const ConnectionEvent &e) {
            return e.what.startsWith(QStringLiteral("cancelled after ")) && e.what != QStringLiteral("cancelled after 0.0 s");
        }));
        QTRY_VERIFY(tab()->canRun());
    }

    void identityShowsWhoRunsTheQueries()
    {
        QVERIFY(m_h.open(TestServer::proxy()));
        auto *identity = tab()->findChild<QLabel *>(QStringLiteral("identityLabel"));
        const QString pid = m_h.session()->identity().backendId;
        QVERIFY(!pid.isEmpty());
        QTRY_COMPARE(identity->text(), QStringLiteral("tessera_proxy @ public (pid %1)").arg(pid));
        QVERIFY(identity->toolTip().contains(QStringLiteral("Server: ")));

        QVERIFY(run(tab(), QStringLiteral("set role alice")).ok);
        QTRY_COMPARE(identity->text(), QStringLiteral("alice (logged in as tessera_proxy) @ public (pid %1)").arg(pid));
        QVERIFY(run(tab(), QStringLiteral("set search_path = alice_space")).ok);
        QTRY_COMPARE(identity->text(),
                     QStringLiteral("alice (logged in as tessera_proxy) @ alice_space (pid %1)").arg(pid));
    }
};

QTEST_MAIN(TestQueryTabSql)
#include "tst_querytab_sql.moc"
