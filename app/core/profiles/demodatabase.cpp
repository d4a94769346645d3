#include "demodatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>

#include <mutex>

// The script is a Qt resource compiled into tessera_core (see profiles/CMakeLists.txt). Qt's
// CMake links it as an object library so its static initializer normally registers it; calling
// the initializer by hand as well (registration is idempotent) keeps the resource reachable even
// if the build ever turns it into a plain archive member that the linker would drop, and makes
// a build without it fail to link instead of failing at run time. Q_INIT_RESOURCE must be used
// outside any namespace.
static void initDemoResource()
{
    Q_INIT_RESOURCE(demo_sql);
}

namespace {

const char kScriptResource[] = ":/demo/demo.sql";

// demo.sql keeps to one rule so no SQL parser is needed here: a statement ends at a line whose
// last non-blank character is ';'. Comment lines between statements are dropped; comments
// inside a statement are left to SQLite.
QStringList splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    const QList<QStringView> lines = QStringView(script).split(u'\n');
    for (QStringView line : lines) {
        const QStringView trimmed = line.trimmed();
        if (current.isEmpty() && (trimmed.isEmpty() || trimmed.startsWith(u"--")))
            continue;
        current += line;
        current += QLatin1Char('\n');
        if (trimmed.endsWith(u';')) {
            statements.append(current);
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current);
    return statements;
}

// Returns an empty string on success, otherwise what went wrong.
QString runScript(QSqlDatabase &db, const QStringList &statements)
{
    QSqlQuery query(db);
    // Outside the transaction: SQLite ignores this pragma inside one. With it on, a script
    // edit that breaks a foreign key fails here instead of shipping inconsistent demo data.
    if (!query.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return query.lastError().text();

    // One transaction: far faster than a commit per statement, and a failure leaves nothing.
    if (!db.transaction())
        return db.lastError().text();
    for (qsizetype i = 0; i < statements.size(); ++i) {
        if (!query.exec(statements.at(i))) {
            const QString reason =
                QCoreApplication::translate("DemoDatabase", "statement %1 of the script failed "
                                                            "(%2): %3")
                    .arg(QString::number(i + 1), query.lastError().text(),
                         statements.at(i).simplified().left(120));
            query.finish();
            db.rollback();
            return reason;
        }
    }
    query.finish();
    if (!db.commit())
        return db.lastError().text();
    return {};
}

} // namespace

namespace DemoDatabase {

QString script()
{
    static std::once_flag once;
    std::call_once(once, initDemoResource);

    QFile file(QString::fromLatin1(kScriptResource));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(file.readAll());
}

bool ensure(const QString &path, QString *error)
{
    auto fail = [error, &path](const QString &reason) {
        if (error)
            *error = QCoreApplication::translate("DemoDatabase",
                                                 "The demo database “%1” could not be created: "
                                                 "%2")
                         .arg(QDir::toNativeSeparators(path), reason);
        return false;
    };

    if (QFileInfo::exists(path))
        return true;

    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return fail(QCoreApplication::translate("DemoDatabase", "the folder “%1” could not be "
                                                                "created")
                        .arg(QDir::toNativeSeparators(folder)));

    const QStringList statements = splitStatements(script());
    if (statements.isEmpty())
        return fail(QCoreApplication::translate("DemoDatabase", "the script %1 is missing from "
                                                                "this build")
                        .arg(QString::fromLatin1(kScriptResource)));

    // Each caller builds its own copy under a unique name and renames it into place, so a
    // concurrent caller (another tab's session thread) never opens a half-written file.
    const QString unique = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString tempPath = path + QStringLiteral(".part-") + unique;
    const QString connectionName = QStringLiteral("tessera-demo-") + unique;

    QString reason;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(tempPath);
        if (!db.open())
            reason = db.lastError().text();
        else
            reason = runScript(db, statements);
        db.close();
    }
    // Only now: removeDatabase() while a QSqlDatabase copy is alive warns and leaks the handle.
    QSqlDatabase::removeDatabase(connectionName);

    if (!reason.isEmpty()) {
        QFile::remove(tempPath);
        QFile::remove(tempPath + QStringLiteral("-journal"));
        return fail(reason);
    }

    // QFile::rename never replaces an existing file: the first finished copy wins, and a file
    // someone may already have open is never swapped underneath them.
    QFile built(tempPath);
    if (built.rename(path))
        return true;
    const QString renameError = built.errorString();
    QFile::remove(tempPath);
    if (QFileInfo::exists(path))
        return true;
    return fail(renameError);
}

} // namespace DemoDatabase
