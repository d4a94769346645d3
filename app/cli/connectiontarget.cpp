#include "connectiontarget.h"

#include "connection/connectionsetup.h"
#include "profiles/profilestore.h"

#include <QFileInfo>
#include <QObject>

namespace {
bool looksLikePostgres(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"))
        || text.contains(QLatin1Char('='));
}
} // namespace

bool ConnectionTarget::fromConnectionString(const QString &input, std::optional<Dialect> dialect,
                                            ConnectionTarget *out, QString *error)
{
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        *error = QObject::tr("--conninfo is empty.");
        return false;
    }
    const bool sqlitePrefix = text.startsWith(QLatin1String("sqlite:"));
    if (!dialect) {
        if (sqlitePrefix || (!looksLikePostgres(text) && QFileInfo(text).isFile()))
            dialect = Dialect::SQLite;
        else
            dialect = Dialect::PostgreSQL;
    }
    ConnectionTarget t;
    t.profile.id = QStringLiteral("cli");
    t.profile.name = QStringLiteral("tessera-cli");
    t.profile.dialect = *dialect;
    switch (*dialect) {
    case Dialect::SQLite: {
        QString path = sqlitePrefix ? text.mid(7) : text;
        // sqlite:///abs/path as well as sqlite:/abs/path and sqlite:relative
        if (path.startsWith(QLatin1String("//")))
            path = path.mid(2);
        t.profile.database = path;
        break;
    }
    case Dialect::PostgreSQL: {
        QList<QPair<QString, QString>> keywords;
        if (!ConnectionSetup::parsePostgresConnectionString(text, &keywords, error))
            return false;
        for (const auto &[key, value] : std::as_const(keywords)) {
            if (key == QLatin1String("user"))
                t.credentials.user = value;
            else if (key == QLatin1String("password"))
                t.credentials.password = value;
        }
        // The core applies the string itself (host lists, service, sslmode, ...); only the
        // password is kept out of the profile.
        t.profile.connectionString = ConnectionProfile::connectionStringWithoutSecrets(text);
        break;
    }
    case Dialect::Oracle:
        // A TNS alias or EZConnect host:port/service, as the GUI's profile takes it.
        t.profile.connectionString = text;
        break;
    }
    *out = t;
    return true;
}

bool ConnectionTarget::fromProfile(const ProfileStore &store, const QString &nameOrId,
                                   ConnectionTarget *out, QString *error)
{
    const QList<ConnectionProfile> profiles = store.profiles();
    const ConnectionProfile *found = nullptr;
    for (const ConnectionProfile &p : profiles) {
        if (p.name == nameOrId) {
            found = &p;
            break;
        }
    }
    if (!found) {
        for (const ConnectionProfile &p : profiles) {
            if (p.id == nameOrId) {
                found = &p;
                break;
            }
        }
    }
    if (!found) {
        QStringList names;
        for (const ConnectionProfile &p : profiles)
            names.append(p.name);
        *error = names.isEmpty()
            ? QObject::tr("There is no connection profile named \"%1\" (%2 holds none).").arg(nameOrId, store.filePath())
            : QObject::tr("There is no connection profile named \"%1\". Profiles: %2.").arg(nameOrId, names.join(QStringLiteral(", ")));
        return false;
    }
    out->profile = *found;
    out->credentials = {};
    out->credentials.user = found->defaultUser;
    return true;
}

QString ConnectionTarget::effectiveUser() const
{
    if (!credentials.user.isEmpty())
        return credentials.user;
    const QString pgUser = qEnvironmentVariable("PGUSER");
    if (!pgUser.isEmpty())
        return pgUser;
    return qEnvironmentVariable("USER");
}
