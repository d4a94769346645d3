#include "connectionprofile.h"

#include "profiles/conninfo.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QStringList>

namespace {

// The JSON keys are the file format: renaming one breaks every saved profile.
const QLatin1String kId("id");
const QLatin1String kName("name");
const QLatin1String kDriver("driver");
const QLatin1String kHost("host");
const QLatin1String kPort("port");
const QLatin1String kDatabase("database");
const QLatin1String kDefaultUser("defaultUser");
const QLatin1String kOptions("options");
const QLatin1String kColorTag("colorTag");
const QLatin1String kDemo("demo");
const QLatin1String kConnectionString("connectionString");
const QLatin1String kAuthMode("authMode");
const QLatin1String kProxyTarget("proxyTarget");
const QLatin1String kDefaultSchema("defaultSchema");
const QLatin1String kInitSql("initSql");
const QLatin1String kReadOnly("readOnly");
const QLatin1String kConnectTimeout("connectTimeout");
const QLatin1String kKeepalives("keepalives");

} // namespace

QString ConnectionProfile::withoutSecrets(Dialect dialect, const QString &options)
{
    return dialect == Dialect::PostgreSQL ? Conninfo::postgresOptionsWithoutSecrets(options)
                                          : Conninfo::driverOptionsWithoutSecrets(options);
}

QString ConnectionProfile::connectionStringWithoutSecrets(const QString &connectionString)
{
    return Conninfo::withoutSecrets(connectionString);
}

QString ConnectionProfile::authModeKey(AuthMode mode)
{
    switch (mode) {
    // Not "password": the word never appears in the profiles file, which makes that checkable.
    case AuthMode::Password: return QStringLiteral("login");
    case AuthMode::Proxy: return QStringLiteral("proxy");
    case AuthMode::External: return QStringLiteral("external");
    }
    return {};
}

bool ConnectionProfile::authModeFromKey(const QString &key, AuthMode *out)
{
    for (AuthMode m : {AuthMode::Password, AuthMode::Proxy, AuthMode::External}) {
        if (key == authModeKey(m)) {
            *out = m;
            return true;
        }
    }
    return false;
}

QJsonObject ConnectionProfile::toJson() const
{
    QJsonObject o;
    o.insert(kId, id);
    o.insert(kName, name);
    o.insert(kDriver, Dialects::key(dialect));
    o.insert(kHost, host);
    o.insert(kPort, port);
    o.insert(kDatabase, database);
    o.insert(kDefaultUser, defaultUser);
    o.insert(kOptions, withoutSecrets(dialect, options));
    o.insert(kColorTag, colorTag);
    o.insert(kDemo, isDemo);
    // Oracle's TNS aliases and descriptors are not libpq text and hold no password.
    o.insert(kConnectionString,
             dialect == Dialect::PostgreSQL ? connectionStringWithoutSecrets(connectionString) : connectionString);
    o.insert(kAuthMode, authModeKey(authMode));
    o.insert(kProxyTarget, proxyTarget);
    o.insert(kDefaultSchema, defaultSchema);
    o.insert(kInitSql, initSql);
    o.insert(kReadOnly, readOnly);
    o.insert(kConnectTimeout, connectTimeoutSec);
    o.insert(kKeepalives, keepalives);
    return o;
}

bool ConnectionProfile::fromJson(const QJsonObject &o, ConnectionProfile *out, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };

    ConnectionProfile p;
    p.name = o.value(kName).toString().trimmed();
    if (p.name.isEmpty())
        return fail(QCoreApplication::translate("ConnectionProfile",
                                                "A connection profile has no name."));

    const QJsonValue driver = o.value(kDriver);
    if (!driver.isString() || driver.toString().isEmpty())
        return fail(QCoreApplication::translate("ConnectionProfile",
                                                "The connection profile “%1” names no "
                                                "database driver.")
                        .arg(p.name));
    if (!Dialects::fromKey(driver.toString(), &p.dialect))
        return fail(QCoreApplication::translate("ConnectionProfile",
                                                "The connection profile “%1” uses an unknown "
                                                "database driver “%2” (known: postgresql, "
                                                "oracle, sqlite).")
                        .arg(p.name, driver.toString()));

    const QJsonValue port = o.value(kPort);
    if (!port.isUndefined() && !port.isNull()) {
        const double value = port.toDouble(-1);
        if (!port.isDouble() || value < 0 || value > 65535 || value != int(value))
            return fail(QCoreApplication::translate("ConnectionProfile",
                                                    "The connection profile “%1” has an "
                                                    "invalid port.")
                            .arg(p.name));
        p.port = int(value);
    }

    // Deliberately no "password" here: whatever a hand-edited file holds, it is not read.
    p.id = o.value(kId).toString().trimmed();
    p.host = o.value(kHost).toString();
    p.database = o.value(kDatabase).toString();
    p.defaultUser = o.value(kDefaultUser).toString();
    p.options = withoutSecrets(p.dialect, o.value(kOptions).toString());
    p.colorTag = o.value(kColorTag).toString();
    p.isDemo = o.value(kDemo).toBool(false);
    p.connectionString = o.value(kConnectionString).toString();
    if (p.dialect == Dialect::PostgreSQL)
        p.connectionString = connectionStringWithoutSecrets(p.connectionString);
    if (o.contains(kAuthMode) && !authModeFromKey(o.value(kAuthMode).toString(), &p.authMode))
        return fail(QCoreApplication::translate("ConnectionProfile",
                                                "The connection profile “%1” has an unknown "
                                                "authentication mode “%2” (known: login, proxy, external).")
                        .arg(p.name, o.value(kAuthMode).toString()));
    p.proxyTarget = o.value(kProxyTarget).toString();
    p.defaultSchema = o.value(kDefaultSchema).toString();
    p.initSql = o.value(kInitSql).toString();
    p.readOnly = o.value(kReadOnly).toBool(false);
    p.connectTimeoutSec = qBound(1, o.value(kConnectTimeout).toInt(10), 3600);
    p.keepalives = o.value(kKeepalives).toBool(true);

    if (out)
        *out = p;
    return true;
}
