#include "query/tabstatusbar.h"

#include "connection/session.h"
#include "common/tabformat.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>

TabStatusBar::TabStatusBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("tabStatus"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 3, 8, 3);
    layout->setSpacing(16);
    // Object names are part of the tests' and the window's contract.
    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(QStringLiteral("stateLabel"));
    m_identityLabel = new QLabel(this);
    m_identityLabel->setObjectName(QStringLiteral("identityLabel"));
    m_identityLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_elapsedLabel = new QLabel(this);
    m_elapsedLabel->setObjectName(QStringLiteral("elapsedLabel"));
    m_rowsLabel = new QLabel(this);
    m_rowsLabel->setObjectName(QStringLiteral("rowsLabel"));
    layout->addWidget(m_stateLabel);
    layout->addWidget(m_identityLabel);
    layout->addStretch(1);
    layout->addWidget(m_elapsedLabel);
    layout->addWidget(m_rowsLabel);

    m_clock = new QTimer(this);
    m_clock->setInterval(100);
    connect(m_clock, &QTimer::timeout, this, [this] {
        if (m_session)
            m_elapsedLabel->setText(tr("Running… %1").arg(TabFormat::duration(m_session->busyForMs())));
    });
}

void TabStatusBar::setSession(Session *session)
{
    m_session = session;
    if (!session)
        setRunning(false);
}

void TabStatusBar::setState(const QString &text, bool alert, const QString &toolTip)
{
    m_stateLabel->setText(text);
    m_stateLabel->setToolTip(toolTip);
    m_stateLabel->setStyleSheet(alert ? QStringLiteral("color: #c62828; font-weight: bold;") : QString());
}

void TabStatusBar::setIdentity(const SessionIdentity &identity, bool oracle)
{
    m_identityLabel->setText(TabFormat::identity(identity, oracle));
    m_identityLabel->setToolTip(TabFormat::identityToolTip(identity));
}

void TabStatusBar::clearIdentity()
{
    m_identityLabel->clear();
    m_identityLabel->setToolTip(QString());
}

void TabStatusBar::setIdentityStale(bool stale)
{
    m_identityLabel->setEnabled(!stale);
}

void TabStatusBar::setRunning(bool running)
{
    if (running && !m_clock->isActive()) {
        m_elapsedLabel->setText(tr("Running…"));
        m_clock->start();
    } else if (!running) {
        m_clock->stop();
    }
}

void TabStatusBar::setOutcomeText(const QString &text)
{
    m_elapsedLabel->setText(text);
    // Restart rather than let a tick already due overwrite the outcome: the session's "idle"
    // arrives right behind its last outcome, and in a script the clock resumes after a while.
    if (m_clock->isActive())
        m_clock->start();
}

void TabStatusBar::setRowsText(const QString &text)
{
    m_rowsLabel->setText(text);
}
