#include "query/closeguard.h"

#include "connection/session.h"
#include "query/messagelog.h"
#include "common/tabformat.h"

#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

namespace {
const QString kCommit = QStringLiteral("COMMIT");
const QString kRollback = QStringLiteral("ROLLBACK");
}

CloseGuard::CloseGuard(QWidget *tab, MessageLog *messages)
    : QObject(tab)
    , m_tab(tab)
    , m_messages(messages)
{
}

bool CloseGuard::isPending() const
{
    return !m_box.isNull() || m_waitingFor != Ending::None;
}

void CloseGuard::request(Session *session)
{
    if (isPending()) {
        // The first request's answer is still to come; a second box would answer twice.
        if (m_box) {
            m_box->raise();
            m_box->activateWindow();
        }
        return;
    }
    const bool lost = session && session->state() == Session::State::Broken;
    if (!session || !session->hasOpenTransaction() || lost) {
        // Nothing to lose (a lost connection took its transaction with it, and the tab said so).
        QTimer::singleShot(0, this, [this] { emit approved(); });
        return;
    }
    ask(session);
}

void CloseGuard::ask(Session *session)
{
    m_session = session;
    const bool failed = session->transactionState() == TransactionState::Failed;
    const QString since = TabFormat::clockTime(session->transactionSince());
    auto *box = new QMessageBox(QMessageBox::Question, tr("Open Transaction"),
                                failed ? tr("The transaction open in this tab since %1 has failed. "
                                            "It can only be rolled back.").arg(since)
                                       : tr("This tab has a transaction open since %1. "
                                            "Commit it or roll it back before closing the tab?").arg(since),
                                QMessageBox::NoButton, m_tab);
    box->setObjectName(QStringLiteral("closeTransactionBox"));
    box->setInformativeText(tr("Cancel keeps the tab and its transaction open."));
    QPushButton *commit = nullptr;
    if (!failed) {
        commit = box->addButton(tr("Commit"), QMessageBox::AcceptRole);
        commit->setObjectName(QStringLiteral("commitButton"));
    }
    QPushButton *rollback = box->addButton(tr("Rollback"), QMessageBox::DestructiveRole);
    rollback->setObjectName(QStringLiteral("rollbackButton"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    // Enter must not decide the fate of someone's work by accident.
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    connect(box, &QDialog::finished, this, [this, box, commit, rollback] {
        QAbstractButton *clicked = box->clickedButton();
        box->deleteLater();
        m_box.clear();
        if (clicked && clicked == commit)
            onChoice(Ending::Commit);
        else if (clicked && clicked == rollback)
            onChoice(Ending::Rollback);
        else
            onChoice(Ending::None);
    });
    m_box = box;
    box->open();
}

void CloseGuard::onChoice(Ending choice)
{
    Session *s = m_session;
    if (choice == Ending::None || !s) {
        finish(false);
        return;
    }
    m_waitingFor = choice;
    m_commitOfFailed = false;
    connect(s, &Session::statementStarted, this, &CloseGuard::onStatementStarted);
    connect(s, &Session::statementFinished, this, &CloseGuard::onStatementFinished);
    connect(s, &QObject::destroyed, this, [this] { finish(false); });
    emit endTransactionRequested(choice == Ending::Commit);
}

void CloseGuard::onStatementStarted(int, const QString &sql)
{
    // A statement still running when Commit was chosen may fail and leave the transaction
    // failed; the server then answers COMMIT with a ROLLBACK, without an error.
    if (m_waitingFor == Ending::Commit && sql == kCommit && m_session)
        m_commitOfFailed = m_session->transactionState() == TransactionState::Failed;
}

void CloseGuard::onStatementFinished(const StatementOutcome &outcome)
{
    const bool commit = m_waitingFor == Ending::Commit;
    if (m_waitingFor == Ending::None || outcome.sql != (commit ? kCommit : kRollback))
        return;   // the outcome of what ran before
    if (commit) {
        if (m_commitOfFailed)
            m_messages->appendError(tr("The transaction had failed, so the server rolled it back instead of "
                            "committing it. The tab stays open."));
        else if (!outcome.ok)
            m_messages->appendError(tr("COMMIT failed; the tab stays open."));
        finish(outcome.ok && !m_commitOfFailed);
    } else {
        // A ROLLBACK that fails because the connection is gone has nothing left to roll back.
        finish(outcome.ok || outcome.error.connectionLost);
    }
}

void CloseGuard::finish(bool approve)
{
    if (Session *s = m_session)
        disconnect(s, nullptr, this, nullptr);
    m_session.clear();
    m_waitingFor = Ending::None;
    if (approve)
        emit approved();
    else
        emit refused();
}
