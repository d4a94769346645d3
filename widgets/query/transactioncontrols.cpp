#include "query/transactioncontrols.h"

#include "connection/session.h"
#include "common/tabformat.h"

#include <QAction>
#include <QLabel>
#include <QToolBar>

namespace {
const QString kPill = QStringLiteral("QLabel { border-radius: 3px; padding: 2px 8px; margin-left: 6px; %1 }");
}

TransactionControls::TransactionControls(QToolBar *toolBar)
    : QObject(toolBar)
{
    toolBar->addSeparator();
    m_autoCommit = toolBar->addAction(tr("Auto-commit"));
    m_autoCommit->setObjectName(QStringLiteral("autoCommitAction"));
    m_autoCommit->setCheckable(true);
    m_autoCommit->setChecked(true);
    m_autoCommit->setToolTip(tr("On: every statement commits by itself.\n"
                                "Off: the first statement opens a transaction that stays open "
                                "until Commit or Rollback."));
    m_commit = toolBar->addAction(tr("Commit"), this, &TransactionControls::commitRequested);
    m_commit->setObjectName(QStringLiteral("commitAction"));
    m_commit->setToolTip(tr("Commit the open transaction"));
    m_rollback = toolBar->addAction(tr("Rollback"), this, &TransactionControls::rollbackRequested);
    m_rollback->setObjectName(QStringLiteral("rollbackAction"));
    m_rollback->setToolTip(tr("Roll back the open transaction"));
    m_label = new QLabel(toolBar);
    m_label->setObjectName(QStringLiteral("transactionLabel"));
    toolBar->addWidget(m_label);

    connect(m_autoCommit, &QAction::toggled, this, [this](bool on) {
        if (m_session)
            m_session->setAutoCommit(on);
        refresh();
    });
    refresh();
}

void TransactionControls::setSession(Session *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session) {
        // The tab's choice wins: it may have been made before the session arrived.
        session->setAutoCommit(m_autoCommit->isChecked());
        connect(session, &Session::transactionChanged, this, &TransactionControls::refresh);
        connect(session, &Session::stateChanged, this, &TransactionControls::refresh);
    }
    refresh();
}

void TransactionControls::refresh()
{
    Session *s = m_session;
    const Session::State state = s ? s->state() : Session::State::Closed;
    const bool usable = state == Session::State::Idle;
    const bool open = s && s->hasOpenTransaction();
    const bool failed = s && s->transactionState() == TransactionState::Failed;
    const bool lost = state == Session::State::Broken;
    // COMMIT of a failed transaction is a silent ROLLBACK on the server: do not offer it.
    m_commit->setEnabled(usable && open && !failed);
    m_rollback->setEnabled(usable && open);

    if (!s) {
        showLabel(QString(), QString(), QString());
    } else if (open && lost) {
        showLabel(tr("Transaction lost with the connection"), QStringLiteral("background: #c62828; color: white;"),
                  tr("The server rolled back what the transaction held when the connection dropped."));
    } else if (failed) {
        showLabel(tr("Transaction failed — roll back"), QStringLiteral("background: #c62828; color: white;"),
                  tr("A statement failed inside the transaction; the server ignores everything "
                     "until Rollback. Open since %1.").arg(TabFormat::clockTime(s->transactionSince())));
    } else if (open) {
        showLabel(tr("Transaction open since %1").arg(TabFormat::clockTime(s->transactionSince())),
                  QStringLiteral("background: #ffc857; color: #4a2f00;"),
                  tr("Changes are not visible to others, and locks are held, until Commit or Rollback."));
    } else if (m_autoCommit->isChecked()) {
        // Not "Auto-commit" again: the toggle beside it already says that.
        showLabel(tr("Each statement commits"), QStringLiteral("color: palette(mid);"),
                  tr("Auto-commit is on: every statement commits by itself."));
    } else {
        showLabel(tr("No open transaction"), QStringLiteral("color: palette(mid);"),
                  tr("Manual commit: the next statement opens a transaction."));
    }
}

void TransactionControls::showLabel(const QString &text, const QString &style, const QString &toolTip)
{
    // Style first: the size the toolbar gives the label is taken from the text set after it.
    m_label->setStyleSheet(kPill.arg(style));
    m_label->setText(text);
    m_label->setToolTip(toolTip);
}
