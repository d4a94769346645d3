#include "querytab.h"

#include "colortagpicker.h"
#include "connection/connectionmanager.h"
#include "connection/session.h"
#include "messagelog.h"
#include "results/resultmodel.h"
#include "resultview.h"
#include "sqleditor.h"
#include "tesseraresources.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace {

QString formatMs(qint64 ms)
{
    if (ms < 1000)
        return QueryTab::tr("%1 ms").arg(ms);
    if (ms < 60000)
        return QueryTab::tr("%1 s").arg(QLocale().toString(ms / 1000.0, 'f', 1));
    return QueryTab::tr("%1 min %2 s").arg(ms / 60000).arg((ms % 60000) / 1000);
}

// Spelled out rather than tr("%n row(s)"): without an English .qm that would show "row(s)".
QString rowsText(qint64 rows)
{
    return rows == 1 ? QueryTab::tr("1 row") : QueryTab::tr("%L1 rows").arg(rows);
}

} // namespace

QueryTab::QueryTab(Session *session, ConnectionManager *manager, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_manager(manager)
{
    const ConnectionProfile &profile = session->profile();
    m_profileId = profile.id;
    m_title = Dialects::needsLogin(profile.dialect)
                  ? tr("%1 — %2").arg(profile.name, session->userName())
                  : profile.name;
    m_icon = ColorTagPicker::swatchIcon(profile.colorTag);
    buildUi();
    m_editor->setDialect(profile.dialect);
    connectSession();
    updateIdentity();
    updateStatus();
    if (session->state() == Session::State::Idle)
        m_messages->appendInfo(tr("Connected."));
}

QueryTab::~QueryTab()
{
    // Not releaseSession(): that updates widgets and emits stateChanged, which a window that
    // is itself being destroyed must not receive.
    if (Session *s = m_session) {
        disconnect(s, nullptr, this, nullptr);
        if (m_manager)
            m_manager->closeSession(s);
    }
}

void QueryTab::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_toolBar = new QToolBar(this);
    m_toolBar->setIconSize(QSize(18, 18));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // No shortcuts here: the window's Query menu owns Ctrl+Enter / F5 / Esc, and the same keys
    // on every tab's actions would be ambiguous.
    m_runAction = m_toolBar->addAction(TesseraResources::icon(QStringLiteral("run")), tr("Run"),
                                       this, &QueryTab::runStatement);
    m_runAction->setToolTip(tr("Run the statement at the cursor, or the selection (Ctrl+Enter)"));
    m_scriptAction = m_toolBar->addAction(TesseraResources::icon(QStringLiteral("run-script")),
                                          tr("Run Script"), this, &QueryTab::runScript);
    m_scriptAction->setToolTip(tr("Run every statement in the editor (F5)"));
    m_cancelAction = m_toolBar->addAction(TesseraResources::icon(QStringLiteral("cancel")), tr("Cancel"),
                                          this, &QueryTab::cancel);
    m_cancelAction->setToolTip(tr("Cancel the running statement (Esc)"));
    layout->addWidget(m_toolBar);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    m_editor = new SqlEditor(splitter);
    m_editor->setObjectName(QStringLiteral("editor"));
    connect(m_editor, &SqlEditor::runStatementRequested, this, &QueryTab::runStatement);
    connect(m_editor, &SqlEditor::runScriptRequested, this, &QueryTab::runScript);
    connect(m_editor, &SqlEditor::cancelRequested, this, &QueryTab::cancel);

    m_output = new QTabWidget(splitter);
    m_output->setDocumentMode(true);
    auto *resultsPage = new QWidget(m_output);
    auto *resultsLayout = new QVBoxLayout(resultsPage);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->setSpacing(0);
    m_model = new ResultModel(this);
    m_resultView = new ResultView(resultsPage);
    m_resultView->setObjectName(QStringLiteral("resultView"));
    m_resultView->setModel(m_model);
    resultsLayout->addWidget(m_resultView, 1);

    m_pausedBar = new QWidget(resultsPage);
    auto *pausedLayout = new QHBoxLayout(m_pausedBar);
    pausedLayout->setContentsMargins(6, 3, 6, 3);
    m_pausedLabel = new QLabel(m_pausedBar);
    auto *more = new QPushButton(tr("Fetch More"), m_pausedBar);
    auto *all = new QPushButton(tr("Fetch All"), m_pausedBar);
    connect(more, &QPushButton::clicked, this, &QueryTab::fetchMore);
    connect(all, &QPushButton::clicked, this, &QueryTab::fetchAll);
    pausedLayout->addWidget(m_pausedLabel, 1);
    pausedLayout->addWidget(more);
    pausedLayout->addWidget(all);
    m_pausedBar->hide();
    resultsLayout->addWidget(m_pausedBar);
    m_output->addTab(resultsPage, tr("Results"));

    m_messages = new MessageLog(m_output);
    m_messages->setObjectName(QStringLiteral("messages"));
    m_output->addTab(m_messages, tr("Messages"));
    splitter->addWidget(m_editor);
    splitter->addWidget(m_output);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    auto *status = new QWidget(this);
    status->setObjectName(QStringLiteral("tabStatus"));
    auto *statusLayout = new QHBoxLayout(status);
    statusLayout->setContentsMargins(8, 3, 8, 3);
    statusLayout->setSpacing(16);
    m_stateLabel = new QLabel(status);
    m_stateLabel->setObjectName(QStringLiteral("stateLabel"));
    m_identityLabel = new QLabel(status);
    m_identityLabel->setObjectName(QStringLiteral("identityLabel"));
    m_elapsedLabel = new QLabel(status);
    m_elapsedLabel->setObjectName(QStringLiteral("elapsedLabel"));
    m_rowsLabel = new QLabel(status);
    m_rowsLabel->setObjectName(QStringLiteral("rowsLabel"));
    statusLayout->addWidget(m_stateLabel);
    statusLayout->addWidget(m_identityLabel);
    statusLayout->addStretch(1);
    statusLayout->addWidget(m_elapsedLabel);
    statusLayout->addWidget(m_rowsLabel);
    layout->addWidget(status);

    m_elapsedTimer = new QTimer(this);
    m_elapsedTimer->setInterval(100);
    connect(m_elapsedTimer, &QTimer::timeout, this, [this] {
        if (m_session)
            m_elapsedLabel->setText(tr("Running… %1").arg(formatMs(m_session->busyForMs())));
    });
    setFocusProxy(m_editor);
}

