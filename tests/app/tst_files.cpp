// .sql files in the window, with no server (the SQLite demo profile): open into a tab named
// after the file, the modified marker, Ctrl+S with the editor focused, the close guard for
// unsaved changes, a Latin-1 file opened only when the person says so and saved back as
// Latin-1, a change on disk noticed, a failed save said and nothing lost.
#include "connection/connectionmanager.h"
#include "filecommands.h"
#include "mainwindow.h"
#include "profiles/profilelistwidget.h"
#include "profiles/profilestore.h"
#include "query/querytab.h"
#include "query/sqleditor.h"
#include "query/tabbanner.h"
#include "query/tabfile.h"

#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

namespace {
constexpr int kTimeoutMs = 15000;

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestFiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<ConnectionManager> m_manager;
    std::unique_ptr<MainWindow> m_window;

    QMessageBox *box(const QString &name) const
    {
        auto *b = m_window->findChild<QMessageBox *>(name);
        return b && b->isVisible() ? b : nullptr;
    }

private slots:
    void init()
    {
        QSettings().clear();
        m_store = std::make_unique<ProfileStore>(m_dir.filePath(QStringLiteral("profiles.json")));
        QFile::remove(m_store->filePath());
        m_store->load();
        m_store->ensureDemoProfile();
        m_manager = std::make_unique<ConnectionManager>();
        m_window = std::make_unique<MainWindow>(m_store.get(), m_manager.get());
        m_window->resize(1100, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->profileList()->setCurrentProfileId(m_store->profiles().first().id);
    }

    void cleanup()
    {
        m_window->close();
        // Unsaved files ask before quitting: discard what a test left.
        if (QMessageBox *b = box(QStringLiteral("unsavedFileBox")))
            QTest::mouseClick(b->findChild<QPushButton *>(QStringLiteral("discardButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_manager->liveCount(), 0, kTimeoutMs);
        m_window.reset();
        m_manager.reset();
        m_store.reset();
    }

    void openEditSaveAndTheCloseGuard()
    {
        const QString path = m_dir.filePath(QStringLiteral("report.sql"));
        QVERIFY(writeFile(path, "select count(*) from customers;\n"));
        m_window->fileCommands()->openPath(path);
        QTRY_COMPARE(m_window->tabCount(), 1);
        QueryTab *tab = m_window->currentTab();
        QTRY_COMPARE_WITH_TIMEOUT(tab->editor()->text(), QStringLiteral("select count(*) from customers;\n"), kTimeoutMs);
        QCOMPARE(m_window->tabWidget()->tabText(0), QStringLiteral("report.sql"));
        QVERIFY(m_window->fileCommands()->recentFiles().contains(QFileInfo(path).absoluteFilePath()));
        QTRY_VERIFY_WITH_TIMEOUT(tab->session() && tab->canRun(), kTimeoutMs);   // SQLite: connected by itself

        // Typing marks it modified; Ctrl+S in the editor saves it.
        tab->editor()->setFocus();
        tab->editor()->setCursorPosition(1, 0);
        QTest::keyClicks(tab->editor(), QStringLiteral("select 1;"));
        QCOMPARE(m_window->tabWidget()->tabText(0), QStringLiteral("report.sql*"));
        QTest::keyClick(tab->editor(), Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(readFile(path), QByteArray("select count(*) from customers;\nselect 1;"));
        QCOMPARE(m_window->tabWidget()->tabText(0), QStringLiteral("report.sql"));

        // Closing with unsaved changes asks; Cancel keeps the tab, Discard closes it.
        QTest::keyClicks(tab->editor(), QStringLiteral(" -- more"));
        QTest::keyClick(tab->editor(), Qt::Key_W, Qt::ControlModifier);
        QTRY_VERIFY(box(QStringLiteral("unsavedFileBox")));
        QTest::mouseClick(box(QStringLiteral("unsavedFileBox"))->findChild<QPushButton *>(QStringLiteral("cancelButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(!box(QStringLiteral("unsavedFileBox")));
        QCOMPARE(m_window->tabCount(), 1);
        QVERIFY(tab->editor()->text().endsWith(QStringLiteral(" -- more")));
        QTest::keyClick(tab->editor(), Qt::Key_W, Qt::ControlModifier);
        QTRY_VERIFY(box(QStringLiteral("unsavedFileBox")));
        QTest::mouseClick(box(QStringLiteral("unsavedFileBox"))->findChild<QPushButton *>(QStringLiteral("discardButton")),
                          Qt::LeftButton);
        QTRY_COMPARE(m_window->tabCount(), 0);
        QCOMPARE(readFile(path), QByteArray("select count(*) from customers;\nselect 1;"));
    }

    // Not UTF-8: nothing opens until the person says which encoding; it is saved back in it.
    void latin1IsOpenedOnlyWhenAskedAndSavedBackAsLatin1()
    {
        const QString path = m_dir.filePath(QStringLiteral("latin1.sql"));
        QVERIFY(writeFile(path, "select 'caf\xe9';\n"));
        m_window->fileCommands()->openPath(path);
        QTRY_VERIFY_WITH_TIMEOUT(box(QStringLiteral("encodingBox")), kTimeoutMs);
        QVERIFY(box(QStringLiteral("encodingBox"))->text().contains(QStringLiteral("not valid UTF-8 at byte 12 (line 1)")));
        QueryTab *tab = m_window->currentTab();
        QVERIFY(tab->editor()->text().isEmpty());
        QTest::mouseClick(box(QStringLiteral("encodingBox"))->findChild<QPushButton *>(QStringLiteral("latin1Button")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(tab->editor()->text(), QStringLiteral("select 'café';\n"), kTimeoutMs);
        tab->editor()->append(QStringLiteral("-- é"));
        QString error;
        QVERIFY2(tab->file()->save(&error), qPrintable(error));
        QCOMPARE(readFile(path), QByteArray("select 'caf\xe9';\n-- \xe9"));
    }

    // Another program changed the file: the tab says so and reloads when asked.
    void aChangeOnDiskIsNoticed()
    {
        const QString path = m_dir.filePath(QStringLiteral("shared.sql"));
        QVERIFY(writeFile(path, "select 1;\n"));
        m_window->fileCommands()->openPath(path);
        QTRY_COMPARE(m_window->tabCount(), 1);
        QueryTab *tab = m_window->currentTab();
        QTRY_COMPARE_WITH_TIMEOUT(tab->editor()->text(), QStringLiteral("select 1;\n"), kTimeoutMs);
        QVERIFY(writeFile(path, "select 2;\n"));
        QTRY_VERIFY_WITH_TIMEOUT(tab->banner()->text().contains(QStringLiteral("changed on disk")), kTimeoutMs);
        QVERIFY(tab->banner()->action());
        tab->banner()->action()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(tab->editor()->text(), QStringLiteral("select 2;\n"), kTimeoutMs);
    }

    // A save that fails says why, and the text stays.
    void aFailedSaveIsSaidAndLosesNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("a-folder.sql"));
        QVERIFY(QDir().mkpath(path));   // a folder where the file should go
        const QString good = m_dir.filePath(QStringLiteral("good.sql"));
        QVERIFY(writeFile(good, "select 42;"));
        m_window->fileCommands()->openPath(good);
        QTRY_COMPARE(m_window->tabCount(), 1);
        QueryTab *tab = m_window->currentTab();
        QTRY_COMPARE_WITH_TIMEOUT(tab->editor()->text(), QStringLiteral("select 42;"), kTimeoutMs);
        QString error;
        QVERIFY(!tab->file()->saveAs(path, &error));
        QVERIFY2(error.contains(QStringLiteral("could not be saved")), qPrintable(error));
        QCOMPARE(tab->editor()->text(), QStringLiteral("select 42;"));
    }
};

QTEST_MAIN(TestFiles)
#include "tst_files.moc"
