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
    QTest::addColumn<QString>("options");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("nothing secret") << QStringLiteral("connect_timeout=5; sslmode=require")
                                    << QStringLiteral("connect_timeout=5; sslmode=require");
    QTest::newRow("password") << QStringLiteral("password=x;connect_timeout=5")
                              << QStringLiteral("connect_timeout=5");
    QTest::newRow("ssl key password") << QStringLiteral("sslmode=verify-full; SSLPassword=k")
                                      << QStringLiteral("sslmode=verify-full");
    QTest::newRow("pwd, any case") << QStringLiteral(" PWD = y ;a=b") << QStringLiteral("a=b");
    QTest::newRow("passwd") << QStringLiteral("passwd=z") << QString();
    // passfile names a file, it is not the secret itself.
    QTest::newRow("passfile kept") << QStringLiteral("passfile=/home/me/.pgpass")
                                   << QStringLiteral("passfile=/home/me/.pgpass");
}

void TestConnectionProfile::withoutSecrets()
{
    QFETCH(QString, options);
    QFETCH(QString, expected);
    QCOMPARE(ConnectionProfile::withoutSecrets(options), expected);
}

QTEST_GUILESS_MAIN(TestConnectionProfile)
#include "tst_connectionprofile.moc"
