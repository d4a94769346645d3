#include "query/querytab.h"

#include "query/closeguard.h"
#include "common/colortagpicker.h"
#include "connection/connectionmanager.h"
#include "connection/session.h"
#include "metadata/metadataservice.h"
#include "query/disconnectoffer.h"
#include "query/editorautosave.h"
#include "query/editorcompletion.h"
#include "results/fetchpausedbar.h"
#include "query/messagelog.h"
#include "query/outcomereport.h"
#include "query/queryoutput.h"
#include "query/runresults.h"
#include "query/querytoolbar.h"
#include "results/resultmodel.h"
#include "results/resultpage.h"
#include "results/resultview.h"
#include "sql/runplanner.h"
#include "query/runpreparation.h"
#include "query/sessioneventreporter.h"
#include "query/sqleditor.h"
#include "query/tabbanner.h"
#include "query/tabfile.h"
#include "query/findbar.h"
#include "common/tabformat.h"
#include "query/tabstatusbar.h"
#include "query/transactioncontrols.h"

#include <QAction>
#include <QSettings>
#include <QSplitter>
#include <QVBoxLayout>

QueryTab::QueryTab(Session *session, ConnectionManager *manager, QWidget *parent)
    : QueryTab(session->profile(), manager, parent)
{
    attachSession(session);
}

QueryTab::QueryTab(const ConnectionProfile &profile, ConnectionManager *manager, QWidget *parent)
    : QWidget(parent)
    , m_manager(manager)
    , m_profile(profile)
    , m_title(profile.name)
    , m_icon(ColorTagPicker::swatchIcon(profile.colorTag))
{
    buildUi();
    m_editor->setDialect(profile.dialect);
    m_autosave = new EditorAutosave(m_editor, this);
    m_completion = new EditorCompletion(m_editor, this);
    m_file = new TabFile(m_editor, m_banner, this);
    connect(m_file, &TabFile::changed, this, [this] { emit titleChanged(title()); });
    m_autosave->setProfile(profile.id, profile.name);
    m_autosave->watchAutoCommit(m_transactions->autoCommitAction());
    m_closeGuard = new CloseGuard(this, m_messages);
    connect(m_closeGuard, &CloseGuard::approved, this, &QueryTab::closeApproved);
    connect(m_closeGuard, &CloseGuard::refused, this, &QueryTab::closeRefused);
    connect(m_closeGuard, &CloseGuard::endTransactionRequested, this, &QueryTab::endTransaction);
    connect(m_banner, &TabBanner::buttonClicked, this, &QueryTab::connectRequested);
    m_events = new SessionEventReporter(m_banner, m_messages, this);
    connect(m_events, &SessionEventReporter::messagesWanted, this, &QueryTab::showMessages);
    connect(m_events, &SessionEventReporter::changed, this, &QueryTab::updateStatus);
    m_disconnectOffer = new DisconnectOffer(m_banner, m_messages, this);
    m_preparation = new RunPreparation(m_editor, m_messages, this);
    connect(m_preparation, &RunPreparation::ready, this, &QueryTab::send);
    connect(m_preparation, &RunPreparation::checkingChanged, this, &QueryTab::updateStatus);
    connect(m_preparation, &RunPreparation::syntaxError, this, [this](const QString &statusText) {
        m_status->setOutcomeText(statusText);
        showMessages();
    });
    m_banner->showMessage(tr("Not connected — connect to run the SQL in this tab."), TabBanner::Level::Info,
                          tr("Connect"));
    updateStatus();
}

