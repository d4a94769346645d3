// Crash recovery and session restore: every open editor's text is stashed on disk while it
// lives; the next start brings it back as a tab without a session that connects on request —
// in that same tab. Closing a tab for good is the only thing that forgets its text.
#include "connection/connectionmanager.h"
#include "connection/session.h"
#include "e2ehelpers.h"
#include "login/logindialog.h"
#include "mainwindow.h"
#include "common/noticebanner.h"
#include "profiles/profilestore.h"
#include "query/querytab.h"
#include "results/resultmodel.h"
#include "query/sqleditor.h"
#include "query/tabbanner.h"
#include "testserver.h"
#include "workspace/editorstash.h"

#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using E2E::child;
using E2E::kTimeoutMs;

class TestE2ERecovery : public QObject
{
    Q_OBJECT

    E2E::App m_app;
    QString m_profileId;

    void makeWindow()
    {
        QVERIFY(m_app.makeWindow(true, true));
    }

    void stash(const QString &id, const QString &profileId, const QString &text, int cursor = 0)
    {
        StashedEditor e;
        e.id = id;
        e.profileId = profileId;
        e.profileName = profileId == m_profileId ? m_app.store->profile(profileId).name : QStringLiteral("Gone");
        e.text = text;
        e.cursorPosition = cursor;
        e.savedAt = QDateTime::currentDateTime();
        QString error;
        QVERIFY2(EditorStash().save(e, &error), qPrintable(error));   // the default place, as the program
    }

    QPushButton *connectButton(QueryTab *tab) const
    {
        return tab->banner()->findChild<QPushButton *>();
    }

private slots:
    void initTestCase()
    {
        TESSERA_REQUIRE_SERVER();
    }

    void init()
    {
        m_app.reset();
        m_profileId = m_app.addProfile(TestServer::profile());
    }

    void cleanup()
    {
        QVERIFY2(m_app.closeAll(), "a session outlived its window");
        m_app.release();
    }

