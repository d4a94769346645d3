#include "profiles/profiledialog.h"

#include "common/colortagpicker.h"
#include "connection/connectionsetup.h"
#include "profiles/profilestore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {
QLabel *noteLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}
} // namespace

ProfileDialog::ProfileDialog(const ProfileStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setWindowTitle(tr("New Connection Profile"));
    auto *layout = new QVBoxLayout(this);
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("profileTabs"));
    m_pages->addTab(buildGeneralPage(), tr("&General"));
    m_pages->addTab(buildAdvancedPage(), tr("&Advanced"));
    layout->addWidget(m_pages);

    m_secretError = new QLabel(this);
    m_secretError->setObjectName(QStringLiteral("secretError"));
    m_secretError->setWordWrap(true);
    m_secretError->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_secretError->hide();
    layout->addWidget(m_secretError);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ProfileDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProfileDialog::reject);
    layout->addWidget(buttons);

    connect(m_driver, &QComboBox::currentIndexChanged, this, &ProfileDialog::updateForDialect);
    connect(m_authMode, &QComboBox::currentIndexChanged, this, &ProfileDialog::updateEnabledFields);
    connect(m_connectionString, &QLineEdit::textChanged, this, &ProfileDialog::updateEnabledFields);
    connect(m_options, &QLineEdit::textChanged, this, &ProfileDialog::updateEnabledFields);
    connect(m_browse, &QPushButton::clicked, this, &ProfileDialog::browseForFile);
    connect(m_name, &QLineEdit::textChanged, m_error, &QLabel::hide);
    connect(m_proxyTarget, &QLineEdit::textChanged, m_error, &QLabel::hide);
    updateForDialect();
    setMinimumWidth(520);
}

QWidget *ProfileDialog::buildGeneralPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("generalPage"));
    m_form = new QFormLayout(page);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("e.g. Sales (production)"));
    m_form->addRow(tr("&Name:"), m_name);

    m_driver = new QComboBox(page);
    m_driver->setObjectName(QStringLiteral("driverCombo"));
    for (Dialect d : {Dialect::PostgreSQL, Dialect::Oracle, Dialect::SQLite})
        m_driver->addItem(Dialects::displayName(d), int(d));
    m_form->addRow(tr("&Driver:"), m_driver);
    m_driverNote = noteLabel(page);
    m_form->addRow(QString(), m_driverNote);

    m_host = new QLineEdit(page);
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_host->setPlaceholderText(tr("host name, IP address or socket directory"));
    m_form->addRow(tr("&Host:"), m_host);

    m_port = new QSpinBox(page);
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(0, 65535);
    m_form->addRow(tr("&Port:"), m_port);

    m_databaseRow = new QWidget(page);
    auto *dbLayout = new QHBoxLayout(m_databaseRow);
    dbLayout->setContentsMargins(0, 0, 0, 0);
    m_database = new QLineEdit(m_databaseRow);
    m_database->setObjectName(QStringLiteral("databaseEdit"));
    m_browse = new QPushButton(tr("&Browse…"), m_databaseRow);
    m_browse->setObjectName(QStringLiteral("browseButton"));
    dbLayout->addWidget(m_database, 1);
    dbLayout->addWidget(m_browse);
    m_form->addRow(tr("Data&base:"), m_databaseRow);
    m_connectionStringNote = noteLabel(page);
    m_connectionStringNote->setObjectName(QStringLiteral("connectionStringNote"));
    m_connectionStringNote->setText(tr("Host, port and database come from the connection string (Advanced tab)."));
    m_form->addRow(QString(), m_connectionStringNote);

    m_user = new QLineEdit(page);
    m_user->setObjectName(QStringLiteral("defaultUserEdit"));
    m_user->setPlaceholderText(tr("filled in at login; can be changed there"));
    m_form->addRow(tr("Default &user:"), m_user);

    m_authMode = new QComboBox(page);
    m_authMode->setObjectName(QStringLiteral("authCombo"));
    m_authMode->addItem(tr("Password (asked at login)"), int(AuthMode::Password));
    m_authMode->addItem(tr("Proxy (log in as one user, act as another)"), int(AuthMode::Proxy));
    m_authMode->addItem(tr("External (.pgpass, service file, peer, wallet)"), int(AuthMode::External));
    m_form->addRow(tr("&Authentication:"), m_authMode);
    m_proxyTarget = new QLineEdit(page);
    m_proxyTarget->setObjectName(QStringLiteral("proxyTargetEdit"));
    m_form->addRow(tr("Act as &role:"), m_proxyTarget);

    m_color = new ColorTagPicker(page);
    m_color->setObjectName(QStringLiteral("colorPicker"));
    m_form->addRow(tr("Colour &tag:"), m_color);
    return page;
}

