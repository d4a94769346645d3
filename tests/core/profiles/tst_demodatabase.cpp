#include "profiles/demodatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <latch>

namespace {

// Opens the file under a unique connection name and removes that connection again when it
// goes out of scope, after the caller's QSqlDatabase/QSqlQuery objects are gone.
class ScopedDatabase
{
public:
    explicit ScopedDatabase(const QString &path)
        : m_name(QStringLiteral("tst-demo-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_open = db.open();
    }
    ~ScopedDatabase() { QSqlDatabase::removeDatabase(m_name); }
    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    // First column of every row, as strings.
    QStringList column(const QString &sql) const
    {
        QStringList values;
        QSqlQuery q(db());
        if (!q.exec(sql))
            return {QStringLiteral("ERROR: ") + q.lastError().text()};
        while (q.next())
            values.append(q.value(0).toString());
        return values;
    }
    QString scalar(const QString &sql) const { return column(sql).value(0); }

private:
    QString m_name;
    bool m_open = false;
};

QStringList demoConnections()
{
    QStringList names = QSqlDatabase::connectionNames();
    names.removeIf([](const QString &n) { return !n.startsWith(QLatin1String("tessera-demo-")); });
    return names;
}

} // namespace

class TestDemoDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void scriptIsCompiledIn();
    void rowCounts_data();
    void rowCounts();
    void viewsAndIndexes();
    void constraintsHold();
    void dataIsDeterministic();
    void existingFileIsLeftAlone();
    void failureLeavesNothingBehind();
    void concurrentEnsure();

private:
    QTemporaryDir m_dir;
    QString m_demo; // built once in initTestCase, shared by the read-only checks
};

void TestDemoDatabase::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")));
    // A folder that does not exist yet: ensure() creates it.
    m_demo = m_dir.filePath(QStringLiteral("data/tessera/demo.sqlite"));
    QString error;
    QVERIFY2(DemoDatabase::ensure(m_demo, &error), qPrintable(error));
    QVERIFY(QFileInfo(m_demo).isFile());
    QVERIFY(demoConnections().isEmpty());
    // Only the finished file, no temporary or journal left next to it.
    QCOMPARE(QDir(QFileInfo(m_demo).absolutePath()).entryList(QDir::Files),
             QStringList{QStringLiteral("demo.sqlite")});
}

void TestDemoDatabase::scriptIsCompiledIn()
{
    const QString script = DemoDatabase::script();
    QVERIFY(script.contains(QLatin1String("CREATE TABLE orders")));
    // The splitter's rule (statements end at ';' + end of line) forbids these.
    QVERIFY(!script.contains(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive));
    QVERIFY(!script.contains(QLatin1String("random()"), Qt::CaseInsensitive));
}

void TestDemoDatabase::rowCounts_data()
{
    // The generation parameters in resources/demo/demo.sql.
    QTest::addColumn<QString>("table");
    QTest::addColumn<int>("rows");
    QTest::newRow("departments") << QStringLiteral("departments") << 6;
    QTest::newRow("employees") << QStringLiteral("employees") << 40;
    QTest::newRow("customers") << QStringLiteral("customers") << 500;
    QTest::newRow("categories") << QStringLiteral("categories") << 8;
    QTest::newRow("products") << QStringLiteral("products") << 100;
    QTest::newRow("orders") << QStringLiteral("orders") << 2000;
    QTest::newRow("order_items") << QStringLiteral("order_items") << 5000;
    QTest::newRow("order_totals (view)") << QStringLiteral("order_totals") << 2000;
    QTest::newRow("customer_revenue (view)") << QStringLiteral("customer_revenue") << 500;
    QTest::newRow("monthly_sales (view)") << QStringLiteral("monthly_sales") << 24;
}

void TestDemoDatabase::rowCounts()
{
    QFETCH(QString, table);
    QFETCH(int, rows);
    ScopedDatabase db(m_demo);
    QVERIFY(db.isOpen());
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM ") + table), QString::number(rows));
}

void TestDemoDatabase::viewsAndIndexes()
{
    ScopedDatabase db(m_demo);
    QVERIFY(db.isOpen());
    QCOMPARE(db.column(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' "
                                      "AND name NOT LIKE 'sqlite_%' ORDER BY name")),
             (QStringList{QStringLiteral("categories"), QStringLiteral("customers"),
                          QStringLiteral("departments"), QStringLiteral("employees"),
                          QStringLiteral("order_items"), QStringLiteral("orders"),
                          QStringLiteral("products")}));
    QCOMPARE(db.column(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'view' "
                                      "ORDER BY name")),
             (QStringList{QStringLiteral("customer_revenue"), QStringLiteral("monthly_sales"),
                          QStringLiteral("order_totals")}));
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'index' "
                                      "AND sql IS NOT NULL")),
             QStringLiteral("8"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_list('orders')")),
             QStringLiteral("2"));
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA user_version")), QStringLiteral("1"));
    // The word lists were TEMP tables of the generating connection only.
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema "
                                      "WHERE name = 'first_names'")),
             QStringLiteral("0"));
}

