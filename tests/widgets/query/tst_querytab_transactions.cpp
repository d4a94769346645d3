// Transactions in a query tab against the throwaway PostgreSQL: the auto-commit toggle, the
// label that always says whether a transaction is open, and closing a tab with one open.
#include "querytabharness.h"
#include "query/querytoolbar.h"
#include "query/transactioncontrols.h"

#include <QAction>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QUuid>

using namespace QueryTabHarness;

class TestQueryTabTransactions : public QObject
{
    Q_OBJECT

    Harness m_h;

    QueryTab *tab() const { return m_h.tab.get(); }
    QString label() const { return tab()->findChild<QLabel *>(QStringLiteral("transactionLabel"))->text(); }
    TransactionControls *controls() const { return tab()->toolBar()->transactions(); }

    static QString countRows(const QString &tag)
    {
        return TestServer::adminQuery(QStringLiteral("select count(*) from public.querytab_tx where tag = '%1'").arg(tag));
    }

    // Manual mode, one row inserted and not yet committed. Returns the row's tag.
    QString insertInManualMode()
    {
        controls()->autoCommitAction()->setChecked(false);
        const QString tag = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const StatementOutcome o = run(tab(), QStringLiteral("insert into public.querytab_tx (tag) values ('%1')").arg(tag));
        if (!o.ok)
            qWarning("insert failed: %s", qPrintable(o.error.message));
        return tag;
    }

    QMessageBox *closeBox() const { return topLevel<QMessageBox>(QStringLiteral("closeTransactionBox")); }

private slots:
    void initTestCase()
    {
        TESSERA_REQUIRE_SERVER();
        // Each test file has its own table: test executables run in parallel.
        QCOMPARE(TestServer::adminQuery(QStringLiteral(
                     "create table if not exists public.querytab_tx (id serial primary key, tag text not null);"
                     "create table if not exists public.querytab_tx_deferred (id int unique deferrable initially deferred);"
                     "grant select, insert on public.querytab_tx, public.querytab_tx_deferred to alice;"
                     "grant usage on sequence public.querytab_tx_id_seq to alice")),
                 QString());
    }

    void init()
    {
        QVERIFY(m_h.open());
    }

    void cleanup()
    {
        QVERIFY(m_h.close());
    }

