#include "sessionprobe.h"

#include <QTest>

SessionProbe::SessionProbe(Session *session)
    : QObject(nullptr)   // owned by the test, so it outlives a session the manager deletes
{
    connect(session, &Session::opened, this, [this] { isOpen = true; });
    connect(session, &Session::openFailed, this, [this](const SqlErrorInfo &e) { openErrors.append(e); });
    connect(session, &Session::resultColumns, this, [this](const ResultColumns &c) { rows.reset(c); });
    connect(session, &Session::rowsFetched, this, [this](const RowBatchPtr &b) {
        rows.append(b);
        ++batches;
    });
    connect(session, &Session::statementFinished, this, [this](const StatementOutcome &o) { outcomes.append(o); });
    connect(session, &Session::scriptFinished, this, [this] { ++scriptsFinished; });
    connect(session, &Session::closed, this, [this] { isClosed = true; });
}

bool SessionProbe::waitForOutcomes(int count, int timeoutMs)
{
    return QTest::qWaitFor([&] { return outcomes.size() >= count; }, timeoutMs);
}

bool SessionProbe::waitForOpen(int timeoutMs)
{
    return QTest::qWaitFor([&] { return isOpen || !openErrors.isEmpty(); }, timeoutMs);
}

bool SessionProbe::waitForClosed(int timeoutMs)
{
    return QTest::qWaitFor([&] { return isClosed; }, timeoutMs);
}
