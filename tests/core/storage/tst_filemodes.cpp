// Profiles and the editors' text are the person's own: written 0600, in folders only they can
// open (0700), whatever the umask, and tightened where an older version left 0644 / 0755.
#include "profiles/profilestore.h"
#include "workspace/editorstash.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {

int mode(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

QString octal(int m)
{
    return QString::number(m, 8);
}

} // namespace

class TestFileModes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("Tessera"));
        QCoreApplication::setApplicationName(QStringLiteral("tessera"));
        QStandardPaths::setTestModeEnabled(true);
        ::umask(022);   // the usual one: without care files come out 0644, folders 0755
    }

    void profilesAre0600InA0700Folder()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("config/tessera"));
        ProfileStore store(folder + QStringLiteral("/profiles.json"));
        QVERIFY(store.load());
        ConnectionProfile p;
        p.name = QStringLiteral("Sales");
        store.add(p);
        QVERIFY2(store.problem().isEmpty(), qPrintable(store.problem()));
        QCOMPARE(octal(mode(store.filePath())), QStringLiteral("600"));
        QCOMPARE(octal(mode(folder)), QStringLiteral("700"));
    }

    void olderLooseModesAreTightened()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("tessera"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0755) == 0);
        const QString path = folder + QStringLiteral("/profiles.json");
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(R"({"version":1,"profiles":[]})");
        }
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
        ProfileStore store(path);
        QVERIFY(store.load());
        ConnectionProfile p;
        p.name = QStringLiteral("Sales");
        store.add(p);
        QCOMPARE(octal(mode(path)), QStringLiteral("600"));
        QCOMPARE(octal(mode(folder)), QStringLiteral("700"));
    }

    void stashedEditorsAre0600InA0700Folder()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath(QStringLiteral("data/editors"));
        EditorStash stash(root);
        StashedEditor e;
        e.id = QStringLiteral("editor-1");
        e.text = QStringLiteral("select 1");
        QVERIFY(stash.save(e));
        int files = 0;
        QCOMPARE(octal(mode(root)), QStringLiteral("700"));
        QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const bool folder = QFileInfo(path).isDir();
            files += folder ? 0 : 1;
            QVERIFY2(octal(mode(path)) == (folder ? QStringLiteral("700") : QStringLiteral("600")),
                     qPrintable(path + QStringLiteral(" is ") + octal(mode(path))));
        }
        QVERIFY(files >= 1);
    }
};

QTEST_GUILESS_MAIN(TestFileModes)
#include "tst_filemodes.moc"
