#pragma once
#include <QObject>
#include <QPointer>

class MessageLog;
class Session;
class TabBanner;
struct SqlErrorInfo;

// Tells a tab's person what happens to its connection outside any statement: connected, could
// not connect, lost (with the server's reason), reconnected (and whether a transaction went
// with it), server notices. Lines go to Messages; states that must be seen go to the banner.
class SessionEventReporter : public QObject
{
    Q_OBJECT
public:
    SessionEventReporter(TabBanner *banner, MessageLog *messages, QObject *parent);

    void setSession(Session *session);   // nullptr: detach
    // Also for a run whose reconnect failed (no connectionLost signal then, only its outcome).
    void showConnectionLost(const QString &message);

signals:
    void messagesWanted();   // switch to the Messages pane
    void changed();          // the status line may have to say something else

private:
    void onConnectionLost(const QString &message);
    void onReconnected(bool transactionLost);
    void onServerNotice(const QString &severity, const QString &message);
    void onOpenFailed(const SqlErrorInfo &error);

    TabBanner *m_banner;
    MessageLog *m_messages;
    QPointer<Session> m_session;
};
