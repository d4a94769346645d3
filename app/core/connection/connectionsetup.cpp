#include "connectionsetup.h"

#include "profiles/conninfo.h"
#include "sql/statementsplitter.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>


namespace ConnectionSetup {
namespace {

// libpq's "options" value: command-line switches for the backend. Spaces inside a value
// are escaped with a backslash.
QString backendSwitch(const QString &name, const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char(' '), QStringLiteral("\\ "));
    return QStringLiteral("-c %1=%2").arg(name, escaped);
}

void planPostgres(const ConnectionProfile &profile, const Credentials &credentials, ConnectPlan *p)
{
    QList<QPair<QString, QString>> keywords;
    if (!profile.connectionString.trimmed().isEmpty()
        && !parsePostgresConnectionString(profile.connectionString, &keywords, &p->error))
        return;

    QStringList options;
    QStringList backendSwitches;
    for (const auto &[key, value] : keywords) {
        if (key == QLatin1String("host"))
            p->hostName = value;
        else if (key == QLatin1String("port"))
            p->port = value.toInt();
        else if (key == QLatin1String("dbname"))
            p->databaseName = value;
        else if (key == QLatin1String("user"))
            p->userName = value;
        else if (key == QLatin1String("options"))
            backendSwitches.append(value);
        else if (!Conninfo::isSecretKey(key))   // a password never comes from a profile
            options.append(key + QLatin1Char('=') + quoteConninfoValue(value));
    }
    if (keywords.isEmpty()) {
        p->hostName = profile.host;
        p->port = profile.effectivePort();
        p->databaseName = profile.database;
    }
    if (!credentials.user.isEmpty())
        p->userName = credentials.user;
    p->password = credentials.password;   // empty: libpq looks in .pgpass / the service file

    // search_path and read-only as connection options: in force before the first statement,
    // and re-applied by the server itself on every reconnect.
    if (!profile.defaultSchema.isEmpty())
        backendSwitches.append(backendSwitch(QStringLiteral("search_path"), profile.defaultSchema));
    if (profile.readOnly)
        backendSwitches.append(backendSwitch(QStringLiteral("default_transaction_read_only"), QStringLiteral("on")));

    // Ours first: libpq takes the last value given for a key, so the profile's own options win.
    QStringList all = {QStringLiteral("connect_timeout=%1").arg(profile.connectTimeoutSec),
                       QStringLiteral("application_name=Tessera"),
                       QStringLiteral("keepalives=%1").arg(profile.keepalives ? 1 : 0)};
    if (profile.keepalives)
        all << QStringLiteral("keepalives_idle=30") << QStringLiteral("keepalives_interval=10")
            << QStringLiteral("keepalives_count=3");
    all += options;
    if (!backendSwitches.isEmpty())
        all.append(QStringLiteral("options=") + quoteConninfoValue(backendSwitches.join(QLatin1Char(' '))));
    // Nor from its options, which QPSQL hands to libpq as conninfo ("sslmode=disable password=x").
    const QString ownOptions = Conninfo::postgresOptionsWithoutSecrets(profile.options);
    for (const QString &own : ownOptions.split(QLatin1Char(';'), Qt::SkipEmptyParts))
        all.append(own.trimmed());
    p->connectOptions = all.join(QLatin1Char(';'));

    if (profile.authMode == AuthMode::Proxy) {
        if (profile.proxyTarget.isEmpty()) {
            p->error = QObject::tr("The profile uses proxy login but names no role to act as.");
            return;
        }
        p->afterConnect.append(QStringLiteral("SET ROLE ") + quoteIdentifier(Dialect::PostgreSQL, profile.proxyTarget));
    }
}

void planOracle(const ConnectionProfile &profile, const Credentials &credentials, ConnectPlan *p)
{
    // A TNS alias or EZConnect string as given, else EZConnect from the fields.
    p->databaseName = !profile.connectionString.trimmed().isEmpty()
        ? profile.connectionString.trimmed()
        : QStringLiteral("%1:%2/%3").arg(profile.host).arg(profile.effectivePort()).arg(profile.database);
    p->connectOptions = Conninfo::driverOptionsWithoutSecrets(profile.options);
    switch (profile.authMode) {
    case AuthMode::Password:
        p->userName = credentials.user;
        p->password = credentials.password;
        break;
    case AuthMode::Proxy:
        if (profile.proxyTarget.isEmpty()) {
            p->error = QObject::tr("The profile uses proxy login but names no user to act as.");
            return;
        }
        // OCI proxy authentication: the proxy's name and password, the target in brackets.
        p->userName = QStringLiteral("%1[%2]").arg(credentials.user, profile.proxyTarget);
        p->password = credentials.password;
        break;
    case AuthMode::External:
        // Empty user and password make QOCI use OCI_CRED_EXT (OS or wallet credentials).
        break;
    }
    if (!profile.defaultSchema.isEmpty())
        p->afterConnect.append(QStringLiteral("ALTER SESSION SET CURRENT_SCHEMA = ")
                               + quoteIdentifier(Dialect::Oracle, profile.defaultSchema));
}

} // namespace

