#include "logindialog.h"

#include "colortagpicker.h"
#include "connection/connectionmanager.h"
#include "connection/session.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

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
    heading->setText(QStringLiteral("<b>%1</b><br><span style=\"color:#666\">%2</span>")
                         .arg(profile.name.toHtmlEscaped(),
                              tr("%1 · %2 · database %3")
                                  .arg(Dialects::displayName(profile.dialect), serverText(),
                                       profile.database.isEmpty() ? tr("(default)") : profile.database)
                                  .toHtmlEscaped()));
    auto *headRow = new QHBoxLayout;
    if (!profile.colorTag.isEmpty()) {
        auto *swatch = new QLabel(this);
        swatch->setPixmap(ColorTagPicker::swatchIcon(profile.colorTag, 20).pixmap(20, 20));
        headRow->addWidget(swatch, 0, Qt::AlignTop);
    }
    headRow->addWidget(heading, 1);
    layout->addLayout(headRow);

    auto *form = new QFormLayout;
    m_user = new QLineEdit(profile.defaultUser, this);
    m_user->setObjectName(QStringLiteral("userEdit"));
    form->addRow(tr("&User:"), m_user);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);

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
    (m_user->text().isEmpty() ? m_user : m_password)->setFocus();
    setMinimumWidth(420);
}

LoginDialog::~LoginDialog()
{
    abandonAttempt();
    m_credentials.wipe();
}

QString LoginDialog::serverText() const
{
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
    m_credentials = Credentials{m_user->text().trimmed(), m_password->text()};
    if (m_credentials.user.isEmpty()) {
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
    setConnecting(true, tr("Connecting to %1 as %2…").arg(serverText(), m_credentials.user));
    session->open();
}

void LoginDialog::onOpened()
{
    Session *session = m_session;
    if (!session)
        return;
    disconnect(session, nullptr, this, nullptr);
    m_session.clear();
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
    m_password->setFocus();
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
        m_password->setFocus();
        return;
    }
    QDialog::reject();
}

void LoginDialog::setConnecting(bool connecting, const QString &status)
{
    m_user->setEnabled(!connecting);
    m_password->setEnabled(!connecting);
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
}
