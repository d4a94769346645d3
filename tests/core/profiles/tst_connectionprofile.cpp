#include "profiles/connectionprofile.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestConnectionProfile : public QObject
{
    Q_OBJECT

private slots:
    void roundTripAllFields();
    void writesExactlyTheDocumentedKeys();
    void fromJsonRejectsMissingName();
    void fromJsonRejectsUnknownDriver_data();
    void fromJsonRejectsUnknownDriver();
    void fromJsonRejectsBadPort();
    void fromJsonNeverReadsPassword();
    void withoutSecrets_data();
    void withoutSecrets();
    void postgresOptionsWithoutSecrets_data();
    void postgresOptionsWithoutSecrets();
    void connectionStringWithoutSecrets_data();
    void connectionStringWithoutSecrets();
    void noSecretOfOptionsOrConnectionStringReachesTheFile();

private:
    static ConnectionProfile sample();
};

ConnectionProfile TestConnectionProfile::sample()
{
    ConnectionProfile p;
    p.id = QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e");
    p.name = QStringLiteral("Accounting – production");
    p.dialect = Dialect::Oracle;
    p.host = QStringLiteral("db1.example.org");
    p.port = 1522;
    p.database = QStringLiteral("ACCT");
    p.defaultUser = QStringLiteral("jdoe");
    p.options = QStringLiteral("OCI_ATTR_PREFETCH_ROWS=500");
    p.colorTag = QStringLiteral("#c62828");
    p.isDemo = true;
    p.connectionString = QStringLiteral("ACCT_TNS");
    p.authMode = AuthMode::Proxy;
    p.proxyTarget = QStringLiteral("ACCT_APP");
    p.defaultSchema = QStringLiteral("LEDGER");
    p.initSql = QStringLiteral("alter session set nls_date_format = 'YYYY-MM-DD';");
    p.readOnly = true;
    p.connectTimeoutSec = 7;
    p.keepalives = false;
    return p;
}

void TestConnectionProfile::roundTripAllFields()
{
    for (Dialect d : {Dialect::PostgreSQL, Dialect::Oracle, Dialect::SQLite}) {
        ConnectionProfile original = sample();
        original.dialect = d;
        // Through bytes, as the store does, not only through the QJsonObject.
        const QByteArray bytes = QJsonDocument(original.toJson()).toJson();
        ConnectionProfile back;
        QString error;
        QVERIFY2(ConnectionProfile::fromJson(QJsonDocument::fromJson(bytes).object(), &back,
                                             &error),
                 qPrintable(error));
        QCOMPARE(back, original);
    }
}

void TestConnectionProfile::writesExactlyTheDocumentedKeys()
{
    const QJsonObject o = sample().toJson();
    QStringList keys = o.keys();
    keys.sort();
    QStringList expected{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("driver"),
                         QStringLiteral("host"), QStringLiteral("port"),
                         QStringLiteral("database"), QStringLiteral("defaultUser"),
                         QStringLiteral("options"), QStringLiteral("colorTag"),
                         QStringLiteral("demo"), QStringLiteral("connectionString"),
                         QStringLiteral("authMode"), QStringLiteral("proxyTarget"),
                         QStringLiteral("defaultSchema"), QStringLiteral("initSql"),
                         QStringLiteral("readOnly"), QStringLiteral("connectTimeout"),
                         QStringLiteral("keepalives")};
    expected.sort();
    QCOMPARE(keys, expected);
    QCOMPARE(o.value(QLatin1String("driver")).toString(), QStringLiteral("oracle"));
    QCOMPARE(o.value(QLatin1String("port")).toInt(), 1522);
    QCOMPARE(o.value(QLatin1String("demo")).toBool(), true);
}

void TestConnectionProfile::fromJsonRejectsMissingName()
{
    for (const QJsonValue &name : {QJsonValue(), QJsonValue(QStringLiteral("   ")),
                                   QJsonValue(42)}) {
        QJsonObject o = sample().toJson();
        if (name.isUndefined())
            o.remove(QLatin1String("name"));
        else
            o.insert(QLatin1String("name"), name);
        ConnectionProfile out = sample();
        QString error;
        QVERIFY(!ConnectionProfile::fromJson(o, &out, &error));
        QVERIFY2(error.contains(QLatin1String("name")), qPrintable(error));
        QCOMPARE(out, sample()); // untouched on failure
    }
}

void TestConnectionProfile::fromJsonRejectsUnknownDriver_data()
{
    QTest::addColumn<QJsonValue>("driver");
    QTest::addColumn<QString>("mentioned");
    QTest::newRow("mysql") << QJsonValue(QStringLiteral("mysql")) << QStringLiteral("mysql");
    QTest::newRow("qt driver name") << QJsonValue(QStringLiteral("QPSQL"))
                                    << QStringLiteral("QPSQL");
    QTest::newRow("empty") << QJsonValue(QString()) << QStringLiteral("driver");
    QTest::newRow("number") << QJsonValue(1) << QStringLiteral("driver");
    QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << QStringLiteral("driver");
}