ConnectPlan plan(const ConnectionProfile &profile, const Credentials &credentials)
{
    ConnectPlan p;
    p.driver = Dialects::qtDriverName(profile.dialect);
    switch (profile.dialect) {
    case Dialect::PostgreSQL:
        planPostgres(profile, credentials, &p);
        break;
    case Dialect::Oracle:
        planOracle(profile, credentials, &p);
        break;
    case Dialect::SQLite:
        p.databaseName = profile.database;
        p.connectOptions = profile.readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY")
                                            : Conninfo::driverOptionsWithoutSecrets(profile.options);
        break;
    }
    if (!p.isValid())
        return p;
    if (!profile.initSql.trimmed().isEmpty()) {
        const QList<SqlStatement> init = StatementSplitter::split(profile.dialect, profile.initSql);
        for (const SqlStatement &s : init)
            p.afterConnect.append(s.text);
    }
    return p;
}

bool parsePostgresConnectionString(const QString &text, QList<QPair<QString, QString>> *keywords, QString *error)
{
    return Conninfo::parse(text, keywords, error);
}

QString quoteConninfoValue(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

QString quoteIdentifier(Dialect dialect, const QString &identifier)
{
    // Unquoted identifiers fold to lower case in PostgreSQL and to upper case in Oracle: keep
    // an identifier unquoted only when folding leaves it as written.
    static const QRegularExpression plainPg(QStringLiteral("^[a-z_][a-z0-9_$]*$"));
    static const QRegularExpression plainOra(QStringLiteral("^[A-Z][A-Z0-9_$#]*$"));
    const bool plain = (dialect == Dialect::Oracle ? plainOra : plainPg).match(identifier).hasMatch();
    if (plain)
        return identifier;
    QString quoted = identifier;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
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
                              "pg_backend_pid()::text, current_setting('server_version'), current_setting('search_path'), "
                              "coalesce(pg_my_temp_schema()::regnamespace::text, '')");
    case Dialect::Oracle:
        return QStringLiteral("select sys_context('USERENV','CURRENT_USER'), sys_context('USERENV','SESSION_USER'), "
                              "sys_context('USERENV','PROXY_USER'), sys_context('USERENV','CURRENT_SCHEMA'), "
                              "sys_context('USERENV','SID'), (select version from product_component_version "
                              "where product like 'Oracle%' and rownum = 1), sys_context('USERENV','CURRENT_SCHEMA'), '' from dual");
    case Dialect::SQLite:
        return QStringLiteral("select '', '', '', 'main', '', sqlite_version(), 'main', 'temp'");
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
    identity->searchPath = query.value(6).toString();
    identity->tempSchema = query.value(7).toString();
    return true;
}

bool changesIdentity(const QString &statement)
{
    // The first temporary table gives the session its temporary schema, which the browser shows.
    static const QRegularExpression temp(QStringLiteral("^(\\s|--[^\\n]*\\n|/\\*.*?\\*/)*create\\s+(global\\s+|local\\s+)?temp(orary)?\\s"),
                                         QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    if (statement.contains(QLatin1String("temp"), Qt::CaseInsensitive) && temp.match(statement).hasMatch())
        return true;
    // Cheap test first: this runs after every statement of a script.
    if (!statement.contains(QLatin1String("set"), Qt::CaseInsensitive))
        return false;
    // Leading comments are skipped; "SET LOCAL ROLE" and "set_config(...)" count too.
    static const QRegularExpression re(
        QStringLiteral("^(\\s|--[^\\n]*\\n|/\\*.*?\\*/)*(set|reset|alter\\s+session)\\b|\\bset_config\\s*\\("),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    return re.match(statement).hasMatch();
}

} // namespace ConnectionSetup
