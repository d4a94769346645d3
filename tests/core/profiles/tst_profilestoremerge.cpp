// Two Tessera windows on one profiles.json (two stores on one file, as two processes have):
// each one's new profile survives the other's save; a profile both changed is kept twice and
// the person is told; removals and edits made in one window are not undone by the other.
#include "profiles/profilestore.h"
#include "profiletestutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ProfileTestUtil;

class TestProfileStoreMerge : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString path() const { return m_dir->filePath(QStringLiteral("profiles.json")); }

    QStringList namesOnDisk() const
    {
        ProfileStore reader(path());
        if (!reader.load())
            return {QStringLiteral("<unreadable>")};
        QStringList names;
        for (const ConnectionProfile &p : reader.profiles())
            names.append(p.name);
        names.sort();
        return names;
    }

private slots:
    void initTestCase() { setUpApplication(); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void eachWindowsNewProfileSurvives()
    {
        ProfileStore first(path());
        ProfileStore second(path());
        QVERIFY(first.load());
        QVERIFY(second.load());
        first.add(sample(QStringLiteral("A")));
        second.add(sample(QStringLiteral("B")));
        QVERIFY2(second.problem().isEmpty(), qPrintable(second.problem()));
        QCOMPARE(namesOnDisk(), QStringList({QStringLiteral("A"), QStringLiteral("B")}));
        // The window that saved last shows both too.
        QCOMPARE(second.profiles().size(), 2);
        // And the other one sees B at its next save.
        first.add(sample(QStringLiteral("C")));
        QCOMPARE(namesOnDisk(), QStringList({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
        QCOMPARE(first.profiles().size(), 3);
    }

    void aConflictingEditIsKeptTwiceAndShown()
    {
        ProfileStore first(path());
        QVERIFY(first.load());
        first.add(sample(QStringLiteral("Prod")));
        const QString id = first.profiles().constFirst().id;
        ProfileStore second(path());
        QVERIFY(second.load());

        ConnectionProfile mine = first.profile(id);
        mine.host = QStringLiteral("mine.example.org");
        first.update(mine);
        ConnectionProfile theirs = second.profile(id);
        theirs.host = QStringLiteral("theirs.example.org");
        second.update(theirs);

        const QString problem = second.problem();
        QVERIFY2(problem.contains(QStringLiteral("another Tessera window")), qPrintable(problem));
        QVERIFY2(problem.contains(QStringLiteral("Prod (changed in another window)")), qPrintable(problem));
        ProfileStore reader(path());
        QVERIFY(reader.load());
        QCOMPARE(reader.profiles().size(), 2);
        QCOMPARE(reader.profile(id).host, QStringLiteral("theirs.example.org"));   // this window's own
        QStringList hosts;
        for (const ConnectionProfile &p : reader.profiles())
            hosts.append(p.host);
        QVERIFY(hosts.contains(QStringLiteral("mine.example.org")));
    }

    void anEditInOneWindowIsNotUndoneByTheOther()
    {
        ProfileStore first(path());
        QVERIFY(first.load());
        first.add(sample(QStringLiteral("Edited")));
        first.add(sample(QStringLiteral("Removed")));
        ProfileStore second(path());
        QVERIFY(second.load());

        ConnectionProfile edited = first.profiles().at(0);
        edited.database = QStringLiteral("changed_db");
        first.update(edited);
        first.remove(first.profiles().at(1).id);
        second.add(sample(QStringLiteral("New")));   // saves its stale copy of both

        QCOMPARE(namesOnDisk(), QStringList({QStringLiteral("Edited"), QStringLiteral("New")}));
        ProfileStore reader(path());
        QVERIFY(reader.load());
        QCOMPARE(reader.profile(edited.id).database, QStringLiteral("changed_db"));
        QVERIFY(second.problem().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProfileStoreMerge)
#include "tst_profilestoremerge.moc"