void TestDemoDatabase::constraintsHold()
{
    ScopedDatabase db(m_demo);
    QVERIFY(db.isOpen());
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    QCOMPARE(db.column(QStringLiteral("PRAGMA foreign_key_check")), QStringList());
    // Every order has two or three lines: 5000 lines over 2000 orders.
    QCOMPARE(db.column(QStringLiteral("SELECT line_count || ':' || count(*) FROM order_totals "
                                      "GROUP BY line_count ORDER BY line_count")),
             (QStringList{QStringLiteral("2:1000"), QStringLiteral("3:1000")}));
}

void TestDemoDatabase::dataIsDeterministic()
{
    ScopedDatabase db(m_demo);
    QVERIFY(db.isOpen());
    // quantity = 1 + (17n mod 5) cycles 3,5,2,4,1 over n: 5000 lines sum to 5000 + 1000 * 10.
    QCOMPARE(db.scalar(QStringLiteral("SELECT sum(quantity) FROM order_items")),
             QStringLiteral("15000"));
    // Every 23rd order is cancelled.
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM orders WHERE status = 'cancelled'")),
             QString::number(2000 / 23));

    // A second build holds exactly the same data.
    const QString other = m_dir.filePath(QStringLiteral("second/demo.sqlite"));
    QString error;
    QVERIFY2(DemoDatabase::ensure(other, &error), qPrintable(error));
    ScopedDatabase second(other);
    QVERIFY(second.isOpen());
    const QString fingerprint = QStringLiteral(
        "SELECT (SELECT group_concat(email, ',') FROM customers) || '|' || "
        "(SELECT group_concat(ordered_at || status || customer_id, ',') FROM orders) || '|' || "
        "(SELECT group_concat(product_id || '*' || quantity || '@' || unit_price, ',') "
        " FROM order_items)");
    const QString a = db.scalar(fingerprint);
    QVERIFY(a.size() > 10000);
    QCOMPARE(second.scalar(fingerprint), a);
}

void TestDemoDatabase::existingFileIsLeftAlone()
{
    // Not even a database: ensure() only checks that something is there and never touches it.
    const QString path = m_dir.filePath(QStringLiteral("existing.sqlite"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("already here");
    }
    QString error;
    QVERIFY(DemoDatabase::ensure(path, &error));
    QVERIFY(error.isEmpty());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("already here"));

    // And the real one built in initTestCase stays byte-identical on a second call.
    const QDateTime before = QFileInfo(m_demo).lastModified();
    const qint64 size = QFileInfo(m_demo).size();
    QVERIFY(DemoDatabase::ensure(m_demo, &error));
    QCOMPARE(QFileInfo(m_demo).lastModified(), before);
    QCOMPARE(QFileInfo(m_demo).size(), size);
}

void TestDemoDatabase::failureLeavesNothingBehind()
{
    // The parent "folder" is a file: the folder cannot be created.
    const QString blocker = m_dir.filePath(QStringLiteral("blocker"));
    {
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    const QString path = blocker + QStringLiteral("/demo.sqlite");
    QString error;
    QVERIFY(!DemoDatabase::ensure(path, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY(demoConnections().isEmpty());
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("*.part-*")}, QDir::Files),
             QStringList());
}

void TestDemoDatabase::concurrentEnsure()
{
    // Two session threads opening the demo at the same moment: both succeed, one file results.
    const QString path = m_dir.filePath(QStringLiteral("race/demo.sqlite"));
    constexpr int threadCount = 2;
    std::latch start(threadCount);
    bool ok[threadCount] = {};
    QString errors[threadCount];
    std::unique_ptr<QThread> threads[threadCount];
    for (int i = 0; i < threadCount; ++i) {
        threads[i].reset(QThread::create([&, i] {
            start.arrive_and_wait();
            ok[i] = DemoDatabase::ensure(path, &errors[i]);
        }));
        threads[i]->start();
    }
    for (auto &thread : threads)
        QVERIFY(thread->wait(QDeadlineTimer(120000)));
    for (int i = 0; i < threadCount; ++i)
        QVERIFY2(ok[i], qPrintable(errors[i]));

    QCOMPARE(QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files),
             QStringList{QStringLiteral("demo.sqlite")});
    QVERIFY(demoConnections().isEmpty());
    ScopedDatabase db(path);
    QVERIFY(db.isOpen());
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM order_items")),
             QStringLiteral("5000"));
}

QTEST_GUILESS_MAIN(TestDemoDatabase)
#include "tst_demodatabase.moc"
