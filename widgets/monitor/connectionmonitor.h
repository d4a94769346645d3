#pragma once
#include <QWidget>

class ConnectionManager;
class QPlainTextEdit;
class QLabel;
class QTableView;
struct ConnectionEvent;

// The connection monitor dock: every live session (profile, tab, user, state, backend, since,
// last activity, transaction) and the event log (logins, connects, reconnects, cancels, closes),
// with the budget in use — so nobody has to wonder what Tessera holds open on their server.
class ConnectionMonitor : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionMonitor(ConnectionManager *manager, QWidget *parent = nullptr);

private:
    void appendEvent(const ConnectionEvent &event);
    void updateSummary();

    ConnectionManager *m_manager;
    QLabel *m_summary;
    QTableView *m_sessions;
    QPlainTextEdit *m_log;
};