QueryTab::~QueryTab()
{
    // Whatever was typed in the last second is still worth keeping (the program may be quitting).
    m_autosave->flushPending();
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

    m_toolBar = new QueryToolBar(this);
    connect(m_toolBar->runAction(), &QAction::triggered, this, &QueryTab::runStatement);
    connect(m_toolBar->scriptAction(), &QAction::triggered, this, &QueryTab::runScript);
    connect(m_toolBar->cancelAction(), &QAction::triggered, this, &QueryTab::cancel);
    m_transactions = m_toolBar->transactions();
    connect(m_transactions, &TransactionControls::commitRequested, this, &QueryTab::commit);
    connect(m_transactions, &TransactionControls::rollbackRequested, this, &QueryTab::rollback);
    layout->addWidget(m_toolBar);

    m_banner = new TabBanner(this);
    layout->addWidget(m_banner);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    m_editor = new SqlEditor(splitter);
    m_editor->setObjectName(QStringLiteral("editor"));
    m_findBar = new FindBar(m_editor, this);
    layout->addWidget(m_findBar);
    connect(m_editor, &SqlEditor::runStatementRequested, this, &QueryTab::runStatement);
    connect(m_editor, &SqlEditor::runScriptRequested, this, &QueryTab::runScript);
    connect(m_editor, &SqlEditor::cancelRequested, this, &QueryTab::cancel);

    m_output = new QueryOutput(splitter);
    m_messages = m_output->messages();
    m_results = new RunResults(m_output, m_messages, &m_run, this);
    connect(m_results, &RunResults::rowsChanged, this, &QueryTab::updateRowCount);
    connect(m_results, &RunResults::firstResult, this, [this] {
        if (!m_run.showedError)
            m_output->showResults();
    });
    connect(m_output, &QueryOutput::fetchMoreRequested, this, &QueryTab::fetchMore);
    connect(m_output, &QueryOutput::fetchAllRequested, this, &QueryTab::fetchAll);
    connect(m_output, &QTabWidget::currentChanged, this, &QueryTab::updateRowCount);
    splitter->addWidget(m_editor);
    splitter->addWidget(m_output);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    m_status = new TabStatusBar(this);
    layout->addWidget(m_status);
    setFocusProxy(m_editor);
}

void QueryTab::attachSession(Session *session)
{
    if (!session || m_session)
        return;
    m_session = session;
    m_released = false;
    m_profile = session->profile();
    m_autosave->setProfile(m_profile.id, m_profile.name);
    m_banner->hide();
    const QString title = Dialects::needsLogin(m_profile.dialect)
                              ? tr("%1 — %2").arg(m_profile.name, session->userName())
                              : m_profile.name;
    if (title != m_title) {
        m_title = title;
        emit titleChanged(this->title());
    }
    // Read per session, not once: the person may change it in the settings between tabs.
    const qint64 capMb = QSettings().value(QStringLiteral("results/fetchCapMB"), 256).toLongLong();
    session->setFetchCap((capMb > 0 ? capMb : 256) * 1024 * 1024);
    m_events->setSession(session);
    m_disconnectOffer->setSession(session);
    m_transactions->setSession(session);
    m_status->setSession(session);
    Session *s = session;
    connect(s, &Session::stateChanged, this, &QueryTab::updateStatus);
    connect(s, &Session::identityChanged, this, &QueryTab::updateIdentity);
    m_results->setSession(session);
    connect(s, &Session::statementFinished, this, &QueryTab::onStatementFinished);
    connect(s, &Session::scriptFinished, this, [this](int succeeded, int failed, qint64 ms) {
        if (m_run.isScript())
            m_messages->appendInfo(tr("Script finished: %1 succeeded, %2 failed, in %3.")
                                       .arg(succeeded).arg(failed).arg(TabFormat::duration(ms)));
    });
    updateIdentity();
    updateStatus();
    if (session->state() == Session::State::Idle)
        m_messages->appendInfo(tr("Connected."));
}

QString QueryTab::baseTitle() const
{
    // A tab on a file is named after it (the profile is in its tooltip and colour).
    return m_file && m_file->isBound() ? m_file->fileName() : m_title;
}

QString QueryTab::title() const
{
    const QString base = baseTitle() + (m_file && m_file->isModified() ? QStringLiteral("*") : QString());
    return m_titleNumber > 1 ? tr("%1 (%2)").arg(base).arg(m_titleNumber) : base;
}

void QueryTab::openFile(const QString &path, const QString &encoding)
{
    m_file->open(path, encoding);
}

