#pragma once
#include <QObject>
#include <QPointer>
#include <QTimer>

class MessageLog;
class QAction;
class Session;
class TabBanner;

// A server, or a network, that stops answering in the middle of a result never acts on a
// cancel: the tab would stay busy for good. When the statement is still running kDelayMs after
// a cancel (Esc, the toolbar, the window's Cancel: Session::cancelRequested), the tab's banner
// says so and offers Disconnect (Session::forceDisconnect): the socket is shut, the statement
// ends as "connection lost" and the next run reconnects. The offer goes as soon as the session
// is no longer busy, for whatever reason.
class DisconnectOffer : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDelayMs = 3000;

    DisconnectOffer(TabBanner *banner, MessageLog *messages, QObject *parent);

    void setSession(Session *session);   // nullptr: detach
    QAction *disconnectAction() const { return m_action; }

private:
    void onCancelRequested();   // starts the clock, unless it runs or the offer is up
    void offer();
    void withdraw();
    void disconnectNow();

    TabBanner *m_banner;
    MessageLog *m_messages;
    QPointer<Session> m_session;
    QTimer m_timer;
    QAction *m_action;
};
