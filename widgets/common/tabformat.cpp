#include "common/tabformat.h"

#include "connection/statementoutcome.h"

#include <QDateTime>
#include <QLocale>
#include <QStringList>

QString TabFormat::duration(qint64 ms)
{
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    if (ms < 60000)
        return seconds(ms);
    return tr("%1 min %2 s").arg(ms / 60000).arg((ms % 60000) / 1000);
}

QString TabFormat::seconds(qint64 ms)
{
    return tr("%1 s").arg(QLocale().toString(ms / 1000.0, 'f', 1));
}

QString TabFormat::rows(qint64 count)
{
    return count == 1 ? tr("1 row") : tr("%L1 rows").arg(count);
}

QString TabFormat::clockTime(const QDateTime &when)
{
    const QString time = when.time().toString(QStringLiteral("HH:mm:ss"));
    // A transaction left open overnight must not look like one from this afternoon.
    if (when.date() == QDate::currentDate())
        return time;
    return QStringLiteral("%1 %2").arg(QLocale().toString(when.date(), QLocale::ShortFormat), time);
}

QString TabFormat::identity(const SessionIdentity &id, bool oracle)
{
    if (id.currentUser.isEmpty())
        return {};
    QString text = id.currentUser;
    // Oracle names the proxy in PROXY_USER; PostgreSQL shows SET ROLE as session_user differing
    // from current_user. Either way the person should see both names, not just the role.
    QString loggedInAs = id.proxyUser;
    if (loggedInAs.isEmpty() && !id.sessionUser.isEmpty() && id.sessionUser != id.currentUser)
        loggedInAs = id.sessionUser;
    if (!loggedInAs.isEmpty())
        text += u' ' + tr("(logged in as %1)").arg(loggedInAs);
    if (!id.currentSchema.isEmpty())
        text += u' ' + tr("@ %1").arg(id.currentSchema);
    if (!id.backendId.isEmpty())
        text += u' ' + (oracle ? tr("(SID %1)") : tr("(pid %1)")).arg(id.backendId);
    return text;
}

QString TabFormat::identityToolTip(const SessionIdentity &id)
{
    QStringList tip;
    if (!id.currentUser.isEmpty())
        tip << tr("Current user: %1").arg(id.currentUser);
    if (!id.sessionUser.isEmpty())
        tip << tr("Session user: %1").arg(id.sessionUser);
    if (!id.proxyUser.isEmpty())
        tip << tr("Proxy user: %1").arg(id.proxyUser);
    if (!id.currentSchema.isEmpty())
        tip << tr("Schema: %1").arg(id.currentSchema);
    if (!id.backendId.isEmpty())
        tip << tr("Backend: %1").arg(id.backendId);
    if (!id.serverVersion.isEmpty())
        tip << tr("Server: %1").arg(id.serverVersion);
    return tip.join(u'\n');
}
