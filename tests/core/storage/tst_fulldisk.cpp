// A full disk (a real 16 KiB tmpfs, filled): saving profiles or an editor's copy fails with a
// sentence that says so, and the previous file is still there, byte for byte.
#include "profiles/profilestore.h"
#include "tinydisk.h"
#include "workspace/editorstash.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

ConnectionProfile profile(const QString &name, int initBytes = 0)
{
    ConnectionProfile p;
    p.name = name;
    p.dialect = Dialect::PostgreSQL;
    p.host = QStringLiteral("db.example.org");
    p.database = QStringLiteral("sales");
    p.initSql = QString(initBytes, QLatin1Char('x'));
    return p;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

} // namespace

class TestFullDisk : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("Tessera"));
        QCoreApplication::setApplicationName(QStringLiteral("tessera"));
        QStandardPaths::setTestModeEnabled(true);
    }

    // Not even the lock file fits: the save says so and writes nothing.
    void profileSaveOnAFullDiskKeepsTheOldFile()
    {
        TinyDisk disk(m_dir.filePath(QStringLiteral("full")));
        TINYDISK_MOUNT_OR_SKIP(disk);
        const QString path = disk.folder() + QStringLiteral("/profiles.json");
        ProfileStore store(path);
        QVERIFY(store.load());
        store.add(profile(QStringLiteral("Sales")));
        QVERIFY2(store.problem().isEmpty(), qPrintable(store.problem()));
        const QByteArray before = readAll(path);
        QVERIFY(before.contains("Sales"));

        QVERIFY(disk.fill());
        store.add(profile(QStringLiteral("Billing")));
        QVERIFY(!store.save());
        const QString problem = store.problem();
        QVERIFY2(problem.contains(QDir::toNativeSeparators(path)), qPrintable(problem));
        QVERIFY2(problem.contains(QStringLiteral("full")) || problem.contains(QStringLiteral("space")), qPrintable(problem));
        QCOMPARE(readAll(path), before);
        ProfileStore again(path);
        QVERIFY(again.load());
        QCOMPARE(again.profiles().size(), 1);
        QCOMPARE(again.profiles().constFirst().name, QStringLiteral("Sales"));
        // No temporary file left behind to fill the disk further.
        QCOMPARE(QDir(disk.folder()).entryList(QDir::Files | QDir::Hidden),
                 QStringList({QStringLiteral("filler"), QStringLiteral("profiles.json")}));
    }

    // One page free: the lock fits, the new file (larger than a page, smaller than QSaveFile's
    // buffer) does not. The old code's buffered write "succeeded" with a truncated file.
    void profileWriteThatRunsOutOfSpaceKeepsTheOldFile()
    {
        TinyDisk disk(m_dir.filePath(QStringLiteral("almost")));
        TINYDISK_MOUNT_OR_SKIP(disk);
        const QString path = disk.folder() + QStringLiteral("/profiles.json");
        ProfileStore store(path);
        QVERIFY(store.load());
        store.add(profile(QStringLiteral("Sales")));
        const QByteArray before = readAll(path);

        QVERIFY(disk.fill(4096));
        store.add(profile(QStringLiteral("Big"), 9000));
        QVERIFY(!store.save());
        QVERIFY2(store.problem().contains(QDir::toNativeSeparators(path)), qPrintable(store.problem()));
        QCOMPARE(readAll(path), before);
        ProfileStore again(path);
        QVERIFY(again.load());
        QCOMPARE(again.profiles().size(), 1);
    }

    void stashSaveOnAFullDiskKeepsTheOldCopy()
    {
        TinyDisk disk(m_dir.filePath(QStringLiteral("stash")));
        TINYDISK_MOUNT_OR_SKIP(disk);
        EditorStash stash(disk.folder() + QStringLiteral("/editors"));
        StashedEditor e;
        e.id = QStringLiteral("editor-1");
        e.text = QStringLiteral("select 'the first version'");
        QString error;
        QVERIFY2(stash.save(e, &error), qPrintable(error));

        QVERIFY(disk.fill());
        e.text = QStringLiteral("select 'the second version, which does not fit'");
        QVERIFY(!stash.save(e, &error));
        QVERIFY2(error.contains(QStringLiteral("space")), qPrintable(error));
        const QList<StashedEditor> kept = stash.load();
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.constFirst().text, QStringLiteral("select 'the first version'"));
    }
};

QTEST_GUILESS_MAIN(TestFullDisk)
#include "tst_fulldisk.moc"
