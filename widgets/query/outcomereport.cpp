#include "query/outcomereport.h"

#include "connection/statementoutcome.h"
#include "query/messagelog.h"
#include "common/tabformat.h"

#include <QRegularExpression>

namespace {
// Drivers report 0 rows affected for statements that affect none by nature (BEGIN, DO, SET,
// CREATE): "0 rows affected" would be noise there, and misleading after a DO that did work.
bool countsRows(const QString &sql)
{
    static const QStringList verbs{QStringLiteral("insert"), QStringLiteral("update"), QStringLiteral("delete"),
                                   QStringLiteral("merge"), QStringLiteral("copy"), QStringLiteral("with"),
                                   QStringLiteral("upsert"), QStringLiteral("replace")};
    const QString first = sql.trimmed().section(QRegularExpression(QStringLiteral("[^A-Za-z]")), 0, 0);
    return verbs.contains(first.toLower());
}
} // namespace

QString OutcomeReport::errorText(const StatementOutcome &o)
{
    QString text = tr("ERROR: %1").arg(o.error.message.trimmed());
    if (!o.error.detail.isEmpty())
        text += u'\n' + tr("DETAIL: %1").arg(o.error.detail.trimmed());
    if (!o.error.hint.isEmpty())
        text += u'\n' + tr("HINT: %1").arg(o.error.hint.trimmed());
    return text;
}

QString OutcomeReport::write(MessageLog *log, const StatementOutcome &o, bool numbered, bool transactionEnd)
{
    const QString where = numbered ? tr("#%1: ").arg(o.index + 1) : QString();
    const QString time = TabFormat::duration(o.elapsedMs);
    if (o.cancelled) {
        const QString text = tr("Cancelled after %1").arg(TabFormat::seconds(o.elapsedMs));
        log->appendError(where + text + u'.');
        return text;
    }
    if (!o.ok) {
        log->appendError(where + errorText(o));
        return tr("Failed after %1").arg(time);
    }
    if (transactionEnd && o.sql == QStringLiteral("COMMIT"))
        log->appendInfo(tr("Transaction committed (%1).").arg(time));
    else if (transactionEnd && o.sql == QStringLiteral("ROLLBACK"))
        log->appendInfo(tr("Transaction rolled back (%1).").arg(time));
    else if (o.hasResultSet)
        log->appendInfo(where + (o.paused ? tr("OK, first %1 in %2 (more available)") : tr("OK, %1 in %2"))
                                    .arg(TabFormat::rows(o.rowsFetched), time));
    else if (o.rowsAffected > 0 || (o.rowsAffected == 0 && countsRows(o.sql)))
        log->appendInfo(where + tr("OK, %1 affected in %2").arg(TabFormat::rows(o.rowsAffected), time));
    else
        log->appendInfo(where + tr("OK in %1").arg(time));
    return time;
}
