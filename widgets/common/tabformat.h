#pragma once
#include <QCoreApplication>
#include <QString>

struct SessionIdentity;
class QDateTime;

// The few ways a query tab writes numbers, times and identities, shared by its parts so that
// the status line, the Messages pane and the bars say the same thing the same way.
class TabFormat
{
    Q_DECLARE_TR_FUNCTIONS(TabFormat)
public:
    static QString duration(qint64 ms);        // "850 ms", "1.2 s", "3 min 4 s"
    static QString seconds(qint64 ms);         // "1.2 s" always: "Cancelled after 0.3 s"
    // Spelled out rather than tr("%n row(s)"): without an English .qm that would show "row(s)".
    static QString rows(qint64 count);         // "1 row", "12,345 rows" (locale separators)
    static QString clockTime(const QDateTime &when);   // "14:03:12", with the date if not today

    // Who the server says runs the queries: "alice @ sales (pid 1234)", and when the login
    // differs from the effective user (SET ROLE, Oracle proxy) "alice (logged in as proxy) …".
    // Empty when the server has not told us (SQLite, or before connecting).
    static QString identity(const SessionIdentity &id, bool oracle);
    static QString identityToolTip(const SessionIdentity &id);
};
