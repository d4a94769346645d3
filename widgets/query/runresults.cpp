#include "query/runresults.h"

#include "connection/session.h"
#include "query/messagelog.h"
#include "query/queryoutput.h"
#include "query/runinflight.h"
#include "results/fetchpausedbar.h"
#include "results/resultmodel.h"
#include "results/resultpage.h"

RunResults::RunResults(QueryOutput *output, MessageLog *messages, RunInFlight *run, QObject *parent)
    : QObject(parent)
    , m_output(output)
    , m_messages(messages)
    , m_run(run)
{
}

void RunResults::setSession(Session *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (!session)
        return;
    connect(session, &Session::statementStarted, this, [this](int index, const QString &sql) {
        m_run->statementIndex = index;
        m_run->statementText = sql;
    });
    connect(session, &Session::resultColumns, this, &RunResults::onColumns);
    connect(session, &Session::rowsFetched, this, &RunResults::onRows);
}

void RunResults::begin()
{
    m_output->clearResults();
}

void RunResults::onColumns(const ResultColumns &columns)
{
    m_run->result = m_output->beginResult(m_run->statementIndex + 1, m_run->statementText, m_run->isScript());
    if (!m_run->result) {
        if (!m_run->toldAboutLimit) {
            m_run->toldAboutLimit = true;
            m_messages->appendWarning(tr("#%1 and later results are not shown: a run shows at most %2 result "
                                         "tabs (Query → Result Tabs per Run…).")
                                          .arg(m_run->statementIndex + 1).arg(QueryOutput::resultTabLimit()));
        }
        return;
    }
    m_run->result->model()->reset(columns);
    m_run->result->pausedBar()->clear();
    // The first result of a run is shown at once; later ones wait on their tabs.
    const bool first = !m_run->hadResult;
    m_run->hadResult = true;
    emit rowsChanged();
    if (first)
        emit firstResult();
}

void RunResults::onRows(const RowBatchPtr &batch)
{
    if (!m_run->result)
        return;   // past the result tab limit: not kept
    m_run->result->model()->appendBatch(batch);
    emit rowsChanged();
}

void RunResults::statementFinished(const StatementOutcome &o)
{
    if (o.hasResultSet && m_run->result)
        m_output->setRowCount(m_run->result, o.rowsFetched, o.paused);
    // Only the run's last result stays open on the server; a script drops the others.
    if (o.ok && o.paused && m_run->result && o.index == m_run->statementCount - 1)
        m_run->result->pausedBar()->showPaused(o.rowsFetched);
}

void RunResults::fetchMore()
{
    // Only while a result is paused: the session has nothing to continue otherwise. Cleared at
    // once, so a second click while the rows come in does not ask twice.
    FetchPausedBar *bar = m_output->currentResult()->pausedBar();
    if (m_session && bar->isPaused())
        m_session->fetchMore();
    bar->clear();
}

void RunResults::fetchAll()
{
    FetchPausedBar *bar = m_output->currentResult()->pausedBar();
    if (m_session && bar->isPaused())
        m_session->fetchAll();
    bar->clear();
}
