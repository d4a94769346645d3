// The profile dialog's connection settings: authentication mode and proxy target, connection
// string, session setup, network options — what it refuses, what it warns about, and that
// every field survives the store (a file) and comes back into the dialog.
#include "e2ehelpers.h"
#include "profiles/profiledialog.h"
#include "profiles/profilestore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using E2E::child;

class TestE2EProfileDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static void choose(QComboBox *combo, int data)
    {
        combo->setCurrentIndex(combo->findData(data));
    }

private slots:
    void initTestCase()
    {
        E2E::useCleanAppFolders();
    }

    // (g) Proxy mode without a target is refused, with the field shown.
    void proxyWithoutTargetIsRefused()
    {
        ProfileDialog dialog(nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        child<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral("Payroll"));
        child<QLineEdit>(&dialog, "hostEdit")->setText(QStringLiteral("db.example.org"));
        auto *target = child<QLineEdit>(&dialog, "proxyTargetEdit");
        QVERIFY(!target->isVisible());
        choose(child<QComboBox>(&dialog, "authCombo"), int(AuthMode::Proxy));
        QVERIFY(target->isVisible());
        QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        auto *error = child<QLabel>(&dialog, "errorLabel");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("role to act as")), qPrintable(error->text()));
        QTRY_VERIFY(target->hasFocus());
        E2E::screenshot(&dialog, QStringLiteral("e2e-profile-general-proxy"));

        QTest::keyClicks(target, QStringLiteral("payroll_reader"));
        QVERIFY(!error->isVisible());
        QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.profile().proxyTarget, QStringLiteral("payroll_reader"));
    }

    // (g) Every new field goes through the store's file and back into a dialog unchanged.
    void newFieldsRoundTripThroughTheStore()
    {
        ProfileDialog dialog(nullptr);
        child<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral("Warehouse"));
        child<QLineEdit>(&dialog, "defaultUserEdit")->setText(QStringLiteral("carol"));
        choose(child<QComboBox>(&dialog, "authCombo"), int(AuthMode::Proxy));
        child<QLineEdit>(&dialog, "proxyTargetEdit")->setText(QStringLiteral("stock_owner"));
        child<QLineEdit>(&dialog, "connectionStringEdit")->setText(QStringLiteral("postgresql://pg.internal:6543/stock?sslmode=require"));
        child<QLineEdit>(&dialog, "schemaEdit")->setText(QStringLiteral("inventory"));
        child<QPlainTextEdit>(&dialog, "initSqlEdit")->setPlainText(QStringLiteral("set statement_timeout = '5min';\nset work_mem = '64MB';"));
        child<QCheckBox>(&dialog, "readOnlyCheck")->setChecked(true);
        child<QSpinBox>(&dialog, "timeoutSpin")->setValue(25);
        child<QCheckBox>(&dialog, "keepalivesCheck")->setChecked(false);
        QVERIFY2(dialog.validationError().isEmpty(), qPrintable(dialog.validationError()));
        const ConnectionProfile typed = dialog.profile();

        const QString file = m_dir.filePath(QStringLiteral("roundtrip.json"));
        {
            ProfileStore store(file);
            store.add(typed);
        }
        ProfileStore reread(file);
        QVERIFY(reread.load());
        QCOMPARE(reread.profiles().size(), 1);
        const ConnectionProfile back = reread.profiles().constFirst();
        QCOMPARE(back.authMode, AuthMode::Proxy);
        QCOMPARE(back.proxyTarget, QStringLiteral("stock_owner"));
        QCOMPARE(back.connectionString, QStringLiteral("postgresql://pg.internal:6543/stock?sslmode=require"));
        QCOMPARE(back.defaultSchema, QStringLiteral("inventory"));
        QCOMPARE(back.initSql, QStringLiteral("set statement_timeout = '5min';\nset work_mem = '64MB';"));
        QVERIFY(back.readOnly);
        QCOMPARE(back.connectTimeoutSec, 25);
        QVERIFY(!back.keepalives);

        ProfileDialog edit(&reread);
        edit.setProfile(back);
        QCOMPARE(edit.profile(), back);
        QCOMPARE(child<QComboBox>(&edit, "authCombo")->currentData().toInt(), int(AuthMode::Proxy));
        QCOMPARE(child<QSpinBox>(&edit, "timeoutSpin")->value(), 25);
        QVERIFY(edit.validationError().isEmpty());
    }

    // A connection string replaces host, port and database: they are disabled, and say why.
    void connectionStringDisablesServerFields()
    {
        ProfileDialog dialog(nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *host = child<QLineEdit>(&dialog, "hostEdit");
        QVERIFY(host->isEnabled());
        child<QLineEdit>(&dialog, "connectionStringEdit")->setText(QStringLiteral("service=sales"));
        QVERIFY(!host->isEnabled());
        QVERIFY(!child<QSpinBox>(&dialog, "portSpin")->isEnabled());
        QVERIFY(!child<QLineEdit>(&dialog, "databaseEdit")->isEnabled());
        QVERIFY(child<QLabel>(&dialog, "connectionStringNote")->isVisible());

        // libpq's own parser judges it: a broken conninfo is refused on the Advanced tab.
        child<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral("Broken"));
        child<QLineEdit>(&dialog, "connectionStringEdit")->setText(QStringLiteral("host='unterminated"));
        QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY(child<QLabel>(&dialog, "errorLabel")->text().contains(QStringLiteral("connection string")));
        QCOMPARE(child<QTabWidget>(&dialog, "profileTabs")->currentIndex(), 1);
    }

    // A password typed into the options or the connection string is refused while it is
    // there (issue 9.7), in whatever form libpq would read it, pointing to the login dialog.
    void passwordsInOptionsOrConnectionStringAreRefused()
    {
        ProfileDialog dialog(nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        child<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral("Leaky"));
        child<QTabWidget>(&dialog, "profileTabs")->setCurrentIndex(1);
        auto *error = child<QLabel>(&dialog, "secretError");
        auto *save = child<QPushButton>(&dialog, "saveButton");
        QVERIFY(!error->isVisible());
        QVERIFY(save->isEnabled());
        for (const QString &options : {QStringLiteral("sslmode=require;password=hunter2"),
                                       QStringLiteral("sslmode=disable password=hunter2"),
                                       QStringLiteral("sslmode=disable\tpassword='hunter 2'")}) {
            child<QLineEdit>(&dialog, "optionsEdit")->setText(options);
            QVERIFY2(error->isVisible(), qPrintable(options));
            QVERIFY(!save->isEnabled());
            QVERIFY(error->text().startsWith(QStringLiteral("The options hold a password.")));
            QVERIFY(error->text().contains(QStringLiteral("login dialog")));
        }
        E2E::screenshot(&dialog, QStringLiteral("e2e-profile-advanced"));
        // Enter does not get past it either.
        QTest::keyClick(child<QLineEdit>(&dialog, "optionsEdit"), Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));

        child<QLineEdit>(&dialog, "optionsEdit")->setText(QStringLiteral("sslmode=disable passfile=/home/me/.pgpass"));
        QVERIFY(!error->isVisible());
        QVERIFY(save->isEnabled());
        for (const QString &text : {QStringLiteral("postgresql://carol:hunter2@db/sales"),
                                    QStringLiteral("host=db password=hunter\\ 2 dbname=sales")}) {
            child<QLineEdit>(&dialog, "connectionStringEdit")->setText(text);
            QVERIFY2(error->isVisible(), qPrintable(text));
            QVERIFY(!save->isEnabled());
            QVERIFY(error->text().startsWith(QStringLiteral("The connection string holds a password.")));
        }
        child<QLineEdit>(&dialog, "connectionStringEdit")->setText(QStringLiteral("postgresql://carol@db/sales"));
        QVERIFY(!error->isVisible());
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const QString file = m_dir.filePath(QStringLiteral("leaky.json"));
        ProfileStore store(file);
        store.add(dialog.profile());
        QFile saved(file);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(!saved.readAll().contains("hunter"));
    }

    // SQLite has no server settings: the network and login rows are not offered.
    void sqliteHidesServerSettings()
    {
        ProfileDialog dialog(nullptr);
        choose(child<QComboBox>(&dialog, "driverCombo"), int(Dialect::SQLite));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!child<QComboBox>(&dialog, "authCombo")->isVisible());
        child<QTabWidget>(&dialog, "profileTabs")->setCurrentIndex(1);
        QVERIFY(!child<QLineEdit>(&dialog, "connectionStringEdit")->isVisible());
        QVERIFY(!child<QSpinBox>(&dialog, "timeoutSpin")->isVisible());
        QVERIFY(child<QCheckBox>(&dialog, "readOnlyCheck")->isVisible());
        QVERIFY(child<QPlainTextEdit>(&dialog, "initSqlEdit")->isVisible());
    }
};

QTEST_MAIN(TestE2EProfileDialog)
#include "tst_e2e_profiledialog.moc"
