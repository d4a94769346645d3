#include "login/logindialog.h"

#include "common/colortagpicker.h"
#include "connection/connectionmanager.h"
#include "connection/passwordvault.h"
#include "connection/session.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QLabel *quietLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}
} // namespace

LoginDialog::LoginDialog(const ConnectionProfile &profile, ConnectionManager *manager, QWidget *parent)
    : QDialog(parent)
    , m_profile(profile)
    , m_manager(manager)
{
    setWindowTitle(tr("Log In — %1").arg(profile.name));
    auto *layout = new QVBoxLayout(this);

    auto *heading = new QLabel(this);
    heading->setObjectName(QStringLiteral("profileLabel"));
    heading->setTextFormat(Qt::RichText);
    const QString where = profile.connectionString.trimmed().isEmpty()
        ? tr("%1 · %2 · database %3")
              .arg(Dialects::displayName(profile.dialect), serverText(),
                   profile.database.isEmpty() ? tr("(default)") : profile.database)
        : tr("%1 · %2").arg(Dialects::displayName(profile.dialect), serverText());
    heading->setText(QStringLiteral("<b>%1</b><br><span style=\"color:#666\">%2</span>")
                         .arg(profile.name.toHtmlEscaped(), where.toHtmlEscaped()));
    auto *headRow = new QHBoxLayout;
    if (!profile.colorTag.isEmpty()) {
        auto *swatch = new QLabel(this);
        swatch->setPixmap(ColorTagPicker::swatchIcon(profile.colorTag, 20).pixmap(20, 20));
        headRow->addWidget(swatch, 0, Qt::AlignTop);
    }
    headRow->addWidget(heading, 1);
    layout->addLayout(headRow);

    buildForm();
    layout->addLayout(m_form);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);   // indeterminate: we cannot know how long the server takes
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(10);
    layout->addWidget(m_status);
    layout->addWidget(m_busy);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(this);
    m_connect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_connect->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    // Not QDialogButtonBox::accepted: that would close the dialog before the server answers.
    connect(m_connect, &QPushButton::clicked, this, &LoginDialog::connectToServer);
    connect(m_cancel, &QPushButton::clicked, this, &LoginDialog::reject);
    layout->addWidget(buttons);

    setConnecting(false);
    m_error->hide();
    (m_user->text().isEmpty() || !usesPassword() ? m_user : m_password)->setFocus();
    setMinimumWidth(440);
}

void LoginDialog::buildForm()
{
    m_form = new QFormLayout;
    const bool postgres = m_profile.dialect == Dialect::PostgreSQL;
    if (m_profile.authMode == AuthMode::Proxy) {
        m_proxyLabel = new QLabel(this);
        m_proxyLabel->setObjectName(QStringLiteral("proxyLabel"));
        m_proxyLabel->setWordWrap(true);
        m_form->addRow(m_proxyLabel);
    }
    m_user = new QLineEdit(m_profile.defaultUser, this);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_form->addRow(m_profile.authMode == AuthMode::Proxy ? tr("Proxy &user:") : tr("&User:"), m_user);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_form->addRow(tr("&Password:"), m_password);

    m_hint = quietLabel(QStringLiteral("authHint"), this);
    switch (m_profile.authMode) {
    case AuthMode::Password:
        if (postgres)
            m_hint->setText(tr("Leave the password empty to let libpq use ~/.pgpass or the service file."));
        break;
    case AuthMode::Proxy:
        m_user->setPlaceholderText(tr("the proxy's own user name"));
        m_hint->setText(postgres ? tr("Tessera logs in as the proxy user, then runs SET ROLE %1.").arg(m_profile.proxyTarget)
                                 : tr("Oracle proxy authentication: the proxy's password, never the target's."));
        break;
    case AuthMode::External:
        m_user->setPlaceholderText(tr("optional"));
        m_hint->setText(postgres ? tr("Uses .pgpass / service file / peer authentication: no password is asked here.")
                                 : tr("Uses external credentials (operating system or wallet): no password is asked here."));
        break;
    }
    m_form->addRow(QString(), m_hint);
    m_form->setRowVisible(m_hint, !m_hint->text().isEmpty());
    m_form->setRowVisible(m_password, usesPassword());

    m_remember = new QCheckBox(tr("&Remember password in the system keychain"), this);
    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    m_form->addRow(QString(), m_remember);
    m_keychain = quietLabel(QStringLiteral("keychainLabel"), this);
    m_form->addRow(QString(), m_keychain);
    m_form->setRowVisible(m_remember, false);   // until there is a vault
    m_form->setRowVisible(m_keychain, false);

    // The person ticks the box: say now what the system keychain may ask, so its "Choose a
    // password for new keyring" prompt does not come out of nowhere.
    connect(m_remember, &QCheckBox::toggled, this, [this](bool checked) {
        if (checked && m_keychainUser.isEmpty())
            showKeychainNote(tr("Saved in your system keychain when you log in. The first time, the keychain "
                                "may ask you to choose a password for a new keyring: it protects every "
                                "password kept there, and is not sent to any database."));
        else if (!checked && m_keychainUser.isEmpty())
            showKeychainNote(QString());
    });
    connect(m_user, &QLineEdit::textChanged, this, &LoginDialog::updateProxyText);
    connect(m_user, &QLineEdit::editingFinished, this, [this] {
        const QString user = m_user->text().trimmed();
        if (user == m_readingFor)
            return;
        // Another person's stored password must not stay in the field.
        if (!m_keychainUser.isEmpty() && m_keychainUser != user) {
            m_password->clear();
            m_keychainUser.clear();
            m_remember->setChecked(false);
            showKeychainNote(QString());
        }
        readStoredPassword();
    });
    updateProxyText();
}