QWidget *ProfileDialog::buildAdvancedPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("advancedPage"));
    m_advancedForm = new QFormLayout(page);
    m_advancedForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_connectionString = new QLineEdit(page);
    m_connectionString->setObjectName(QStringLiteral("connectionStringEdit"));
    m_advancedForm->addRow(tr("Connection &string:"), m_connectionString);

    m_options = new QLineEdit(page);
    m_options->setObjectName(QStringLiteral("optionsEdit"));
    m_options->setPlaceholderText(tr("key=value;key=value, e.g. sslmode=require"));
    m_advancedForm->addRow(tr("&Options:"), m_options);

    m_schema = new QLineEdit(page);
    m_schema->setObjectName(QStringLiteral("schemaEdit"));
    m_advancedForm->addRow(tr("Default s&chema:"), m_schema);

    m_initSql = new QPlainTextEdit(page);
    m_initSql->setObjectName(QStringLiteral("initSqlEdit"));
    m_initSql->setPlaceholderText(tr("statements run after every connect and reconnect, e.g.\n"
                                     "set statement_timeout = '5min';"));
    m_initSql->setTabChangesFocus(true);
    m_initSql->setFixedHeight(m_initSql->fontMetrics().lineSpacing() * 5 + 12);
    m_advancedForm->addRow(tr("&Init statements:"), m_initSql);

    m_readOnly = new QCheckBox(tr("&Read-only: the server refuses every change"), page);
    m_readOnly->setObjectName(QStringLiteral("readOnlyCheck"));
    m_advancedForm->addRow(QString(), m_readOnly);

    m_timeout = new QSpinBox(page);
    m_timeout->setObjectName(QStringLiteral("timeoutSpin"));
    m_timeout->setRange(1, 600);
    m_timeout->setValue(10);
    m_timeout->setSuffix(tr(" s"));
    m_advancedForm->addRow(tr("Connect &timeout:"), m_timeout);

    m_keepalives = new QCheckBox(tr("TCP &keepalives: notice a dead connection (VPN drop, sleep)"), page);
    m_keepalives->setObjectName(QStringLiteral("keepalivesCheck"));
    m_keepalives->setChecked(true);
    m_advancedForm->addRow(QString(), m_keepalives);
    return page;
}

Dialect ProfileDialog::currentDialect() const
{
    return Dialect(m_driver->currentData().toInt());
}

AuthMode ProfileDialog::currentAuthMode() const
{
    return AuthMode(m_authMode->currentData().toInt());
}

void ProfileDialog::setProfile(const ConnectionProfile &profile)
{
    m_original = profile;
    setWindowTitle(profile.id.isEmpty() ? tr("New Connection Profile") : tr("Edit Connection Profile"));
    m_name->setText(profile.name);
    m_driver->setCurrentIndex(m_driver->findData(int(profile.dialect)));
    m_host->setText(profile.host);
    m_port->setValue(profile.port);
    m_database->setText(profile.database);
    m_user->setText(profile.defaultUser);
    m_authMode->setCurrentIndex(m_authMode->findData(int(profile.authMode)));
    m_proxyTarget->setText(profile.proxyTarget);
    m_color->setColor(profile.colorTag);
    m_connectionString->setText(profile.connectionString);
    m_options->setText(profile.options);
    m_schema->setText(profile.defaultSchema);
    m_initSql->setPlainText(profile.initSql);
    m_readOnly->setChecked(profile.readOnly);
    m_timeout->setValue(profile.connectTimeoutSec);
    m_keepalives->setChecked(profile.keepalives);
    updateForDialect();
}

