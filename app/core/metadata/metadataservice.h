#pragma once
#include "connection/statementoutcome.h"
#include "profiles/connectionprofile.h"

#include <QHash>
#include <QObject>

class CatalogSource;
class ConnectionManager;
class ProfileMetadata;

// Where browser and completion get their catalog: one ProfileMetadata per logged-in profile,
// made when first needed, gone with the profile's last tab or its login.
class MetadataService : public QObject
{
    Q_OBJECT
public:
    explicit MetadataService(ConnectionManager *manager, QObject *parent = nullptr);

    // The catalog a tab of `profile` showing `identity` browses and completes with.
    CatalogSource *source(const ConnectionProfile &profile, const SessionIdentity &identity);
    ProfileMetadata *profileMetadata(const QString &profileId) const { return m_profiles.value(profileId); }
    QStringList profileIds() const { return m_profiles.keys(); }

    // "Show all catalogued objects", not only what the identity may use.
    void setShowAll(bool all);
    bool showAll() const { return m_showAll; }

    // A tab of the profile ran DDL, or Refresh was asked for: read again when next needed.
    void invalidate(const QString &profileId);
    // The profile has no tab left, or logged out: its metadata connection goes.
    void closeProfile(const QString &profileId);

    // DDL changes what the catalog holds (CREATE, ALTER, DROP, COMMENT, GRANT, …).
    static bool changesCatalog(Dialect dialect, const QString &statement);

signals:
    void unavailable(const QString &profileId, const QString &message);

private:
    ConnectionManager *m_manager;
    QHash<QString, ProfileMetadata *> m_profiles;
    bool m_showAll = false;
};
