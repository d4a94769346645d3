// Editors' text survives a crash: what is stashed comes back, exactly, at the next start.
#include "workspace/editorstash.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestEditorStash : public QObject
{
    Q_OBJECT
private slots:
    void savedEditorsComeBackExactlyOldestFirst()
    {
        QTemporaryDir dir;
        EditorStash stash(dir.path() + QStringLiteral("/editors"));
        const QString sql = QStringLiteral("select 'é ✓ \"quoted\"';\n-- $$ body $$\n\tselect 2;");
        stash.save({QStringLiteral("b"), QStringLiteral("p2"), QStringLiteral("Prod"), QStringLiteral("select 1"), 3,
                    QDateTime::currentDateTime()});
        stash.save({QStringLiteral("a"), QStringLiteral("p1"), QStringLiteral("Demo"), sql, 7,
                    QDateTime::currentDateTime().addSecs(-60)});
        // A fresh object, as after a restart.
        const QList<StashedEditor> back = EditorStash(dir.path() + QStringLiteral("/editors")).load();
        QCOMPARE(back.size(), 2);
        QCOMPARE(back.at(0).id, QStringLiteral("a"));
        QCOMPARE(back.at(0).text, sql);
        QCOMPARE(back.at(0).cursorPosition, 7);
        QCOMPARE(back.at(0).profileName, QStringLiteral("Demo"));
        QCOMPARE(back.at(1).profileId, QStringLiteral("p2"));
    }

    void savingAgainReplacesAndRemoveForgets()
    {
        QTemporaryDir dir;
        EditorStash stash(dir.path());
        stash.save({QStringLiteral("x"), {}, {}, QStringLiteral("v1"), 0, {}});
        stash.save({QStringLiteral("x"), {}, {}, QStringLiteral("v2"), 0, {}});
        QCOMPARE(stash.load().size(), 1);
        QCOMPARE(stash.load().first().text, QStringLiteral("v2"));
        stash.remove(QStringLiteral("x"));
        QVERIFY(stash.load().isEmpty());
    }

    void aDamagedFileIsSkippedButKept()
    {
        QTemporaryDir dir;
        EditorStash stash(dir.path());
        stash.save({QStringLiteral("good"), {}, {}, QStringLiteral("select 1"), 0, {}});
        QFile bad(dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{ not json");
        bad.close();
        QCOMPARE(stash.load().size(), 1);
        QVERIFY(QFile::exists(bad.fileName()));
    }

    void idsCannotEscapeTheDirectory()
    {
        QTemporaryDir dir;
        EditorStash stash(dir.path() + QStringLiteral("/editors"));
        QVERIFY(stash.save({QStringLiteral("../escape"), {}, {}, QStringLiteral("x"), 0, {}}));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("escape.json"))));
        QCOMPARE(stash.load().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestEditorStash)
#include "tst_editorstash.moc"
