#pragma once
#include "connection/session.h"
#include "results/resultbuffer.h"

#include <QList>
#include <QObject>

// Records everything a Session reports, the way a tab would see it: the rows of the latest
// result in a ResultBuffer, every statement outcome, open errors and closing.
class SessionProbe : public QObject
{
    Q_OBJECT
public:
    explicit SessionProbe(Session *session);

    ResultBuffer rows;
    QList<StatementOutcome> outcomes;
    QList<SqlErrorInfo> openErrors;
    int batches = 0;
    int scriptsFinished = 0;
    bool isOpen = false;
    bool isClosed = false;

    // Waits (event loop running) until the session reported `count` outcomes in total.
    bool waitForOutcomes(int count, int timeoutMs = 30000);
    bool waitForOpen(int timeoutMs = 30000);        // opened or failed
    bool waitForClosed(int timeoutMs = 30000);
    StatementOutcome last() const { return outcomes.isEmpty() ? StatementOutcome() : outcomes.last(); }
    QString cell(qint64 row, int column) const { return rows.text(row, column); }
};