LoginDialog::~LoginDialog()
{
    abandonAttempt();
    m_credentials.wipe();
}

void LoginDialog::setPasswordVault(PasswordVault *vault)
{
    if (m_vault || !vault || !usesPassword())
        return;
    m_vault = vault;
    m_form->setRowVisible(m_remember, true);
    const QString id = m_profile.id;
    connect(vault, &PasswordVault::passwordFound, this,
            [this, id](const QString &profileId, const QString &user, const QString &password) {
                if (profileId != id || user.isEmpty() || user != m_user->text().trimmed() || isConnecting()
                    || !m_password->text().isEmpty())
                    return;   // an answer to an older question, or the person already typed
                m_password->setText(password);
                m_keychainUser = user;
                m_remember->setChecked(true);
                showKeychainNote(tr("Password from the keychain."));
            });
    connect(vault, &PasswordVault::passwordMissing, this, [this, id](const QString &profileId) {
        if (profileId == id && !m_vault->seemsAvailable())
            keychainUnavailable();
    });
    connect(vault, &PasswordVault::unavailable, this, &LoginDialog::keychainUnavailable);
    connect(vault, &PasswordVault::storeFinished, this, [this](const QString &, const QString &, bool ok) {
        if (!ok)
            keychainUnavailable();
    });
    if (!vault->seemsAvailable())
        keychainUnavailable();
    else
        readStoredPassword();
}

void LoginDialog::readStoredPassword()
{
    if (!m_vault || !m_vault->seemsAvailable())
        return;
    // Asked even without a user name: the answer also tells whether there is a keychain at all.
    m_readingFor = m_user->text().trimmed();
    m_vault->read(m_profile.id, m_readingFor);
}

void LoginDialog::keychainUnavailable()
{
    m_remember->setChecked(false);
    m_remember->setEnabled(false);
    showKeychainNote(tr("No keychain available — Tessera will ask each time; nothing was written to disk."));
}

void LoginDialog::showKeychainNote(const QString &text)
{
    m_keychain->setText(text);
    m_form->setRowVisible(m_keychain, !text.isEmpty());
    fitHeight();
}

void LoginDialog::fitHeight()
{
    // Notes appear while the dialog is open (keychain, errors): it grows instead of squeezing
    // them. Wrapped labels need the height for the dialog's width, which sizeHint() ignores.
    if (!isVisible())
        return;
    layout()->activate();
    const int wanted = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : layout()->totalSizeHint().height();
    if (wanted > height())
        resize(width(), wanted);
}

QString LoginDialog::keychainText() const
{
    return m_keychain->isVisibleTo(this) ? m_keychain->text() : QString();
}

void LoginDialog::updateProxyText()
{
    if (!m_proxyLabel)
        return;
    const QString user = m_user->text().trimmed();
    m_proxyLabel->setText(tr("Log in as proxy user %1 to act as %2")
                              .arg(user.isEmpty() ? tr("…") : QStringLiteral("<b>%1</b>").arg(user.toHtmlEscaped()),
                                   QStringLiteral("<b>%1</b>").arg(m_profile.proxyTarget.toHtmlEscaped())));
}