ConnectionProfile ProfileDialog::profile() const
{
    ConnectionProfile p = m_original;   // id and isDemo survive an edit
    p.name = m_name->text().trimmed();
    p.dialect = currentDialect();
    const bool file = p.dialect == Dialect::SQLite;
    p.host = file ? QString() : m_host->text().trimmed();
    p.port = file ? 0 : m_port->value();
    p.database = m_database->text().trimmed();
    p.defaultUser = file ? QString() : m_user->text().trimmed();
    p.authMode = file ? AuthMode::Password : currentAuthMode();
    p.proxyTarget = p.authMode == AuthMode::Proxy ? m_proxyTarget->text().trimmed() : QString();
    p.colorTag = m_color->color();
    // Never hand a typed password on: the store would drop it too, but nothing should hold it.
    p.connectionString = file ? QString() : ConnectionProfile::connectionStringWithoutSecrets(m_connectionString->text());
    p.options = ConnectionProfile::withoutSecrets(p.dialect, m_options->text().trimmed());
    p.defaultSchema = file ? QString() : m_schema->text().trimmed();
    p.initSql = m_initSql->toPlainText().trimmed();
    p.readOnly = m_readOnly->isChecked();
    p.connectTimeoutSec = m_timeout->value();
    p.keepalives = m_keepalives->isChecked();
    return p;
}

QString ProfileDialog::secretError() const
{
    // The typed text, read as the driver will read it (libpq's parser for PostgreSQL).
    const Dialect dialect = currentDialect();
    const QString options = m_options->text().trimmed();
    if (ConnectionProfile::withoutSecrets(dialect, options) != options)
        return tr("The options hold a password. Passwords are never saved in a profile: remove it "
                  "here, and type it in the login dialog when you connect (which can keep it in the "
                  "system keychain).");
    const QString connection = m_connectionString->text().trimmed();
    if (dialect == Dialect::PostgreSQL && ConnectionProfile::connectionStringWithoutSecrets(connection) != connection)
        return tr("The connection string holds a password. Passwords are never saved in a profile: "
                  "remove it here, and type it in the login dialog when you connect (which can keep it "
                  "in the system keychain).");
    return {};
}

QString ProfileDialog::validationError() const
{
    const QString secret = secretError();
    if (!secret.isEmpty())
        return secret;
    const ConnectionProfile p = profile();
    if (p.name.isEmpty())
        return tr("Please give the profile a name.");
    if (m_store) {
        const QList<ConnectionProfile> others = m_store->profiles();
        for (const ConnectionProfile &other : others) {
            if (other.id != p.id && other.name.compare(p.name, Qt::CaseInsensitive) == 0)
                return tr("A profile named “%1” already exists. Please choose another name.").arg(p.name);
        }
    }
    if (p.dialect == Dialect::SQLite && p.database.isEmpty() && !p.isDemo)
        return tr("An SQLite profile needs a database file. Choose one with Browse….");
    if (p.dialect == Dialect::SQLite && !p.isDemo) {
        // The core refuses to open a missing file (SQLite would silently create an empty one).
        const QFileInfo file(p.database);
        if (file.isDir())
            return tr("“%1” is a folder, not a database file.").arg(p.database);
        if (!file.exists())
            return tr("The file “%1” does not exist.").arg(p.database);
    }
    if (p.dialect == Dialect::Oracle && p.database.isEmpty() && p.connectionString.isEmpty())
        return tr("An Oracle profile needs a service name, or a TNS alias / EZConnect string on the Advanced tab.");
    if (p.authMode == AuthMode::Proxy && p.proxyTarget.isEmpty())
        return p.dialect == Dialect::Oracle ? tr("Proxy login needs the user to act as.")
                                            : tr("Proxy login needs the role to act as (SET ROLE).");
    if (p.dialect == Dialect::PostgreSQL && !p.connectionString.isEmpty()) {
        QList<QPair<QString, QString>> keywords;
        QString error;
        if (!ConnectionSetup::parsePostgresConnectionString(p.connectionString, &keywords, &error))
            return error;
    }
    return {};
}

void ProfileDialog::accept()
{
    // Enter saves even while Save is disabled: a password in a field is said once, above.
    if (!secretError().isEmpty()) {
        m_pages->setCurrentIndex(1);
        const QString options = m_options->text().trimmed();
        (ConnectionProfile::withoutSecrets(currentDialect(), options) != options ? m_options : m_connectionString)->setFocus();
        return;
    }
    const QString error = validationError();
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        // Show the field the message is about.
        const ConnectionProfile p = profile();
        const bool nameOk = !p.name.isEmpty() && !error.contains(p.name);
        if (nameOk && p.authMode == AuthMode::Proxy && p.proxyTarget.isEmpty()) {
            m_pages->setCurrentIndex(0);
            m_proxyTarget->setFocus();
        } else if (nameOk && !p.connectionString.isEmpty() && p.dialect == Dialect::PostgreSQL) {
            m_pages->setCurrentIndex(1);
            m_connectionString->setFocus();
        } else {
            m_pages->setCurrentIndex(0);
            m_name->setFocus();
        }
        return;
    }
    QDialog::accept();
}

