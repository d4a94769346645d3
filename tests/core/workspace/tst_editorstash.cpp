// Editors' text survives a crash: what is stashed comes back, exactly, at the next start; each
// running instance keeps its own folder, and a later start recovers every ended instance's.
#include "workspace/editorstash.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
StashedEditor editor(const QString &id, const QString &text)
{
    StashedEditor e;
    e.id = id;
    e.text = text;
    return e;
}
} // namespace

class TestEditorStash : public QObject
{
    Q_OBJECT
private slots:
    void savedEditorsComeBackExactlyOldestFirst()
    {
        QTemporaryDir dir;
        const QString sql = QStringLiteral("select 'é ✓ \"quoted\"';\n-- $$ body $$\n\tselect 2;");
        {
            EditorStash stash(dir.path() + QStringLiteral("/editors"));
            stash.save({QStringLiteral("b"), QStringLiteral("p2"), QStringLiteral("Prod"), QStringLiteral("select 1"), 3,
                        QDateTime::currentDateTime(), false, 3});
            stash.save({QStringLiteral("a"), QStringLiteral("p1"), QStringLiteral("Demo"), sql, 7,
                        QDateTime::currentDateTime().addSecs(-60)});
        }
        // A fresh object once the first has gone, as after a restart.
        EditorStash next(dir.path() + QStringLiteral("/editors"));
        const StashRecovery recovery = next.recover();
        QVERIFY(!recovery.cleanExit);   // no normal quit was recorded
        const QList<StashedEditor> back = recovery.editors;
        QCOMPARE(back.size(), 2);
        QCOMPARE(back.at(0).id, QStringLiteral("a"));
        QCOMPARE(back.at(0).text, sql);
        QCOMPARE(back.at(0).cursorPosition, 7);
        QCOMPARE(back.at(0).profileName, QStringLiteral("Demo"));
        QCOMPARE(back.at(1).profileId, QStringLiteral("p2"));
        QCOMPARE(back.at(1).autoCommit, false);
        QCOMPARE(back.at(1).zoom, 3);
        QVERIFY(back.at(0).autoCommit);
        // Moved into the new instance: it writes them from now on.
        QCOMPARE(next.load().size(), 2);
    }

    // Two instances at once: neither takes the other's folder while it runs; once both have
    // ended, a later start gets both.
    void aRunningInstanceKeepsItsEditors()
    {
        QTemporaryDir dir;
        auto first = std::make_unique<EditorStash>(dir.path());
        auto second = std::make_unique<EditorStash>(dir.path());
        QVERIFY(first->save(editor(QStringLiteral("one"), QStringLiteral("select 'first'"))));
        QVERIFY(second->save(editor(QStringLiteral("two"), QStringLiteral("select 'second'"))));
        QVERIFY(first->directory() != second->directory());
        QCOMPARE(second->recover().editors.size(), 1);   // its own only
        QCOMPARE(first->load().size(), 1);

        first.reset();
        second.reset();
        EditorStash later(dir.path());
        const StashRecovery recovery = later.recover();
        QStringList texts;
        for (const StashedEditor &e : recovery.editors)
            texts.append(e.text);
        texts.sort();
        QCOMPARE(texts, QStringList({QStringLiteral("select 'first'"), QStringLiteral("select 'second'")}));
        // Nothing left behind but the new instance's own folder and lock.
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).size(), 2);
    }

    void tabOrderAndCleanExitAreRemembered()
    {
        QTemporaryDir dir;
        {
            EditorStash stash(dir.path());
            for (const QString &id : {QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z")})
                QVERIFY(stash.save(editor(id, id)));
            QVERIFY(stash.setTabOrder({QStringLiteral("z"), QStringLiteral("x"), QStringLiteral("y")}, true));
        }
        EditorStash next(dir.path());
        const StashRecovery recovery = next.recover();
        QVERIFY(recovery.cleanExit);
        QCOMPARE(recovery.editors.size(), 3);
        QCOMPARE(recovery.editors.at(0).id, QStringLiteral("z"));
        QCOMPARE(recovery.editors.at(1).id, QStringLiteral("x"));
        QCOMPARE(recovery.editors.at(2).id, QStringLiteral("y"));
    }

    // Files of the versions before one folder per instance come back too.
    void theOldSingleFolderIsRecovered()
    {
        QTemporaryDir dir;
        QFile old(dir.filePath(QStringLiteral("legacy.json")));
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write(QJsonDocument(QJsonObject{{QStringLiteral("id"), QStringLiteral("legacy")},
                                            {QStringLiteral("text"), QStringLiteral("select 'old'")}}).toJson());
        old.close();
        EditorStash stash(dir.path());
        const StashRecovery recovery = stash.recover();
        QCOMPARE(recovery.editors.size(), 1);
        QCOMPARE(recovery.editors.constFirst().text, QStringLiteral("select 'old'"));
        QVERIFY(!QFile::exists(old.fileName()));
        QCOMPARE(stash.load().size(), 1);
    }

    void aFailedWriteIsToldOnce()
    {
        QTemporaryDir dir;
        // A file where the stash folder should be: nothing can be written under it.
        QFile blocker(dir.filePath(QStringLiteral("blocked")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        EditorStash stash(blocker.fileName());
        QSignalSpy problems(&stash, &EditorStash::problem);
        QVERIFY(!stash.save(editor(QStringLiteral("e"), QStringLiteral("select 1"))));
        QVERIFY(!stash.save(editor(QStringLiteral("e"), QStringLiteral("select 12"))));
        QCOMPARE(problems.size(), 1);
        const QString sentence = problems.first().first().toString();
        QVERIFY2(sentence.contains(QStringLiteral("still in the editor")), qPrintable(sentence));
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
        QFile bad(stash.directory() + QStringLiteral("/bad.json"));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{ not json");
        bad.close();
        QCOMPARE(stash.load().size(), 1);
        QVERIFY(QFile::exists(bad.fileName()));
        // Not even recovering by another instance deletes it.
        const QString folder = stash.directory();
        {
            EditorStash gone(dir.path());
            QCOMPARE(gone.recover().editors.size(), 0);   // the first still runs
        }
        QVERIFY(QFile::exists(bad.fileName()));
    }

    void idsCannotEscapeTheDirectory()
    {
        QTemporaryDir dir;
        EditorStash stash(dir.path() + QStringLiteral("/editors"));
        QVERIFY(stash.save({QStringLiteral("../escape"), {}, {}, QStringLiteral("x"), 0, {}}));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("escape.json"))));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("editors/escape.json"))));
        QCOMPARE(stash.load().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestEditorStash)
#include "tst_editorstash.moc"
