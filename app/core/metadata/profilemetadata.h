#pragma once
#include "connection/statementoutcome.h"
#include "profiles/connectionprofile.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QTimer>

class CatalogLoader;
class CatalogSource;
class ConnectionManager;
class Session;

// One logged-in profile's metadata: its own session (opened lazily with the profile's
// in-memory login and setup, counted in the connection budget, listed in the Connections in
// use dock as "metadata", closed after two idle minutes and with the profile's last tab), and a
// CatalogSource per identity that its tabs show. Before reading for an identity other than the
// session's own, it switches the session to it (SET ROLE, SET search_path), so nothing is ever
// shown that the identity may not use.
class ProfileMetadata : public QObject
{
    Q_OBJECT
public:
    ProfileMetadata(const ConnectionProfile &profile, ConnectionManager *manager, QObject *parent = nullptr);
    ~ProfileMetadata() override;

    CatalogSource *source(const SessionIdentity &identity);
    QList<CatalogSource *> sources() const;
    Session *session() const;
    const ConnectionProfile &profile() const { return m_profile; }
    void setShowAll(bool all);

    void loadSchemas(CatalogSource *source);
    void loadSchema(CatalogSource *source, const QString &schema);
    void loadDetails(CatalogSource *source, const QString &schema, const QString &relation);
    void invalidate();
    void close();

    static constexpr int kIdleMs = 2 * 60 * 1000;

signals:
    // Could not open a connection for metadata (budget, login): said to every source's view.
    void unavailable(const QString &message);

private:
    bool ensureSession();
    QStringList setupFor(const SessionIdentity &identity) const;
    void touch();

    ConnectionProfile m_profile;
    ConnectionManager *m_manager;
    QPointer<Session> m_session;
    CatalogLoader *m_loader = nullptr;
    QHash<QString, CatalogSource *> m_sources;
    // Who each queued request is for, in the loader's order.
    QQueue<QPair<QPointer<CatalogSource>, QString>> m_waiting;   // (source, schema; empty: the list)
    QTimer m_idle;
    bool m_showAll = false;
};