void QueryTab::connectSession()
{
    Session *s = m_session;
    connect(s, &Session::stateChanged, this, &QueryTab::updateStatus);
    connect(s, &Session::identityChanged, this, &QueryTab::updateIdentity);
    connect(s, &Session::opened, this, [this] { m_messages->appendInfo(tr("Connected.")); });
    connect(s, &Session::openFailed, this, &QueryTab::onOpenFailed);
    connect(s, &Session::resultColumns, this, [this](const ResultColumns &columns) {
        m_model->reset(columns);
        m_pausedBar->hide();
        updateRowCount();
        if (!m_runShowedError)
            m_output->setCurrentIndex(0);
    });
    connect(s, &Session::rowsFetched, this, [this](const RowBatchPtr &batch) {
        m_model->appendBatch(batch);
        updateRowCount();
    });
    connect(s, &Session::statementFinished, this, &QueryTab::onStatementFinished);
    connect(s, &Session::scriptFinished, this, [this](int succeeded, int failed, qint64 ms) {
        if (m_runCount > 1)
            m_messages->appendInfo(tr("Script finished: %1 succeeded, %2 failed, in %3.")
                                       .arg(succeeded).arg(failed).arg(formatMs(ms)));
    });
    connect(s, &Session::closed, this, [this] {
        m_messages->appendInfo(tr("Connection closed."));
        updateStatus();
    });
}

Session *QueryTab::session() const
{
    return m_session;
}

bool QueryTab::isBusy() const
{
    return m_session && m_session->isBusy();
}

bool QueryTab::canRun() const
{
    if (!m_session)
        return false;
    const Session::State s = m_session->state();
    return s == Session::State::Idle || s == Session::State::Broken;
}

void QueryTab::runStatement()
{
    const EditorStatement statement = m_editor->statementAtCursor();
    if (statement.text.trimmed().isEmpty())
        return;
    run({statement});
}

void QueryTab::runScript()
{
    QString warning;
    const QList<EditorStatement> statements = m_editor->statements(&warning);
    if (!warning.isEmpty() && canRun())
        m_messages->appendInfo(warning);
    run(statements);
}

void QueryTab::run(const QList<EditorStatement> &statements)
{
    if (statements.isEmpty())
        return;
    if (!canRun()) {
        if (!m_session)
            m_messages->appendError(tr("This tab has no connection any more. Open a new tab to run SQL."));
        else if (m_session->isBusy())
            m_messages->appendInfo(tr("A statement is still running; cancel it first (Esc)."));
        else
            m_messages->appendInfo(tr("Not connected yet (%1).").arg(Session::stateText(m_session->state())));
        return;
    }
    m_editor->clearErrorMarks();
    m_model->clear();
    m_pausedBar->hide();
    m_runOffsets.clear();
    QStringList texts;
    for (const EditorStatement &s : statements) {
        m_runOffsets.append(s.offset);
        texts.append(s.text);
    }
    m_runText = m_editor->text();
    m_runCount = int(texts.size());
    m_runShowedError = false;
    updateRowCount();
    if (texts.size() == 1)
        m_session->execute(texts.first());
    else
        m_session->executeScript(texts);
}