void TestConnectionProfile::fromJsonRejectsUnknownDriver()
{
    QFETCH(QJsonValue, driver);
    QFETCH(QString, mentioned);
    QJsonObject o = sample().toJson();
    if (driver.isUndefined())
        o.remove(QLatin1String("driver"));
    else
        o.insert(QLatin1String("driver"), driver);
    ConnectionProfile out;
    QString error;
    QVERIFY(!ConnectionProfile::fromJson(o, &out, &error));
    QVERIFY2(error.contains(mentioned), qPrintable(error));
    QVERIFY2(error.contains(sample().name), qPrintable(error)); // says which profile
}

void TestConnectionProfile::fromJsonRejectsBadPort()
{
    for (const QJsonValue &port : {QJsonValue(-1), QJsonValue(70000), QJsonValue(5432.5),
                                   QJsonValue(QStringLiteral("5432"))}) {
        QJsonObject o = sample().toJson();
        o.insert(QLatin1String("port"), port);
        QString error;
        QVERIFY(!ConnectionProfile::fromJson(o, nullptr, &error));
        QVERIFY2(error.contains(QLatin1String("port")), qPrintable(error));
    }
    // Absent means "the dialect's default".
    QJsonObject o = sample().toJson();
    o.remove(QLatin1String("port"));
    ConnectionProfile out;
    QVERIFY(ConnectionProfile::fromJson(o, &out, nullptr));
    QCOMPARE(out.port, 0);
    QCOMPARE(out.effectivePort(), 1521);
}

void TestConnectionProfile::fromJsonNeverReadsPassword()
{
    const QString secret = QStringLiteral("Tr0ub4dor&3-never-on-disk");
    QJsonObject o = sample().toJson();
    o.insert(QLatin1String("password"), secret);
    o.insert(QLatin1String("options"), QStringLiteral("sslmode=require;password=%1").arg(secret));
    ConnectionProfile out;
    QString error;
    QVERIFY2(ConnectionProfile::fromJson(o, &out, &error), qPrintable(error));
    QCOMPARE(out.options, QStringLiteral("sslmode=require"));

    const QByteArray written = QJsonDocument(out.toJson()).toJson();
    QVERIFY(!written.contains(secret.toUtf8()));
    QVERIFY(!written.toLower().contains("password"));
}

void TestConnectionProfile::withoutSecrets_data()
{
    // Other drivers' options (QOCI, QSQLITE): ';'-separated key=value, as those drivers split them.
    QTest::addColumn<QString>("options");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("nothing secret") << QStringLiteral("OCI_ATTR_PREFETCH_ROWS=500; OCI_ATTR_PREFETCH_MEMORY=0")
                                    << QStringLiteral("OCI_ATTR_PREFETCH_ROWS=500; OCI_ATTR_PREFETCH_MEMORY=0");
    QTest::newRow("password") << QStringLiteral("password=x;connect_timeout=5")
                              << QStringLiteral("connect_timeout=5");
    QTest::newRow("ssl key password") << QStringLiteral("sslmode=verify-full; SSLPassword=k")
                                      << QStringLiteral("sslmode=verify-full");
    QTest::newRow("pwd, any case") << QStringLiteral(" PWD = y ;a=b") << QStringLiteral("a=b");
    QTest::newRow("passwd") << QStringLiteral("passwd=z") << QString();
}

void TestConnectionProfile::withoutSecrets()
{
    QFETCH(QString, options);
    QFETCH(QString, expected);
    QCOMPARE(ConnectionProfile::withoutSecrets(Dialect::Oracle, options), expected);
}

void TestConnectionProfile::postgresOptionsWithoutSecrets_data()
{
    // QPSQL turns each ';' into a blank and hands the options to libpq as conninfo: several
    // keywords to an entry, blanks or tabs between them, quotes and backslash escapes.
    QTest::addColumn<QString>("options");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("nothing secret, kept as typed") << QStringLiteral("connect_timeout=5; sslmode=require")
                                                   << QStringLiteral("connect_timeout=5; sslmode=require");
    QTest::newRow("semicolon") << QStringLiteral("sslmode=require;password=hunter2") << QStringLiteral("sslmode=require");
    QTest::newRow("space") << QStringLiteral("sslmode=disable password=hunter2") << QStringLiteral("sslmode=disable");
    QTest::newRow("tab") << QStringLiteral("sslmode=disable\tpassword=hunter2") << QStringLiteral("sslmode=disable");
    QTest::newRow("first of an entry") << QStringLiteral("password=hunter2 sslmode=disable;connect_timeout=3")
                                       << QStringLiteral("sslmode=disable;connect_timeout=3");
    QTest::newRow("quoted") << QStringLiteral("password='hunter 2' application_name=x")
                            << QStringLiteral("application_name=x");
    QTest::newRow("escaped blank") << QStringLiteral("password=hunter\\ 2 sslmode=require")
                                   << QStringLiteral("sslmode=require");
    QTest::newRow("spaces around =") << QStringLiteral("sslmode=disable password = hunter2")
                                     << QStringLiteral("sslmode=disable");
    QTest::newRow("sslpassword") << QStringLiteral("sslkey=/k.pem sslpassword=k") << QStringLiteral("sslkey=/k.pem");
    QTest::newRow("passfile kept") << QStringLiteral("passfile=/home/me/.pgpass")
                                   << QStringLiteral("passfile=/home/me/.pgpass");
    // libpq cannot read it ("b" has no "="): the piece after the password goes with it.
    QTest::newRow("unreadable tail") << QStringLiteral("sslmode=disable password=hunter 2")
                                     << QStringLiteral("sslmode=disable");
    QTest::newRow("unknown keyword") << QStringLiteral("sslmode=disable no_such=1 password=hunter2")
                                     << QStringLiteral("sslmode=disable;no_such=1");
}

