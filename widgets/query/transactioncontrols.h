#pragma once
#include <QObject>
#include <QPointer>

class QAction;
class QLabel;
class QToolBar;
class Session;

// The transaction part of a tab's toolbar: the Auto-commit toggle, Commit and Rollback, and a
// label that always says whether a transaction is open and since when. The state comes from
// the server (PQtransactionStatus after every statement), so a BEGIN typed in the editor
// shows up the same as one opened by manual-commit mode.
class TransactionControls : public QObject
{
    Q_OBJECT
public:
    explicit TransactionControls(QToolBar *toolBar);

    void setSession(Session *session);   // nullptr: everything disabled
    void refresh();

    QAction *autoCommitAction() const { return m_autoCommit; }
    QAction *commitAction() const { return m_commit; }
    QAction *rollbackAction() const { return m_rollback; }
    QLabel *label() const { return m_label; }

signals:
    // The tab ends the transaction itself: it has to know its next outcome is not a run's.
    void commitRequested();
    void rollbackRequested();

private:
    void showLabel(const QString &text, const QString &style, const QString &toolTip);

    QPointer<Session> m_session;
    QAction *m_autoCommit = nullptr;
    QAction *m_commit = nullptr;
    QAction *m_rollback = nullptr;
    QLabel *m_label = nullptr;
};