QString LoginDialog::serverText() const
{
    if (!m_profile.connectionString.trimmed().isEmpty())
        return ConnectionProfile::connectionStringWithoutSecrets(m_profile.connectionString);
    const QString host = m_profile.host.isEmpty() ? QStringLiteral("localhost") : m_profile.host;
    return QStringLiteral("%1:%2").arg(host).arg(m_profile.effectivePort());
}

QString LoginDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void LoginDialog::connectToServer()
{
    if (isConnecting())
        return;
    m_credentials.wipe();
    m_credentials = Credentials{m_user->text().trimmed(), usesPassword() ? m_password->text() : QString()};
    // External logins may leave the user to libpq; so may a connection string that names one.
    if (m_credentials.user.isEmpty() && usesPassword() && m_profile.connectionString.trimmed().isEmpty()) {
        showError(tr("Please enter a user name."));
        m_user->setFocus();
        return;
    }
    QString refusal;
    Session *session = m_manager->createSession(m_profile, m_credentials, &refusal);
    if (!session) {
        showError(refusal.isEmpty() ? tr("No new connection can be opened right now.") : refusal);
        return;
    }
    m_session = session;
    connect(session, &Session::opened, this, &LoginDialog::onOpened);
    connect(session, &Session::openFailed, this, &LoginDialog::onOpenFailed);
    m_error->hide();
    const QString who = m_credentials.user.isEmpty() ? tr("the default user") : m_credentials.user;
    setConnecting(true, tr("Connecting to %1 as %2…").arg(serverText(), who));
    session->open();
}

void LoginDialog::applyRememberChoice(const QString &password)
{
    if (!m_vault || !usesPassword() || m_credentials.user.isEmpty())
        return;
    // Not isEnabled(): the box is disabled while connecting, which is now.
    if (m_remember->isChecked() && m_vault->seemsAvailable() && !password.isEmpty())
        m_vault->store(m_profile.id, m_credentials.user, password);
    else if (!m_remember->isChecked() && m_keychainUser == m_credentials.user)
        m_vault->forget(m_profile.id, m_credentials.user);   // unticked for a stored login
}

void LoginDialog::onOpened()
{
    Session *session = m_session;
    if (!session)
        return;
    disconnect(session, nullptr, this, nullptr);
    m_session.clear();
    applyRememberChoice(m_credentials.password);
    m_manager->rememberLogin(m_profile.id, m_credentials);
    m_credentials.wipe();
    m_password->clear();
    setConnecting(false);
    emit loggedIn(session);
    accept();
}

void LoginDialog::onOpenFailed(const SqlErrorInfo &error)
{
    abandonAttempt();
    setConnecting(false);
    m_credentials.wipe();
    showError(error.message.isEmpty() ? tr("The connection failed without a message from the server.")
                                      : error.message.trimmed());
    m_password->clear();
    if (!m_keychainUser.isEmpty()) {
        // The stored password did not work: it is not offered again, and not re-stored unasked.
        m_keychainUser.clear();
        showKeychainNote(tr("The password from the keychain was refused; please type it."));
    }
    (usesPassword() ? m_password : m_user)->setFocus();
}

void LoginDialog::abandonAttempt()
{
    if (Session *session = m_session) {
        disconnect(session, nullptr, this, nullptr);
        m_session.clear();
        // The manager closes it in the background (a connect in progress is not interrupted
        // on this thread) and forgets it once it is gone.
        m_manager->closeSession(session);
    }
}

void LoginDialog::reject()
{
    if (isConnecting()) {
        abandonAttempt();
        m_credentials.wipe();
        setConnecting(false);
        m_status->setText(tr("Connection attempt cancelled."));
        m_status->show();
        (usesPassword() ? m_password : m_user)->setFocus();
        return;
    }
    QDialog::reject();
}

void LoginDialog::setConnecting(bool connecting, const QString &status)
{
    m_user->setEnabled(!connecting);
    m_password->setEnabled(!connecting);
    m_remember->setEnabled(!connecting && (!m_vault || m_vault->seemsAvailable()));
    m_connect->setEnabled(!connecting);
    m_cancel->setEnabled(true);
    m_busy->setVisible(connecting);
    m_status->setText(status);
    m_status->setVisible(connecting && !status.isEmpty());
}

void LoginDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
    fitHeight();
}