    void manualModeRollbackOnClose()
    {
        QCOMPARE(label(), QStringLiteral("Each statement commits"));
        QVERIFY(!controls()->commitAction()->isEnabled());
        const QString tag = insertInManualMode();
        QTRY_VERIFY(label().startsWith(QStringLiteral("Transaction open since ")));
        QVERIFY(tab()->hasOpenTransaction());
        QVERIFY(controls()->commitAction()->isEnabled());
        QVERIFY(controls()->rollbackAction()->isEnabled());
        // Others do not see it yet.
        QCOMPARE(countRows(tag), QStringLiteral("0"));
        // The whole label fits: the toolbar lays out again once the text grew.
        auto *labelWidget = tab()->findChild<QLabel *>(QStringLiteral("transactionLabel"));
        QTRY_VERIFY(labelWidget->width() >= labelWidget->sizeHint().width());
        screenshot(tab(), QStringLiteral("querytab-transaction-open.png"));

        QSignalSpy approved(tab(), &QueryTab::closeApproved);
        QSignalSpy refused(tab(), &QueryTab::closeRefused);
        tab()->requestClose();
        QTRY_VERIFY(closeBox());
        QVERIFY(closeBox()->text().contains(QStringLiteral("open since")));
        screenshot(closeBox(), QStringLiteral("querytab-close-box.png"));
        QVERIFY(approved.isEmpty());   // nothing decided behind the person's back
        QTest::mouseClick(closeBox()->findChild<QPushButton *>(QStringLiteral("rollbackButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(approved.size(), 1, kTimeoutMs);
        QVERIFY(refused.isEmpty());
        QVERIFY(!tab()->hasOpenTransaction());
        QCOMPARE(countRows(tag), QStringLiteral("0"));
        QVERIFY(tab()->messages()->toPlainText().contains(QStringLiteral("Transaction rolled back")));
    }

    void manualModeCommitOnClose()
    {
        const QString tag = insertInManualMode();
        QTRY_VERIFY(tab()->hasOpenTransaction());
        QSignalSpy approved(tab(), &QueryTab::closeApproved);
        tab()->requestClose();
        QTRY_VERIFY(closeBox());
        QTest::mouseClick(closeBox()->findChild<QPushButton *>(QStringLiteral("commitButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(approved.size(), 1, kTimeoutMs);
        QCOMPARE(countRows(tag), QStringLiteral("1"));
        QTRY_COMPARE(label(), QStringLiteral("No open transaction"));
    }

    void cancelKeepsTransactionOpen()
    {
        const QString tag = insertInManualMode();
        QTRY_VERIFY(tab()->hasOpenTransaction());
        QSignalSpy approved(tab(), &QueryTab::closeApproved);
        QSignalSpy refused(tab(), &QueryTab::closeRefused);
        tab()->requestClose();
        QTRY_VERIFY(closeBox());
        // A second request while the box is up asks nothing more and answers nothing twice.
        tab()->requestClose();
        QTest::mouseClick(closeBox()->findChild<QPushButton *>(QStringLiteral("cancelButton")), Qt::LeftButton);
        QTRY_COMPARE(refused.size(), 1);
        QVERIFY(approved.isEmpty());
        QVERIFY(!closeBox());
        QVERIFY(tab()->hasOpenTransaction());
        QVERIFY(label().startsWith(QStringLiteral("Transaction open since ")));
        QCOMPARE(countRows(tag), QStringLiteral("0"));
        // The toolbar's Rollback still works afterwards.
        controls()->rollbackAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!tab()->hasOpenTransaction(), kTimeoutMs);
        QCOMPARE(refused.size(), 1);
        QVERIFY(approved.isEmpty());
    }

    void noTransactionApprovesAtOnce()
    {
        QSignalSpy approved(tab(), &QueryTab::closeApproved);
        tab()->requestClose();
        QTRY_COMPARE(approved.size(), 1);
        QVERIFY(!closeBox());
    }

    void typedBeginIsDetectedInAutoCommit()
    {
        QVERIFY(controls()->autoCommitAction()->isChecked());
        QVERIFY(run(tab(), QStringLiteral("begin")).ok);
        QTRY_VERIFY(label().startsWith(QStringLiteral("Transaction open since ")));
        QVERIFY(controls()->commitAction()->isEnabled());

        // A failed statement leaves the transaction failed: only Rollback makes sense then.
        QVERIFY(!run(tab(), QStringLiteral("select 1/0")).ok);
        QTRY_COMPARE(label(), QStringLiteral("Transaction failed — roll back"));
        screenshot(tab(), QStringLiteral("querytab-transaction-failed.png"));
        QVERIFY(!controls()->commitAction()->isEnabled());
        QVERIFY(controls()->rollbackAction()->isEnabled());

        // Closing offers no Commit for a failed transaction (the server would roll back anyway).
        QSignalSpy approved(tab(), &QueryTab::closeApproved);
        tab()->requestClose();
        QTRY_VERIFY(closeBox());
        QVERIFY(!closeBox()->findChild<QPushButton *>(QStringLiteral("commitButton")));
        QTest::mouseClick(closeBox()->findChild<QPushButton *>(QStringLiteral("rollbackButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(approved.size(), 1, kTimeoutMs);
        QTRY_COMPARE(label(), QStringLiteral("Each statement commits"));
    }

    void failedCommitKeepsTabOpen()
    {
        controls()->autoCommitAction()->setChecked(false);
        const int id = int(QUuid::createUuid().data1 & 0x3fffffff);
        // A deferred unique constraint is checked only at COMMIT: the COMMIT itself fails.
        const QString sql = QStringLiteral("insert into public.querytab_tx_deferred values (%1), (%1)").arg(id);
        QVERIFY(run(tab(), sql).ok);
        QTRY_VERIFY(tab()->hasOpenTransaction());
        QSignalSpy approved(tab(), &QueryTab::closeApproved);
        QSignalSpy refused(tab(), &QueryTab::closeRefused);
        tab()->requestClose();
        QTRY_VERIFY(closeBox());
        QTest::mouseClick(closeBox()->findChild<QPushButton *>(QStringLiteral("commitButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, kTimeoutMs);
        QVERIFY(approved.isEmpty());
        const QString log = tab()->messages()->toPlainText();
        QVERIFY2(log.contains(QStringLiteral("duplicate key value violates unique constraint")), qPrintable(log));
        QVERIFY(log.contains(QStringLiteral("DETAIL: Key (id)=(%1) already exists.").arg(id)));
        QCOMPARE(tab()->outputTabs()->currentWidget(), tab()->messages());
    }
};

QTEST_MAIN(TestQueryTabTransactions)
#include "tst_querytab_transactions.moc"
