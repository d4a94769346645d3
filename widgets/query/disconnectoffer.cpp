#include "query/disconnectoffer.h"

#include "connection/session.h"
#include "query/messagelog.h"
#include "query/tabbanner.h"

#include <QAction>

DisconnectOffer::DisconnectOffer(TabBanner *banner, MessageLog *messages, QObject *parent)
    : QObject(parent)
    , m_banner(banner)
    , m_messages(messages)
    , m_action(new QAction(tr("Disconnect"), this))
{
    m_action->setObjectName(QStringLiteral("disconnectAction"));
    m_action->setToolTip(tr("Close this tab's connection now; the next run reconnects"));
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &DisconnectOffer::offer);
    connect(m_action, &QAction::triggered, this, &DisconnectOffer::disconnectNow);
}

void DisconnectOffer::setSession(Session *session)
{
    withdraw();
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session) {
        connect(session, &Session::stateChanged, this, [this](Session::State state) {
            if (state != Session::State::Busy)
                withdraw();
        });
        connect(session, &Session::cancelRequested, this, &DisconnectOffer::onCancelRequested);
    }
}

void DisconnectOffer::onCancelRequested()
{
    if (m_session && m_session->isBusy() && !m_timer.isActive() && m_banner->action() != m_action)
        m_timer.start();
}

void DisconnectOffer::offer()
{
    // Only where there is a socket to shut (PostgreSQL); a local SQLite statement stops
    // between rows, and Oracle's cannot be disconnected from outside.
    if (!m_session || !m_session->isBusy() || !m_session->canForceDisconnect())
        return;
    m_banner->showMessage(tr("The server has not answered the cancel for %1 s: the connection may be stalled. "
                             "Disconnect to end it; the next run reconnects.")
                              .arg(kDelayMs / 1000),
                          TabBanner::Level::Warning, m_action);
}

void DisconnectOffer::withdraw()
{
    m_timer.stop();
    if (m_banner->action() == m_action)
        m_banner->hide();
}

void DisconnectOffer::disconnectNow()
{
    if (!m_session)
        return;
    withdraw();
    m_messages->appendWarning(tr("Disconnected: the server had not answered the cancel."));
    m_session->forceDisconnect();
}
