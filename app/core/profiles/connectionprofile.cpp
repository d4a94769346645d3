#include "connectionprofile.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QRegularExpression>
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

bool isSecretKey(QString key)
{
    key = key.trimmed().toLower();
    // libpq: password, sslpassword; ODBC-style strings: pwd; some drivers: passwd, secret.
    return key.contains(QLatin1String("password")) || key.contains(QLatin1String("passwd"))
        || key == QLatin1String("pwd") || key.contains(QLatin1String("secret"));
}

} // namespace

QString ConnectionProfile::withoutSecrets(const QString &options)
{
    if (options.isEmpty())
        return options;
    QStringList kept;
    const QStringList entries = options.split(QLatin1Char(';'));
    for (const QString &entry : entries) {
        const QString key = entry.section(QLatin1Char('='), 0, 0);
        if (!isSecretKey(key))
            kept.append(entry);
    }
    // Unchanged text stays byte for byte as the user typed it (spacing, empty entries).
    return kept.size() == entries.size() ? options : kept.join(QLatin1Char(';'));
}

QString ConnectionProfile::connectionStringWithoutSecrets(const QString &connectionString)
{
    QString s = connectionString;
    // URI: scheme://user:password@host → scheme://user@host
    static const QRegularExpression uriPassword(QStringLiteral("^([a-zA-Z][a-zA-Z0-9+.-]*://[^:/@?]*):[^@/?]*@"));
    s.replace(uriPassword, QStringLiteral("\\1@"));
    // URI query parameter ?password=… / &password=…
    static const QRegularExpression uriParam(QStringLiteral("([?&])(ssl)?password=[^&]*&?"));
    s.replace(uriParam, QStringLiteral("\\1"));
    // conninfo: password=value or password='quoted value'
    static const QRegularExpression keyword(QStringLiteral("(^|\\s)(ssl)?password\\s*=\\s*('([^'\\\\]|\\\\.)*'|\\S*)"));
    s.replace(keyword, QString());
    if (s.endsWith(QLatin1Char('?')) || s.endsWith(QLatin1Char('&')))
        s.chop(1);
    return s.trimmed();
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
    o.insert(kOptions, withoutSecrets(options));
    o.insert(kColorTag, colorTag);
    o.insert(kDemo, isDemo);
    o.insert(kConnectionString, connectionStringWithoutSecrets(connectionString));
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
    p.options = withoutSecrets(o.value(kOptions).toString());
    p.colorTag = o.value(kColorTag).toString();
    p.isDemo = o.value(kDemo).toBool(false);
    p.connectionString = connectionStringWithoutSecrets(o.value(kConnectionString).toString());
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