void ProfileDialog::updateForDialect()
{
    const Dialect d = currentDialect();
    const bool file = d == Dialect::SQLite;
    m_form->setRowVisible(m_host, !file);
    m_form->setRowVisible(m_port, !file);
    m_form->setRowVisible(m_user, !file);
    m_form->setRowVisible(m_authMode, !file);
    m_advancedForm->setRowVisible(m_connectionString, !file);
    m_advancedForm->setRowVisible(m_schema, !file);
    m_advancedForm->setRowVisible(m_timeout, !file);
    m_advancedForm->setRowVisible(m_keepalives, !file);
    m_browse->setVisible(file);
    m_port->setSpecialValueText(tr("Default (%1)").arg(Dialects::defaultPort(d)));
    // The spin box sizes itself for numbers, not for this text.
    m_port->setMinimumWidth(m_port->fontMetrics().horizontalAdvance(m_port->specialValueText()) + 48);
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_databaseRow))) {
        label->setText(file ? tr("&File:") : d == Dialect::Oracle ? tr("&Service:") : tr("Data&base:"));
        label->setBuddy(m_database);
    }
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_proxyTarget))) {
        label->setText(d == Dialect::Oracle ? tr("Act as &user:") : tr("Act as &role:"));
        label->setBuddy(m_proxyTarget);
    }
    m_database->setPlaceholderText(file ? tr("path to an SQLite database file")
                                        : d == Dialect::Oracle ? tr("service name, e.g. ORCLPDB1")
                                                               : tr("database name (default: the user name)"));
    m_connectionString->setPlaceholderText(d == Dialect::Oracle
                                               ? tr("optional: TNS alias or EZConnect host:port/service")
                                               : tr("optional: URI, conninfo or service=name"));
    m_connectionString->setToolTip(d == Dialect::Oracle
                                       ? tr("A TNS alias from tnsnames.ora, or EZConnect host:port/service. "
                                            "When set, host, port and service are not used.")
                                       : tr("postgresql://host:port/db?sslmode=require, host=… dbname=…, or "
                                            "service=name from pg_service.conf. When set, host, port and "
                                            "database are not used."));
    m_schema->setPlaceholderText(d == Dialect::Oracle ? tr("CURRENT_SCHEMA after login")
                                                      : tr("search_path, e.g. sales, public"));
    m_proxyTarget->setPlaceholderText(d == Dialect::Oracle ? tr("the Oracle user whose rights apply")
                                                           : tr("the role to SET ROLE to after login"));
    const bool noDriver = !Dialects::isDriverAvailable(d);
    m_driverNote->setText(tr("The Qt %1 driver (%2) is not installed. You can save this profile now "
                             "and connect once the driver is added.")
                              .arg(Dialects::displayName(d), Dialects::qtDriverName(d)));
    m_form->setRowVisible(m_driverNote, noDriver);
    updateEnabledFields();
    adjustSize();
}

void ProfileDialog::updateEnabledFields()
{
    const bool file = currentDialect() == Dialect::SQLite;
    // A connection string names the server itself; two places for one setting would disagree.
    const bool byString = !file && !m_connectionString->text().trimmed().isEmpty();
    m_host->setEnabled(!byString);
    m_port->setEnabled(!byString);
    m_database->setEnabled(!byString);
    m_form->setRowVisible(m_connectionStringNote, byString);
    m_form->setRowVisible(m_proxyTarget, !file && currentAuthMode() == AuthMode::Proxy);
    const QString secret = secretError();
    m_secretError->setText(secret);
    m_secretError->setVisible(!secret.isEmpty());
    m_save->setEnabled(secret.isEmpty());
}

void ProfileDialog::browseForFile()
{
    auto *dialog = new QFileDialog(this, tr("SQLite Database File"), m_database->text(),
                                   tr("SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, m_database, &QLineEdit::setText);
    dialog->open();
}
