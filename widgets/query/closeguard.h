#pragma once
#include <QObject>
#include <QPointer>

class MessageLog;
class QMessageBox;
class QWidget;
class Session;
struct StatementOutcome;

// Stands between "close this tab" and an open transaction. It asks Commit / Rollback / Cancel,
// waits for the server to confirm the COMMIT or ROLLBACK, and only then approves. Nothing is
// committed or thrown away without the person choosing it, and a COMMIT the server refuses
// keeps the tab (and its error) on screen.
class CloseGuard : public QObject
{
    Q_OBJECT
public:
    // messages: where the guard says what the person must read (the server's own errors arrive
    // there anyway, with the outcome).
    CloseGuard(QWidget *tab, MessageLog *messages);

    void request(Session *session);
    bool isPending() const;

signals:
    void approved();
    void refused();
    // The guard does not end the transaction itself: the tab does, so that it knows the next
    // outcome belongs to the COMMIT / ROLLBACK and not to the run before.
    void endTransactionRequested(bool commit);

private:
    enum class Ending { None, Commit, Rollback };

    void ask(Session *session);
    void onChoice(Ending choice);
    void onStatementStarted(int index, const QString &sql);
    void onStatementFinished(const StatementOutcome &outcome);
    void finish(bool approve);

    QWidget *m_tab;
    MessageLog *m_messages;
    QPointer<Session> m_session;
    QPointer<QMessageBox> m_box;
    Ending m_waitingFor = Ending::None;
    bool m_commitOfFailed = false;
};
