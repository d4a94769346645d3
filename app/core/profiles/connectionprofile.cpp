#include "connectionprofile.h"

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

    if (out)
        *out = p;
    return true;
}
