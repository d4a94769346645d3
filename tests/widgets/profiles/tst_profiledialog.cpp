// Creating and editing profiles: what the dialog refuses, and what it hands back.
#include "common/colortagpicker.h"
#include "profiles/profiledialog.h"
#include "profiles/profilestore.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

class TestProfileDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    template<typename T>
    static T *child(QWidget *w, const char *name)
    {
        T *c = w->findChild<T *>(QString::fromLatin1(name));
        if (!c)
            qWarning("missing child %s", name);
        return c;
    }

private slots:
    void emptyNameIsRefused()
    {
        ProfileDialog dialog(nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        auto *error = child<QLabel>(&dialog, "errorLabel");
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("name")));
        if (const QString dir = qEnvironmentVariable("TESSERA_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QTRY_VERIFY(error->height() >= error->heightForWidth(error->width()));
            dialog.grab().save(dir + QStringLiteral("/profile-dialog.png"));
        }
    }

    void duplicateNameIsRefused()
    {
        ProfileStore store(m_dir.filePath(QStringLiteral("profiles.json")));
        ConnectionProfile existing;
        existing.name = QStringLiteral("Sales");
        existing.host = QStringLiteral("db.example.org");
        store.add(existing);

        ProfileDialog dialog(&store);
        QTest::keyClicks(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("sales"));
        QVERIFY(dialog.validationError().contains(QStringLiteral("already exists")));

        // Editing the profile itself keeps its name legal.
        ProfileDialog edit(&store);
        edit.setProfile(store.profiles().constFirst());
        QVERIFY2(edit.validationError().isEmpty(), qPrintable(edit.validationError()));
    }

    void sqliteNeedsAnExistingFile()
    {
        ProfileDialog dialog(nullptr);
        child<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral("Local"));
        auto *driver = child<QComboBox>(&dialog, "driverCombo");
        driver->setCurrentIndex(driver->findData(int(Dialect::SQLite)));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!child<QLineEdit>(&dialog, "hostEdit")->isVisible());
        QVERIFY(child<QPushButton>(&dialog, "browseButton")->isVisible());
        QVERIFY(dialog.validationError().contains(QStringLiteral("file")));

        child<QLineEdit>(&dialog, "databaseEdit")->setText(m_dir.filePath(QStringLiteral("missing.db")));
        QVERIFY(dialog.validationError().contains(QStringLiteral("does not exist")));

        const QString path = m_dir.filePath(QStringLiteral("there.db"));
        QFile(path).open(QIODevice::WriteOnly);
        child<QLineEdit>(&dialog, "databaseEdit")->setText(path);
        QVERIFY(dialog.validationError().isEmpty());
        QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.profile().dialect, Dialect::SQLite);
        QCOMPARE(dialog.profile().database, path);
        QVERIFY(dialog.profile().host.isEmpty());
    }

    void editingRoundTripsEveryField()
    {
        ConnectionProfile p;
        p.id = QStringLiteral("abc");
        p.name = QStringLiteral("Warehouse");
        p.dialect = Dialect::PostgreSQL;
        p.host = QStringLiteral("pg.internal");
        p.port = 6543;
        p.database = QStringLiteral("stock");
        p.defaultUser = QStringLiteral("carol");
        p.options = QStringLiteral("sslmode=require");
        p.colorTag = ColorTagPicker::presets().first();

        ProfileDialog dialog(nullptr);
        dialog.setProfile(p);
        QCOMPARE(dialog.profile(), p);
        QCOMPARE(child<QSpinBox>(&dialog, "portSpin")->value(), 6543);

        child<ColorTagPicker>(&dialog, "colorPicker")->setColor(QStringLiteral("#123456"));
        QCOMPARE(dialog.profile().colorTag, QStringLiteral("#123456"));
        child<ColorTagPicker>(&dialog, "colorPicker")->setColor(QString());
        QVERIFY(dialog.profile().colorTag.isEmpty());
    }
};

QTEST_MAIN(TestProfileDialog)
#include "tst_profiledialog.moc"
