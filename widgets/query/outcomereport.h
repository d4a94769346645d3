#pragma once
#include <QCoreApplication>
#include <QString>

class MessageLog;
struct StatementOutcome;

// How a statement's outcome is told in the Messages pane: OK with rows and time, the server's
// error with its DETAIL and HINT, a cancel with how long it ran.
class OutcomeReport
{
    Q_DECLARE_TR_FUNCTIONS(OutcomeReport)
public:
    // numbered: part of a script ("#3: ..."). transactionEnd: the tab's own Commit / Rollback
    // (a COMMIT typed in the editor is told like any statement). Returns the short form for
    // the status line.
    static QString write(MessageLog *log, const StatementOutcome &outcome, bool numbered, bool transactionEnd = false);
    static QString errorText(const StatementOutcome &outcome);
};
