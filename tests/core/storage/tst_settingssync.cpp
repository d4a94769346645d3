// The settings file (window layout, connection budget): QSettings alone renames an empty file
// over it when the disk is full and reports success. Through SettingsSync the old file stays
// and the person gets a sentence; and the file is 0600 in a 0700 folder.
#include "storage/settingssync.h"
#include "tinydisk.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {
int mode(const QString &path)
{
    struct stat st;
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestSettingsSync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase() { ::umask(022); }

    void settingsAre0600InA0700Folder()
    {
        const QString path = m_dir.filePath(QStringLiteral("config/Tessera/tessera.conf"));
        QSettings settings(path, QSettings::IniFormat);
        settings.setValue(QStringLiteral("mainwindow/geometry"), QByteArray("\x01\x02 binary", 9));
        settings.setValue(QStringLiteral("connections/perProfileLimit"), 4);
        QCOMPARE(SettingsSync::sync(settings), QString());
        QCOMPARE(QString::number(mode(path), 8), QStringLiteral("600"));
        QCOMPARE(QString::number(mode(m_dir.filePath(QStringLiteral("config/Tessera"))), 8), QStringLiteral("700"));
        QVERIFY(readAll(path).contains("perProfileLimit=4"));
    }

    // One page free: QSettings' own lock file takes it, the write then fails inside the
    // buffered QSaveFile's commit, and QSettings reports NoError with an empty file in place.
    void aFullDiskKeepsThePreviousSettings_data()
    {
        QTest::addColumn<qint64>("keepFree");
        QTest::newRow("one page free (QSettings says NoError)") << qint64(4096);
        QTest::newRow("nothing free (QSettings sees it)") << qint64(0);
    }

    void aFullDiskKeepsThePreviousSettings()
    {
        QFETCH(qint64, keepFree);
        TinyDisk disk(m_dir.filePath(QStringLiteral("full-%1").arg(keepFree)));
        TINYDISK_MOUNT_OR_SKIP(disk);
        const QString path = disk.folder() + QStringLiteral("/tessera.conf");
        QSettings settings(path, QSettings::IniFormat);
        settings.setValue(QStringLiteral("connections/perProfileLimit"), 4);
        QCOMPARE(SettingsSync::sync(settings), QString());
        const QByteArray before = readAll(path);
        QVERIFY(before.contains("perProfileLimit=4"));

        QVERIFY(disk.fill(keepFree));
        settings.setValue(QStringLiteral("mainwindow/state"), QByteArray(300, 's'));
        const QString problem = SettingsSync::sync(settings);
        QVERIFY2(problem.contains(path), qPrintable(problem));
        QVERIFY2(problem.contains(QStringLiteral("previous settings are kept")), qPrintable(problem));
        QCOMPARE(readAll(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral(".previous")));
    }
};

QTEST_GUILESS_MAIN(TestSettingsSync)
#include "tst_settingssync.moc"