void QueryTab::cancel()
{
    if (isBusy())
        m_session->cancel();
}

void QueryTab::fetchMore()
{
    if (m_session) {
        m_pausedBar->hide();
        m_session->fetchMore();
    }
}

void QueryTab::fetchAll()
{
    if (m_session) {
        m_pausedBar->hide();
        m_session->fetchAll();
    }
}

void QueryTab::onStatementFinished(const StatementOutcome &o)
{
    const QString where = m_runCount > 1 ? tr("#%1: ").arg(o.index + 1) : QString();
    const QString time = formatMs(o.elapsedMs);
    m_elapsedLabel->setText(time);
    if (o.cancelled) {
        m_messages->appendError(where + tr("Cancelled after %1.").arg(time));
        showMessages();
    } else if (!o.ok) {
        QString text = where + tr("ERROR: %1").arg(o.error.message.trimmed());
        if (!o.error.detail.isEmpty())
            text += u'\n' + tr("DETAIL: %1").arg(o.error.detail);
        if (!o.error.hint.isEmpty())
            text += u'\n' + tr("HINT: %1").arg(o.error.hint);
        m_messages->appendError(text);
        if (o.error.position > 0 && o.index < m_runOffsets.size() && m_editor->text() == m_runText)
            m_editor->markErrorAtOffset(m_runOffsets.at(o.index) + o.error.position - 1, o.error.message.trimmed());
        m_runShowedError = true;
        showMessages();
    } else if (o.hasResultSet) {
        m_messages->appendInfo(where + (o.paused ? tr("OK, first %1 in %2 (more available)") : tr("OK, %1 in %2"))
                                           .arg(rowsText(o.rowsFetched), time));
        if (o.paused) {
            m_pausedLabel->setText(tr("Showing the first %L1 rows; the rest is still on the server.").arg(o.rowsFetched));
            m_pausedBar->show();
        }
    } else if (o.rowsAffected >= 0) {
        m_messages->appendInfo(where + tr("OK, %1 affected in %2").arg(rowsText(o.rowsAffected), time));
    } else {
        m_messages->appendInfo(where + tr("OK in %1").arg(time));
    }
    if (!o.ok && o.error.connectionLost)
        m_messages->appendError(tr("The connection to the server was lost."));
    updateRowCount();
}

void QueryTab::onOpenFailed(const SqlErrorInfo &error)
{
    m_messages->appendError(tr("Could not connect: %1").arg(error.message.trimmed()));
    showMessages();
    updateStatus();
}

void QueryTab::releaseSession()
{
    Session *s = m_session;
    if (!s)
        return;
    m_elapsedTimer->stop();
    disconnect(s, nullptr, this, nullptr);
    m_session.clear();
    if (m_manager)
        m_manager->closeSession(s);
    updateStatus();
}

void QueryTab::updateStatus()
{
    const bool busy = isBusy();
    m_stateLabel->setText(m_session ? Session::stateText(m_session->state()) : tr("Closed"));
    if (busy && !m_elapsedTimer->isActive()) {
        m_elapsedLabel->setText(tr("Running…"));
        m_elapsedTimer->start();
    } else if (!busy) {
        m_elapsedTimer->stop();
    }
    m_runAction->setEnabled(canRun());
    m_scriptAction->setEnabled(canRun());
    m_cancelAction->setEnabled(busy);
    emit stateChanged();
}

void QueryTab::updateIdentity()
{
    if (!m_session)
        return;
    const SessionIdentity id = m_session->identity();
    if (id.currentUser.isEmpty() && id.backendId.isEmpty()) {
        m_identityLabel->clear();
        return;
    }
    QString text = id.currentUser;
    if (!id.backendId.isEmpty())
        text += tr(" @ pid %1").arg(id.backendId);
    m_identityLabel->setText(text);
    QStringList tip;
    if (!id.sessionUser.isEmpty())
        tip << tr("Session user: %1").arg(id.sessionUser);
    if (!id.proxyUser.isEmpty())
        tip << tr("Proxy user: %1").arg(id.proxyUser);
    if (!id.currentSchema.isEmpty())
        tip << tr("Schema: %1").arg(id.currentSchema);
    if (!id.serverVersion.isEmpty())
        tip << tr("Server: %1").arg(id.serverVersion);
    m_identityLabel->setToolTip(tip.join(u'\n'));
}

void QueryTab::updateRowCount()
{
    const qint64 rows = m_model->buffer().rowCount();
    m_rowsLabel->setText(m_model->columnCount() == 0 ? QString() : rowsText(rows));
}

void QueryTab::showMessages()
{
    m_output->setCurrentWidget(m_messages);
}
