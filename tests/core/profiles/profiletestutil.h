#pragma once
#include "profiles/connectionprofile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QStandardPaths>
#include <QString>

// Small helpers shared by the profile store tests.
namespace ProfileTestUtil {

// The names main() sets, and test mode so nothing can touch a real user's configuration.
inline void setUpApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Tessera"));
    QCoreApplication::setApplicationName(QStringLiteral("tessera"));
    QStandardPaths::setTestModeEnabled(true);
}

inline ConnectionProfile sample(const QString &name)
{
    ConnectionProfile p;
    p.name = name;
    p.dialect = Dialect::PostgreSQL;
    p.host = QStringLiteral("pg.example.org");
    p.port = 6543;
    p.database = QStringLiteral("sales");
    p.defaultUser = QStringLiteral("alice");
    p.options = QStringLiteral("connect_timeout=5");
    p.colorTag = QStringLiteral("#1565c0");
    return p;
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Returns false when the file could not be written; callers wrap it in QVERIFY.
inline bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

} // namespace ProfileTestUtil