void QueryTab::setTitleNumber(int number)
{
    if (number == m_titleNumber)
        return;
    m_titleNumber = number;
    emit titleChanged(title());
}

Session *QueryTab::session() const
{
    return m_session;
}

QTabWidget *QueryTab::outputTabs() const
{
    return m_output;
}

ResultView *QueryTab::resultView() const
{
    return m_output->currentResult()->view();
}

ResultModel *QueryTab::resultModel() const
{
    return m_output->currentResult()->model();
}

FetchPausedBar *QueryTab::fetchPausedBar() const
{
    return m_output->currentResult()->pausedBar();
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

bool QueryTab::hasOpenTransaction() const
{
    // A lost connection took its transaction with it: there is nothing left to commit or lose.
    return m_session && m_session->hasOpenTransaction() && m_session->state() != Session::State::Broken;
}

bool QueryTab::hasSomethingToAsk() const
{
    return hasOpenTransaction() || m_file->isModified();
}

void QueryTab::requestClose()
{
    if (m_file->isModified()) {
        // The file first: a tab whose text is not saved asks Save / Discard / Cancel, then the
        // transaction, if one is open.
        m_file->askBeforeClosing(this, [this](bool goOn) {
            if (goOn)
                m_closeGuard->request(m_session);
            else
                emit closeRefused();
        });
        return;
    }
    m_closeGuard->request(m_session);
}

void QueryTab::setStash(EditorStash *stash, const QString &id)
{
    m_autosave->setStash(stash, id);
}

QString QueryTab::stashId() const
{
    return m_autosave->id();
}

void QueryTab::saveStashNow()
{
    m_autosave->saveNow();
}

void QueryTab::discardStash()
{
    m_autosave->discard();
}

void QueryTab::runStatement()
{
    run(false);
}

void QueryTab::runScript()
{
    run(true);
}

bool QueryTab::explainCannotRun()
{
    if (canRun())
        return false;
    if (!m_session && m_released)
        m_messages->appendError(tr("This tab has no connection any more. Open a new tab to run SQL."));
    else if (!m_session)
        m_messages->appendInfo(tr("Not connected. Use Connect above the editor first."));
    else if (m_session->isBusy())
        m_messages->appendInfo(tr("A statement is still running; cancel it first (Esc)."));
    else
        m_messages->appendInfo(tr("Not connected yet (%1).").arg(Session::stateText(m_session->state())));
    return true;
}

void QueryTab::run(bool wholeScript)
{
    if (m_editor->length() == 0 || explainCannotRun())
        return;
    RunRequest request = m_editor->runRequest(wholeScript);
    request.serverVersion = m_session->identity().serverVersion;
    m_preparation->prepare(request);
}

void QueryTab::send(const QList<EditorStatement> &statements, const QVariantMap &binds, const QString &runText)
{
    if (explainCannotRun())   // the session may have gone while the bind dialog was up
        return;
    m_results->begin();
    m_run.reset();
    QStringList texts;
    for (const EditorStatement &s : statements) {
        m_run.offsets.append(s.offset);
        texts.append(s.text);
    }
    m_run.text = runText;
    m_run.statementCount = int(texts.size());
    if (statements.size() == 1 && m_editor->text() == runText)
        m_editor->flashRunRange(statements.first().offset, int(statements.first().text.size()));
    updateRowCount();
    if (texts.size() == 1)
        m_session->execute(texts.first(), binds);
    else
        m_session->executeScript(texts, true, binds);
}

void QueryTab::cancel()
{
    if (m_preparation->isChecking())
        m_preparation->abandon();
    else if (isBusy())
        m_session->cancel();
}

void QueryTab::fetchMore()
{
    m_results->fetchMore();
}

void QueryTab::fetchAll()
{
    m_results->fetchAll();
}

void QueryTab::commit()
{
    endTransaction(true);
}

void QueryTab::rollback()
{
    endTransaction(false);
}

void QueryTab::endTransaction(bool commit)
{
    if (!m_session)
        return;
    // The next outcome is the COMMIT's, not a statement of the editor: no error position.
    m_run.reset();
    m_run.statementCount = 1;
    m_run.endingTransaction = true;
    fetchPausedBar()->clear();   // the core drops a paused result before ending the transaction
    commit ? m_session->commit() : m_session->rollback();
}

void QueryTab::runWhenReady(const QString &sql)
{
    m_editor->setText(sql);
    if (canRun()) {
        runScript();
        return;
    }
    if (!m_session)
        return;
    auto *once = new QObject(this);
    connect(m_session, &Session::stateChanged, once, [this, once](Session::State state) {
        if (state == Session::State::Idle) {
            delete once;
            runScript();
        } else if (state == Session::State::Closed || state == Session::State::Disconnected) {
            delete once;
        }
    });
}

void QueryTab::onStatementFinished(const StatementOutcome &o)
{
    m_status->setOutcomeText(OutcomeReport::write(m_messages, o, m_run.isScript(), m_run.endingTransaction));
    m_results->statementFinished(o);
    if (o.ok && MetadataService::changesCatalog(m_profile.dialect, o.sql))
        emit catalogChanged();
    if (o.cancelled) {
        showMessages();
    } else if (!o.ok) {
        if (o.error.position > 0 && o.index < m_run.offsets.size() && m_editor->text() == m_run.text)
            m_editor->markErrorAtOffset(m_run.offsets.at(o.index) + o.error.position - 1, o.error.message.trimmed());
        m_run.showedError = true;
        showMessages();
        if (o.error.connectionLost)
            m_events->showConnectionLost(o.error.message);
    } else if (!o.paused && !o.hasResultSet && !m_run.hadResult) {
        // Nothing in the grid to look at: "OK, 3 rows affected" and notices are the answer.
        showMessages();
    }
    updateRowCount();
}

void QueryTab::releaseSession()
{
    Session *s = m_session;
    if (!s)
        return;
    disconnect(s, nullptr, this, nullptr);
    m_session.clear();
    m_released = true;
    m_transactions->setSession(nullptr);
    m_results->setSession(nullptr);
    m_events->setSession(nullptr);
    m_disconnectOffer->setSession(nullptr);
    m_status->setSession(nullptr);
    if (m_manager)
        m_manager->closeSession(s);
    updateStatus();
}

void QueryTab::logOutKeepingText()
{
    releaseSession();
    // Like a recovered tab: the text stays, and Connect logs in again (the login was forgotten).
    m_released = false;
    m_banner->showMessage(tr("Logged out — your SQL stays here. Connect to log in again and run it."),
                          TabBanner::Level::Info, tr("Connect"));
    updateStatus();
}

void QueryTab::updateStatus()
{
    const bool busy = isBusy();
    if (!m_session)
        m_status->setState(m_released ? tr("Closed") : tr("Not connected"), !m_released);
    else if (m_session->state() == Session::State::Broken)
        m_status->setState(tr("Connection lost — the next run reconnects"), true, m_banner->text());
    else if (m_preparation->isChecking())
        m_status->setState(tr("Checking the SQL before sending it"));
    else
        m_status->setState(Session::stateText(m_session->state()));
    m_status->setIdentityStale(m_session && m_session->state() == Session::State::Broken);
    m_status->setRunning(busy);
    m_toolBar->runAction()->setEnabled(canRun());
    m_toolBar->scriptAction()->setEnabled(canRun());
    m_toolBar->cancelAction()->setEnabled(busy || m_preparation->isChecking());
    emit stateChanged();
}

void QueryTab::updateIdentity()
{
    if (m_session)
        m_status->setIdentity(m_session->identity(), m_profile.dialect == Dialect::Oracle);
    else
        m_status->clearIdentity();
}

void QueryTab::updateRowCount()
{
    const ResultModel *model = m_output->shownResult()->model();
    m_status->setRowsText(model->columnCount() == 0 ? QString() : TabFormat::rows(model->fetchedRowCount()));
}

void QueryTab::showMessages()
{
    m_output->showMessages();
}
