#include "query/runpreparation.h"

#include "query/bindvaluesdialog.h"
#include "query/messagelog.h"
#include "sql/runplanner.h"
#include "query/sqleditor.h"

#include <QLocale>
#include <QPromise>
#include <QThreadPool>

#include <memory>

namespace {
// Its own pool of one thread: a long check must never hold up the global pool, where
// cancel requests (PQcancel) of every tab are sent from.
QThreadPool *checkPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;   // lives as long as the program: tasks finish on their own
        p->setMaxThreadCount(1);
        return p;
    }();
    return pool;
}
} // namespace

RunPreparation::RunPreparation(SqlEditor *editor, MessageLog *messages, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_editor(editor)
    , m_messages(messages)
    , m_dialogParent(dialogParent)
    , m_watcher(new QFutureWatcher<RunPlan>(this))
{
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this] {
        if (!m_checking)
            return;   // abandoned
        setChecking(false);
        const QFuture<RunPlan> future = m_watcher->future();
        if (future.resultCount() > 0)
            proceed(future.result(), std::exchange(m_checkedText, {}));
    });
}

RunPreparation::~RunPreparation() = default;

BindValuesDialog *RunPreparation::dialog() const
{
    return m_dialog;
}

void RunPreparation::prepare(const RunRequest &request)
{
    if (m_dialog) {   // still asking for the previous run's values
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    if (m_checking) {
        m_messages->appendInfo(tr("Still checking the SQL before sending it; Esc stops that."));
        return;
    }
    m_editor->clearErrorMarks();
    if (request.text.size() < backgroundFromChars) {
        proceed(RunPlanner::plan(request), request.text);
        return;
    }
    if (request.wholeScript) {
        m_messages->appendInfo(tr("Checking %1 lines of SQL before sending them…")
                                   .arg(QLocale().toString(request.text.count(u'\n') + 1)));
    }
    m_checkedText = request.text;
    auto promise = std::make_shared<QPromise<RunPlan>>();
    m_watcher->setFuture(promise->future());
    setChecking(true);
    checkPool()->start([promise, request] {
        promise->start();
        promise->addResult(RunPlanner::plan(request));
        promise->finish();
    });
}

void RunPreparation::abandon()
{
    if (!m_checking)
        return;
    setChecking(false);   // the check runs to its end; its plan is dropped
    m_checkedText.clear();
    m_messages->appendInfo(tr("Run stopped while the SQL was being checked: nothing was sent."));
}

void RunPreparation::setChecking(bool checking)
{
    if (m_checking == checking)
        return;
    m_checking = checking;
    emit checkingChanged(checking);
}

void RunPreparation::proceed(const RunPlan &plan, const QString &runText)
{
    if (!plan.splitWarning.isEmpty())
        m_messages->appendInfo(plan.splitWarning);
    if (plan.statements.isEmpty())
        return;
    // Before anything is sent: a typo in the last statement of a script must not leave the
    // first ones run and the rest not. (After a background check the person may have typed
    // on; the mark goes where the error was in the text that was checked.)
    if (const auto &problem = plan.problem) {
        m_editor->markErrorAtOffset(problem->offset, problem->message);
        const QString where = plan.statements.size() > 1 ? tr("#%1: ").arg(problem->statementIndex + 1) : QString();
        m_messages->appendError(where + tr("Syntax error before sending: %1").arg(problem->message));
        emit syntaxError(tr("Syntax error, nothing sent"));
        return;
    }
    if (plan.bindNames.isEmpty()) {
        emit ready(plan.statements, {}, runText);
        return;
    }
    auto *dialog = new BindValuesDialog(plan.bindNames, m_values, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, statements = plan.statements, runText] {
        const QVariantMap values = dialog->values();
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            m_values.insert(it.key(), it.value());
        emit ready(statements, values, runText);
    });
    m_dialog = dialog;
    dialog->open();
}
