// Session restore versus crash recovery, on SQLite profiles (no server, no login): after a
// normal quit the next start says "Restored your 3 tabs", in their old order, each with its
// auto-commit mode and zoom, and connected by itself; after a crash it says "Recovered ...
// after an unexpected exit". Real instances (stashinstance, the program's own objects) killed
// with SIGKILL: two instances' editors both come back, and continuous typing is kept up to
// the last two seconds or so.
#include "common/noticebanner.h"
#include "connection/connectionmanager.h"
#include "connection/session.h"
#include "e2ehelpers.h"
#include "mainwindow.h"
#include "profiles/profilestore.h"
#include "query/querytab.h"
#include "query/querytoolbar.h"
#include "query/sqleditor.h"
#include "query/transactioncontrols.h"
#include "workspace/editorstash.h"

#include <QAction>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

using E2E::kTimeoutMs;

namespace {

bool autoCommitOf(QueryTab *tab)
{
    return tab->toolBar()->transactions()->autoCommitAction()->isChecked();
}

int zoomOf(QueryTab *tab)
{
    return int(tab->editor()->SendScintilla(QsciScintillaBase::SCI_GETZOOM));
}

// One running instance and what it printed.
struct Instance
{
    QProcess process;
    QByteArray out;

    bool start()
    {
        QObject::connect(&process, &QProcess::readyReadStandardOutput, [this] { out += process.readAllStandardOutput(); });
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start(QStringLiteral(TESSERA_STASH_INSTANCE), {});
        return process.waitForStarted() && waitFor("ready");
    }
    bool waitFor(const QByteArray &line)
    {
        return QTest::qWaitFor([&] { return out.contains(line + '\n'); }, kTimeoutMs);
    }
    bool type(const QString &text)
    {
        process.write("type " + text.toUtf8() + '\n');
        return waitFor("stashed " + text.toUtf8());
    }
    int lastTyped() const
    {
        const auto matches = QRegularExpression(QStringLiteral("typed (\\d+)\\n")).globalMatch(QString::fromUtf8(out));
        int last = 0;
        for (auto it = matches; it.hasNext();)
            last = it.next().captured(1).toInt();
        return last;
    }
    void kill()
    {
        process.kill();   // SIGKILL: no chance to save anything
        process.waitForFinished(kTimeoutMs);
    }
};

} // namespace

class TestE2ERestore : public QObject
{
    Q_OBJECT

    E2E::App m_app;
    QString m_profileId;

    QString allText() const
    {
        QStringList texts;
        for (int i = 0; i < m_app.window->tabCount(); ++i)
            texts.append(m_app.window->tabAt(i)->editor()->text());
        return texts.join(QLatin1Char('\n'));
    }

    bool stashHoldsOneManualAndOneZoomed() const
    {
        int manual = 0;
        int zoomed = 0;
        for (const StashedEditor &e : m_app.stash->load()) {
            manual += e.autoCommit ? 0 : 1;
            zoomed += e.zoom == 3 ? 1 : 0;
        }
        return manual == 1 && zoomed == 1;
    }

private slots:
    void init()
    {
        m_app.reset();
        ConnectionProfile local;
        local.name = QStringLiteral("Local");
        local.dialect = Dialect::SQLite;
        local.database = m_app.dir.filePath(QStringLiteral("local.sqlite"));
        QFile database(local.database);   // an empty file is an empty SQLite database
        QVERIFY(database.open(QIODevice::WriteOnly));
        m_profileId = m_app.addProfile(local);
        m_profileId = m_app.store->profiles().constFirst().id;
    }

    void cleanup()
    {
        QVERIFY2(m_app.closeAll(), "a session outlived its window");
        m_app.release();
    }

