#include "query/sessioneventreporter.h"

#include "connection/session.h"
#include "query/messagelog.h"
#include "query/tabbanner.h"

SessionEventReporter::SessionEventReporter(TabBanner *banner, MessageLog *messages, QObject *parent)
    : QObject(parent)
    , m_banner(banner)
    , m_messages(messages)
{
}

void SessionEventReporter::setSession(Session *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (!session)
        return;
    connect(session, &Session::opened, this, [this] { m_messages->appendInfo(tr("Connected.")); });
    connect(session, &Session::openFailed, this, &SessionEventReporter::onOpenFailed);
    connect(session, &Session::connectionLost, this, &SessionEventReporter::onConnectionLost);
    connect(session, &Session::reconnected, this, &SessionEventReporter::onReconnected);
    connect(session, &Session::serverNotice, this, &SessionEventReporter::onServerNotice);
    connect(session, &Session::closed, this, [this] { m_messages->appendInfo(tr("Connection closed.")); });
}

void SessionEventReporter::onOpenFailed(const SqlErrorInfo &error)
{
    m_messages->appendError(tr("Could not connect: %1").arg(error.message.trimmed()));
    emit messagesWanted();
    emit changed();
}

void SessionEventReporter::onConnectionLost(const QString &message)
{
    showConnectionLost(message);
    m_messages->appendError(m_banner->text());
}

void SessionEventReporter::showConnectionLost(const QString &message)
{
    QString reason = message.trimmed();
    while (reason.endsWith(u'.'))
        reason.chop(1);
    QString text = tr("Connection lost: %1. The next run reconnects.").arg(reason);
    if (m_session && m_session->hasOpenTransaction())
        text += u' ' + tr("The open transaction is gone (the server rolled it back).");
    // The editor is left alone on purpose: its SQL is what the person needs after a reconnect.
    m_banner->showMessage(text, TabBanner::Level::Error);
    emit changed();
}

void SessionEventReporter::onReconnected(bool transactionLost)
{
    if (transactionLost) {
        const QString text = tr("Reconnected — the open transaction was lost (rolled back by the server).");
        m_messages->appendWarning(text);
        m_banner->showMessage(text, TabBanner::Level::Warning);
        emit messagesWanted();
    } else {
        m_messages->appendInfo(tr("Reconnected."));
        m_banner->hide();
    }
    emit changed();
}

void SessionEventReporter::onServerNotice(const QString &severity, const QString &message)
{
    const QString line = QStringLiteral("%1: %2").arg(severity, message.trimmed());
    if (severity == QLatin1String("WARNING"))
        m_messages->appendWarning(line);
    else if (severity == QLatin1String("FATAL") || severity == QLatin1String("PANIC"))
        m_messages->appendError(line);
    else
        m_messages->appendInfo(line);
}
