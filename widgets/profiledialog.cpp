#include "profiledialog.h"

#include "colortagpicker.h"
#include "profiles/profilestore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

ProfileDialog::ProfileDialog(const ProfileStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setWindowTitle(tr("New Connection Profile"));
    auto *layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addLayout(m_form);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("e.g. Sales (production)"));
    m_form->addRow(tr("&Name:"), m_name);

    m_driver = new QComboBox(this);
    m_driver->setObjectName(QStringLiteral("driverCombo"));
    for (Dialect d : {Dialect::PostgreSQL, Dialect::Oracle, Dialect::SQLite})
        m_driver->addItem(Dialects::displayName(d), int(d));
    m_form->addRow(tr("&Driver:"), m_driver);
    m_driverNote = new QLabel(this);
    m_driverNote->setWordWrap(true);
    m_driverNote->setForegroundRole(QPalette::PlaceholderText);
    m_form->addRow(QString(), m_driverNote);

    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_host->setPlaceholderText(tr("host name, IP address or socket directory"));
    m_form->addRow(tr("&Host:"), m_host);

    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(0, 65535);
    m_form->addRow(tr("&Port:"), m_port);

    m_databaseRow = new QWidget(this);
    auto *dbLayout = new QHBoxLayout(m_databaseRow);
    dbLayout->setContentsMargins(0, 0, 0, 0);
    m_database = new QLineEdit(m_databaseRow);
    m_database->setObjectName(QStringLiteral("databaseEdit"));
    m_browse = new QPushButton(tr("&Browse…"), m_databaseRow);
    m_browse->setObjectName(QStringLiteral("browseButton"));
    dbLayout->addWidget(m_database, 1);
    dbLayout->addWidget(m_browse);
    m_form->addRow(tr("Data&base:"), m_databaseRow);

    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("defaultUserEdit"));
    m_user->setPlaceholderText(tr("filled in at login; can be changed there"));
    m_form->addRow(tr("Default &user:"), m_user);

    m_options = new QLineEdit(this);
    m_options->setObjectName(QStringLiteral("optionsEdit"));
    m_options->setPlaceholderText(tr("key=value;key=value, e.g. sslmode=require"));
    m_form->addRow(tr("&Options:"), m_options);

    m_color = new ColorTagPicker(this);
    m_color->setObjectName(QStringLiteral("colorPicker"));
    m_form->addRow(tr("Colour &tag:"), m_color);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ProfileDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProfileDialog::reject);
    layout->addWidget(buttons);

    connect(m_driver, &QComboBox::currentIndexChanged, this, &ProfileDialog::updateForDialect);
    connect(m_browse, &QPushButton::clicked, this, &ProfileDialog::browseForFile);
    connect(m_name, &QLineEdit::textChanged, m_error, &QLabel::hide);
    updateForDialect();
    setMinimumWidth(480);
}

Dialect ProfileDialog::currentDialect() const
{
    return Dialect(m_driver->currentData().toInt());
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
    m_options->setText(profile.options);
    m_color->setColor(profile.colorTag);
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
    p.options = m_options->text().trimmed();
    p.colorTag = m_color->color();
    return p;
}

QString ProfileDialog::validationError() const
{
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
    if (p.dialect == Dialect::Oracle && p.database.isEmpty())
        return tr("An Oracle profile needs a service name (or a full connect descriptor).");
    return {};
}

void ProfileDialog::accept()
{
    const QString error = validationError();
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        m_name->setFocus();
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
    m_browse->setVisible(file);
    m_port->setSpecialValueText(tr("Default (%1)").arg(Dialects::defaultPort(d)));
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_databaseRow))) {
        label->setText(file ? tr("&File:") : d == Dialect::Oracle ? tr("&Service:") : tr("Data&base:"));
        label->setBuddy(m_database);
    }
    m_database->setPlaceholderText(file ? tr("path to an SQLite database file")
                                        : d == Dialect::Oracle ? tr("service name, e.g. ORCLPDB1")
                                                               : tr("database name (default: the user name)"));
    const bool noDriver = !Dialects::isDriverAvailable(d);
    m_driverNote->setText(tr("The Qt %1 driver (%2) is not installed. You can save this profile now "
                             "and connect once the driver is added.")
                              .arg(Dialects::displayName(d), Dialects::qtDriverName(d)));
    m_form->setRowVisible(m_driverNote, noDriver);
    adjustSize();
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
