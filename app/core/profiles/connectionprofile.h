#pragma once
#include "dialect.h"

#include <QJsonObject>
#include <QString>

// How a person proves who they are for a profile.
enum class AuthMode {
    Password,   // user + password typed at login (or empty: libpq's .pgpass / service file)
    Proxy,      // log in as one identity, act as another: Oracle proxy_user[target],
                // PostgreSQL "log in as the proxy role, then SET ROLE target"
    External    // no password asked: libpq peer / .pgpass / service file, Oracle external credentials
};

// A saved connection profile: where to connect and how, never who-with-what-password.
struct ConnectionProfile
{
    QString id;               // stable uuid, survives renames
    QString name;
    Dialect dialect = Dialect::PostgreSQL;
    QString host;             // PostgreSQL: host name or socket directory
    int port = 0;             // 0 = the dialect's default
    QString database;         // PostgreSQL: dbname; Oracle: service; SQLite: file path
    QString defaultUser;
    QString options;          // driver connect options, "key=value;key=value"
    QString colorTag;         // "#rrggbb" or empty
    bool isDemo = false;      // the generated SQLite demo database

    // PostgreSQL: a URI or conninfo ("postgresql://h/db", "host=h dbname=db", "service=name");
    // Oracle: a TNS alias or EZConnect "host:port/service". When set it replaces host/port/database.
    QString connectionString;
    AuthMode authMode = AuthMode::Password;
    QString proxyTarget;      // Proxy mode: the role / user to act as
    QString defaultSchema;    // PostgreSQL search_path, Oracle CURRENT_SCHEMA
    QString initSql;          // statements run after every (re)connect
    bool readOnly = false;
    int connectTimeoutSec = 10;
    bool keepalives = true;

    int effectivePort() const { return port > 0 ? port : Dialects::defaultPort(dialect); }

    QJsonObject toJson() const;
    // Reads what toJson wrote; unknown keys are ignored, and a "password" key never is read.
    static bool fromJson(const QJsonObject &o, ConnectionProfile *out, QString *error);

    // options minus every secret keyword (password, sslpassword, pwd, ...), read as the
    // dialect's driver reads them: PostgreSQL options as libpq conninfo (several keywords to an
    // entry, quoting, escapes), others as ';'-separated key=value. toJson and fromJson both
    // apply it: a password typed into the options field must not end up in the profiles file,
    // which is not a keychain.
    static QString withoutSecrets(Dialect dialect, const QString &options);
    // The same for a PostgreSQL URI or conninfo string (password=…, user:password@, ?password=).
    static QString connectionStringWithoutSecrets(const QString &connectionString);

    static QString authModeKey(AuthMode mode);
    static bool authModeFromKey(const QString &key, AuthMode *out);

    friend bool operator==(const ConnectionProfile &, const ConnectionProfile &) = default;
};
