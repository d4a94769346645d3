#pragma once
#include "connection/dialect.h"

#include <QJsonObject>
#include <QString>

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

    int effectivePort() const { return port > 0 ? port : Dialects::defaultPort(dialect); }

    QJsonObject toJson() const;
    // Reads what toJson wrote; unknown keys are ignored, and a "password" key never is read.
    static bool fromJson(const QJsonObject &o, ConnectionProfile *out, QString *error);

    // options minus every entry whose key names a secret (password, sslpassword, pwd, ...).
    // toJson and fromJson both apply it: a password typed into the options field must not end
    // up in the profiles file, which is not a keychain.
    static QString withoutSecrets(const QString &options);

    friend bool operator==(const ConnectionProfile &, const ConnectionProfile &) = default;
};
