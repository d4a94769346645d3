#pragma once
#include <QPointer>
#include <QWidget>

class QLabel;
class QTimer;
class Session;
struct SessionIdentity;

// The line under a query tab: connection state, who the server says runs the queries, how
// long the last statement took (or how long the running one has run), and the row count.
class TabStatusBar : public QWidget
{
    Q_OBJECT
public:
    explicit TabStatusBar(QWidget *parent = nullptr);

    void setSession(Session *session);   // for the "Running… 3.2 s" clock; may be nullptr
    // alert: a state the person must notice (connection lost, not connected).
    void setState(const QString &text, bool alert = false, const QString &toolTip = {});
    void setIdentity(const SessionIdentity &identity, bool oracle);
    void clearIdentity();
    // The connection the identity was read from is gone: keep it, but do not pass it off as live.
    void setIdentityStale(bool stale);
    void setRunning(bool running);
    void setOutcomeText(const QString &text);
    void setRowsText(const QString &text);

private:
    QPointer<Session> m_session;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_identityLabel = nullptr;
    QLabel *m_elapsedLabel = nullptr;
    QLabel *m_rowsLabel = nullptr;
    QTimer *m_clock = nullptr;
};
