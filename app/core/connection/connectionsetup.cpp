#include "connectionsetup.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace ConnectionSetup {

QString postgresConnectOptions(const ConnectionProfile &profile)
{
    QStringList options = {QStringLiteral("connect_timeout=10"),
                           QStringLiteral("application_name=Tessera"),
                           QStringLiteral("keepalives=1"),
                           QStringLiteral("keepalives_idle=30")};
    // The profile's own options come last: libpq takes the last value given for a key.
    const QStringList own = profile.options.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &option : own)
        options.append(option.trimmed());
    return options.join(QLatin1Char(';'));
}

void configure(QSqlDatabase &db, const ConnectionProfile &profile, const Credentials &credentials)
{
    switch (profile.dialect) {
    case Dialect::PostgreSQL:
        db.setHostName(profile.host);
        db.setPort(profile.effectivePort());
        db.setDatabaseName(profile.database);
        db.setUserName(credentials.user);
        db.setPassword(credentials.password);
        db.setConnectOptions(postgresConnectOptions(profile));
        break;
    case Dialect::Oracle:
        // EZConnect host:port/service as the database name; QOCI hands it to OCI.
        db.setDatabaseName(profile.host.isEmpty()
                               ? profile.database
                               : QStringLiteral("%1:%2/%3").arg(profile.host).arg(profile.effectivePort()).arg(profile.database));
        db.setUserName(credentials.user);
        db.setPassword(credentials.password);
        db.setConnectOptions(profile.options);
        break;
    case Dialect::SQLite:
        db.setDatabaseName(profile.database);
        db.setConnectOptions(profile.options);
        break;
    }
}

bool applySessionDefaults(QSqlDatabase &db, Dialect dialect, QString *error)
{
    if (dialect != Dialect::PostgreSQL)
        return true;
    QSqlQuery query(db);
    // RESET returns to the value the session started with (server, database, role, options).
    // bytea is shown in hex whatever the role prefers: the grid decodes that form.
    if (!query.exec(QStringLiteral("RESET TimeZone; RESET DateStyle; SET bytea_output = hex"))) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

QString identitySql(Dialect dialect)
{
    switch (dialect) {
    case Dialect::PostgreSQL:
        return QStringLiteral("select current_user, session_user, '' as proxy_user, current_schema(), "
                              "pg_backend_pid()::text, current_setting('server_version')");
    case Dialect::Oracle:
        return QStringLiteral("select sys_context('USERENV','CURRENT_USER'), sys_context('USERENV','SESSION_USER'), "
                              "sys_context('USERENV','PROXY_USER'), sys_context('USERENV','CURRENT_SCHEMA'), "
                              "sys_context('USERENV','SID'), (select version from product_component_version "
                              "where product like 'Oracle%' and rownum = 1) from dual");
    case Dialect::SQLite:
        return QStringLiteral("select '', '', '', 'main', '', sqlite_version()");
    }
    return {};
}

bool queryIdentity(QSqlDatabase &db, Dialect dialect, SessionIdentity *identity, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(identitySql(dialect)) || !query.next()) {
        *error = query.lastError().text();
        return false;
    }
    identity->currentUser = query.value(0).toString();
    identity->sessionUser = query.value(1).toString();
    identity->proxyUser = query.value(2).toString();
    identity->currentSchema = query.value(3).toString();
    identity->backendId = query.value(4).toString();
    identity->serverVersion = query.value(5).toString();
    return true;
}

} // namespace ConnectionSetup