void TestConnectionProfile::postgresOptionsWithoutSecrets()
{
    QFETCH(QString, options);
    QFETCH(QString, expected);
    QCOMPARE(ConnectionProfile::withoutSecrets(Dialect::PostgreSQL, options), expected);
}

void TestConnectionProfile::connectionStringWithoutSecrets_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("service") << QStringLiteral("service=sales") << QStringLiteral("service=sales");
    QTest::newRow("conninfo") << QStringLiteral("host=db password=hunter2 dbname=sales")
                              << QStringLiteral("host=db dbname=sales");
    QTest::newRow("tab") << QStringLiteral("host=db\tpassword=hunter2\tdbname=sales")
                         << QStringLiteral("host=db\tdbname=sales");
    QTest::newRow("quoted, escaped quote") << QStringLiteral("host=db password='hun\\'ter 2' dbname=sales")
                                           << QStringLiteral("host=db dbname=sales");
    // The old regex stopped at the backslash and left " 2" behind.
    QTest::newRow("escaped blank") << QStringLiteral("host=db password=hunter\\ 2 dbname=sales")
                                   << QStringLiteral("host=db dbname=sales");
    QTest::newRow("uri userinfo") << QStringLiteral("postgresql://carol:hunter2@db/sales")
                                  << QStringLiteral("postgresql://carol@db/sales");
    QTest::newRow("uri parameter") << QStringLiteral("postgresql://carol@db/sales?password=hunter2&sslmode=require")
                                   << QStringLiteral("postgresql://carol@db/sales?sslmode=require");
    QTest::newRow("uri encoded key") << QStringLiteral("postgres://db/sales?sslmode=require&pass%77ord=hunter2")
                                     << QStringLiteral("postgres://db/sales?sslmode=require");
    QTest::newRow("uri libpq refuses") << QStringLiteral("postgresql://carol:hunter2@[::1/sales")
                                       << QStringLiteral("postgresql://carol@[::1/sales");
    QTest::newRow("dbname holding a uri") << QStringLiteral("dbname='postgresql://carol:hunter2@db/sales'")
                                          << QStringLiteral("dbname=postgresql://carol@db/sales");
}

void TestConnectionProfile::connectionStringWithoutSecrets()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const QString cleaned = ConnectionProfile::connectionStringWithoutSecrets(text);
    QCOMPARE(cleaned, expected);
    QVERIFY(!cleaned.contains(QLatin1String("hunter")));
}

void TestConnectionProfile::noSecretOfOptionsOrConnectionStringReachesTheFile()
{
    ConnectionProfile p = sample();
    p.dialect = Dialect::PostgreSQL;
    p.options = QStringLiteral("sslmode=disable password=Opt1onS3cret");
    p.connectionString = QStringLiteral("host=db password=Esc\\ apedS3cret dbname=sales");
    const QByteArray written = QJsonDocument(p.toJson()).toJson();
    QVERIFY2(!written.contains("Opt1onS3cret"), written.constData());
    QVERIFY2(!written.contains("S3cret"), written.constData());   // nor the fragment after the escape
    QVERIFY(!written.toLower().contains("password"));
    ConnectionProfile back;
    QVERIFY(ConnectionProfile::fromJson(QJsonDocument::fromJson(written).object(), &back, nullptr));
    QCOMPARE(back.options, QStringLiteral("sslmode=disable"));
    QCOMPARE(back.connectionString, QStringLiteral("host=db dbname=sales"));

    // A hand-edited file is read without them too.
    QJsonObject o = p.toJson();
    o.insert(QLatin1String("options"), QStringLiteral("sslmode=disable\tpassword=Opt1onS3cret"));
    o.insert(QLatin1String("connectionString"), QStringLiteral("postgresql://carol:Ur1S3cret@db/sales"));
    QVERIFY(ConnectionProfile::fromJson(o, &back, nullptr));
    QCOMPARE(back.options, QStringLiteral("sslmode=disable"));
    QCOMPARE(back.connectionString, QStringLiteral("postgresql://carol@db/sales"));
}

QTEST_GUILESS_MAIN(TestConnectionProfile)
#include "tst_connectionprofile.moc"