    void aCleanQuitRestoresTheTabsAsTheyWere()
    {
        QVERIFY(m_app.makeWindow(true, false));
        const QStringList texts{QStringLiteral("select 'first'"), QStringLiteral("select 'second'"),
                                QStringLiteral("select 'third'")};
        for (const QString &text : texts) {
            m_app.window->openProfile(m_profileId);
            QueryTab *tab = m_app.window->currentTab();
            QVERIFY(tab);
            tab->editor()->setText(text);
        }
        QCOMPARE(m_app.window->tabCount(), 3);
        m_app.window->tabAt(1)->toolBar()->transactions()->autoCommitAction()->trigger();   // manual commit
        m_app.window->tabAt(2)->editor()->zoomIn(3);
        m_app.window->tabWidget()->tabBar()->moveTab(2, 0);   // third, first, second
        QTRY_VERIFY_WITH_TIMEOUT(m_app.stash->load().size() == 3, kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(stashHoldsOneManualAndOneZoomed(), kTimeoutMs);

        QVERIFY(m_app.window->close());
        QTRY_COMPARE_WITH_TIMEOUT(m_app.manager->liveCount(), 0, kTimeoutMs);
        m_app.window.reset();

        QVERIFY(m_app.makeWindow(true, false));
        const QString said = m_app.window->noticeBanner()->text();
        QVERIFY2(said.contains(QStringLiteral("Restored your 3 tabs")), qPrintable(said));
        QVERIFY2(!said.contains(QStringLiteral("Recovered")) && !said.contains(QStringLiteral("Connect")), qPrintable(said));
        QCOMPARE(m_app.window->tabCount(), 3);
        QCOMPARE(m_app.window->tabAt(0)->editor()->text(), texts.at(2));
        QCOMPARE(m_app.window->tabAt(1)->editor()->text(), texts.at(0));
        QCOMPARE(m_app.window->tabAt(2)->editor()->text(), texts.at(1));
        QCOMPARE(autoCommitOf(m_app.window->tabAt(0)), true);
        QCOMPARE(autoCommitOf(m_app.window->tabAt(1)), true);
        QCOMPARE(autoCommitOf(m_app.window->tabAt(2)), false);
        QCOMPARE(zoomOf(m_app.window->tabAt(0)), 3);
        QCOMPARE(zoomOf(m_app.window->tabAt(1)), 0);
        // No password to ask for: each tab has connected by itself, in manual mode where it was.
        for (int i = 0; i < 3; ++i) {
            QueryTab *tab = m_app.window->tabAt(i);
            QVERIFY(tab->session());
            QTRY_COMPARE_WITH_TIMEOUT(tab->session()->state(), Session::State::Idle, kTimeoutMs);
        }
        QCOMPARE(m_app.window->tabAt(2)->session()->isAutoCommit(), false);
        QCOMPARE(m_app.window->tabCount(), 3);
    }

    void aCrashSaysRecoveredAfterAnUnexpectedExit()
    {
        QVERIFY(m_app.makeWindow(true, false));
        m_app.window->openProfile(m_profileId);
        m_app.window->currentTab()->editor()->setText(QStringLiteral("select 'unsaved'"));
        QTRY_COMPARE_WITH_TIMEOUT(m_app.stash->load().size(), 1, kTimeoutMs);
        m_app.window.reset();   // gone without closing: what a crash leaves
        QTRY_COMPARE_WITH_TIMEOUT(m_app.manager->liveCount(), 0, kTimeoutMs);

        QVERIFY(m_app.makeWindow(true, false));
        const QString said = m_app.window->noticeBanner()->text();
        QVERIFY2(said.contains(QStringLiteral("Recovered 1 editor after an unexpected exit")), qPrintable(said));
        QCOMPARE(m_app.window->tabCount(), 1);
        QCOMPARE(m_app.window->currentTab()->editor()->text(), QStringLiteral("select 'unsaved'"));
    }

    // The stash cannot be written (here: a file where its folder should be; a full disk is
    // tst_fulldisk's): the window says so in one sentence, and the text stays in the editor.
    void aStashThatCannotBeWrittenIsTold()
    {
        QFile blocker(m_app.dir.filePath(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        m_app.stash = std::make_unique<EditorStash>(blocker.fileName() + QStringLiteral("/editors"));
        QVERIFY(m_app.makeWindow(true, false));
        m_app.window->openProfile(m_profileId);
        m_app.window->currentTab()->editor()->setText(QStringLiteral("select 'still here'"));
        QTRY_VERIFY_WITH_TIMEOUT(m_app.window->noticeBanner()->text().contains(QStringLiteral("could not keep a copy")),
                                 kTimeoutMs);
        QCOMPARE(m_app.window->currentTab()->editor()->text(), QStringLiteral("select 'still here'"));
    }

    // Both instances were started on the same folders, one restored an earlier editor and both
    // typed; both were killed: a later start has every word of both.
    void twoKilledInstancesAreBothRecovered()
    {
        {
            EditorStash earlier;
            StashedEditor e;
            e.id = QStringLiteral("earlier-editor");
            e.text = QStringLiteral("-- from an earlier session");
            QVERIFY(earlier.save(e));
        }
        Instance a;
        QVERIFY(a.start());
        QVERIFY(a.type(QStringLiteral("fromA")));
        Instance b;
        QVERIFY(b.start());
        QVERIFY(b.type(QStringLiteral("fromB")));
        QVERIFY(a.type(QStringLiteral("laterA")));
        a.kill();
        b.kill();

        QVERIFY(m_app.makeWindow(true, false));
        const QString text = allText();
        for (const QString &word : {QStringLiteral("earlier session"), QStringLiteral("fromA"), QStringLiteral("fromB"),
                                    QStringLiteral("laterA")})
            QVERIFY2(text.contains(word), qPrintable(word + QStringLiteral(" missing from: ") + text));
        QCOMPARE(m_app.window->tabCount(), 2);
        const QString said = m_app.window->noticeBanner()->text();
        QVERIFY2(said.contains(QStringLiteral("Recovered 2 editors after an unexpected exit")), qPrintable(said));
    }

    // Typing without a pause, then SIGKILL: what was typed more than ~2 s before is there.
    void killWhileTypingLosesAtMostTheLastTwoSeconds()
    {
        Instance typist;
        QVERIFY(typist.start());
        typist.process.write("keep-typing\n");
        QVERIFY(typist.waitFor("typed 45"));   // 4.5 s of typing, a word every 100 ms
        typist.kill();
        const int typed = typist.lastTyped();

        QVERIFY(m_app.makeWindow(true, false));
        int kept = 0;
        const auto words = QRegularExpression(QStringLiteral("\\bk(\\d+)\\b")).globalMatch(allText());
        for (auto it = words; it.hasNext();)
            kept = qMax(kept, it.next().captured(1).toInt());
        qInfo("typed %d words (100 ms apart), %d kept after kill -9: %d ms lost", typed, kept, (typed - kept) * 100);
        QVERIFY2(kept > 0, "nothing of the burst was kept");
        QVERIFY2(typed - kept <= 25, qPrintable(QStringLiteral("lost %1 words").arg(typed - kept)));
    }
};

QTEST_MAIN(TestE2ERestore)
#include "tst_e2e_restore.moc"