    // (d) A stashed editor comes back with its text and the banner says so; Connect logs in
    // through the usual dialog and the session lands in that very tab.
    void stashedEditorIsRecoveredAndConnects()
    {
        const QString sql = QStringLiteral("-- unsaved work\nselect current_user as who, 42 as answer");
        stash(QStringLiteral("e2e-editor-1"), m_profileId, sql, 20);
        makeWindow();
        QCOMPARE(m_app.window->tabCount(), 1);
        QueryTab *tab = m_app.window->currentTab();
        QVERIFY(!tab->session());
        QCOMPARE(tab->editor()->text(), sql);
        QCOMPARE(tab->editor()->cursorOffset(), 20);
        QCOMPARE(tab->stashId(), QStringLiteral("e2e-editor-1"));
        QVERIFY2(m_app.window->noticeBanner()->text().contains(QStringLiteral("Recovered 1 editor after an unexpected exit")),
                 qPrintable(m_app.window->noticeBanner()->text()));
        QVERIFY(tab->banner()->text().contains(QStringLiteral("Not connected")));
        E2E::screenshot(m_app.window.get(), QStringLiteral("e2e-recovered"));

        QPushButton *connect = connectButton(tab);
        QVERIFY(connect && connect->isVisible());
        QTest::mouseClick(connect, Qt::LeftButton);
        LoginDialog *dialog = E2E::loginDialog(m_app.window.get());
        QVERIFY(dialog);
        E2E::typeLogin(dialog, TestServer::alice());
        QTRY_VERIFY_WITH_TIMEOUT(tab->session() && tab->session()->state() == Session::State::Idle, kTimeoutMs);
        QCOMPARE(m_app.window->tabCount(), 1);
        QCOMPARE(m_app.window->currentTab(), tab);
        QCOMPARE(m_app.window->tabWidget()->tabText(0), m_app.store->profile(m_profileId).name + QStringLiteral(" — alice"));
        QCOMPARE(tab->editor()->text(), sql);

        tab->editor()->setFocus();
        QTest::keyClick(tab->editor(), Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(tab->resultModel()->rowCount(), 1, kTimeoutMs);
        QCOMPARE(tab->resultModel()->index(0, 0).data().toString(), QStringLiteral("alice"));
        QCOMPARE(tab->resultModel()->index(0, 1).data().toString(), QStringLiteral("42"));
    }

    // A normal quit keeps the open editors for the next start (like a browser's session
    // restore); a tab closed for good is not brought back.
    void quitKeepsOpenEditorsClosedOnesGo()
    {
        makeWindow();
        m_app.window->openProfile(m_profileId);
        LoginDialog *dialog = E2E::loginDialog(m_app.window.get());
        QVERIFY(dialog);
        E2E::typeLogin(dialog, TestServer::alice());
        QTRY_COMPARE_WITH_TIMEOUT(m_app.window->tabCount(), 1, kTimeoutMs);
        QueryTab *kept = m_app.window->currentTab();
        kept->editor()->setText(QStringLiteral("select 'kept' as t"));
        QTest::keyClick(m_app.window.get(), Qt::Key_T, Qt::ControlModifier);
        QueryTab *closed = m_app.window->currentTab();
        QVERIFY(closed != kept);
        closed->editor()->setText(QStringLiteral("select 'closed' as t"));
        QTRY_COMPARE_WITH_TIMEOUT(m_app.stash->load().size(), 2, kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(closed->session()->state() == Session::State::Idle, kTimeoutMs);
        QTest::keyClick(m_app.window.get(), Qt::Key_W, Qt::ControlModifier);
        QCOMPARE(m_app.window->tabCount(), 1);
        QCOMPARE(m_app.stash->load().size(), 1);

        QVERIFY(m_app.window->close());
        QTRY_COMPARE_WITH_TIMEOUT(m_app.manager->liveCount(), 0, kTimeoutMs);
        QVERIFY(!m_app.manager->isLoggedIn(m_profileId));
        m_app.window.reset();

        makeWindow();
        QCOMPARE(m_app.window->tabCount(), 1);
        QCOMPARE(m_app.window->currentTab()->editor()->text(), QStringLiteral("select 'kept' as t"));
        // A normal quit is no crash, and says so.
        QVERIFY2(m_app.window->noticeBanner()->text().contains(QStringLiteral("Restored your tab from the last session")),
                 qPrintable(m_app.window->noticeBanner()->text()));
        QVERIFY(!m_app.window->currentTab()->session());
    }

    // The profile was deleted meanwhile: the text still comes back; Connect says why it cannot.
    void editorOfADeletedProfileKeepsItsText()
    {
        stash(QStringLiteral("e2e-orphan"), QStringLiteral("no-such-profile"), QStringLiteral("select 'orphan'"));
        stash(QStringLiteral("e2e-editor-2"), m_profileId, QStringLiteral("select 2"));
        makeWindow();
        QCOMPARE(m_app.window->tabCount(), 2);
        QVERIFY(m_app.window->noticeBanner()->text().contains(QStringLiteral("Recovered 2 editors")));
        QueryTab *orphan = nullptr;
        for (int i = 0; i < m_app.window->tabCount(); ++i) {
            if (m_app.window->tabAt(i)->profileId() == QStringLiteral("no-such-profile"))
                orphan = m_app.window->tabAt(i);
        }
        QVERIFY(orphan);
        QCOMPARE(orphan->editor()->text(), QStringLiteral("select 'orphan'"));
        m_app.window->tabWidget()->setCurrentWidget(orphan);
        QTest::mouseClick(connectButton(orphan), Qt::LeftButton);
        QVERIFY(!E2E::loginDialog(m_app.window.get()));
        QVERIFY(m_app.window->noticeBanner()->text().contains(QStringLiteral("no longer exists")));
        QCOMPARE(m_app.manager->liveCount(), 0);
    }
};

QTEST_MAIN(TestE2ERecovery)
#include "tst_e2e_recovery.moc"
