#pragma once
#include "results/rowbatch.h"

#include <QObject>
#include <QPointer>

class MessageLog;
class QueryOutput;
class Session;
struct RunInFlight;
struct StatementOutcome;

// Where a run's result sets go: each one that returns rows gets its result page (numbered for
// a script, up to the limit the person set), its rows as they stream, its row count on the
// page's title, and the fetch-more bar when it paused at the cap.
class RunResults : public QObject
{
    Q_OBJECT
public:
    RunResults(QueryOutput *output, MessageLog *messages, RunInFlight *run, QObject *parent);

    void setSession(Session *session);   // nullptr: detach
    void begin();                        // a new run: one empty Results page
    void statementFinished(const StatementOutcome &outcome);
    void fetchMore();                    // the paused result: another cap's worth
    void fetchAll();

signals:
    void rowsChanged();
    void firstResult();                  // the run's first result set began: show it

private:
    void onColumns(const ResultColumns &columns);
    void onRows(const RowBatchPtr &batch);

    QueryOutput *m_output;
    MessageLog *m_messages;
    RunInFlight *m_run;
    QPointer<Session> m_session;
};
