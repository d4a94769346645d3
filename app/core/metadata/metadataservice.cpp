#include "metadataservice.h"

#include "connection/connectionmanager.h"
#include "metadata/profilemetadata.h"
#include "sql/sqltokens.h"

MetadataService::MetadataService(ConnectionManager *manager, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
{
}

CatalogSource *MetadataService::source(const ConnectionProfile &profile, const SessionIdentity &identity)
{
    ProfileMetadata *&metadata = m_profiles[profile.id];
    if (!metadata) {
        metadata = new ProfileMetadata(profile, m_manager, this);
        metadata->setShowAll(m_showAll);
        const QString id = profile.id;
        connect(metadata, &ProfileMetadata::unavailable, this,
                [this, id](const QString &message) { emit unavailable(id, message); });
    }
    return metadata->source(identity);
}

void MetadataService::setShowAll(bool all)
{
    m_showAll = all;
    for (ProfileMetadata *m : std::as_const(m_profiles))
        m->setShowAll(all);
}

void MetadataService::invalidate(const QString &profileId)
{
    if (ProfileMetadata *m = m_profiles.value(profileId))
        m->invalidate();
}

void MetadataService::closeProfile(const QString &profileId)
{
    if (ProfileMetadata *m = m_profiles.take(profileId)) {
        m->close();
        m->deleteLater();
    }
}

bool MetadataService::changesCatalog(Dialect dialect, const QString &statement)
{
    // The statement's first word, as the lexer reads it (comments skipped).
    const QList<SqlToken> tokens = SqlTokens::tokenize(dialect, statement.left(200));
    const QString first = tokens.isEmpty() ? QString() : SqlTokens::lowerWord(statement, tokens.first());
    static const QStringList ddl = {QStringLiteral("create"), QStringLiteral("alter"), QStringLiteral("drop"),
                                    QStringLiteral("comment"), QStringLiteral("grant"), QStringLiteral("revoke"),
                                    QStringLiteral("rename"), QStringLiteral("import"), QStringLiteral("security")};
    return ddl.contains(first);
}
