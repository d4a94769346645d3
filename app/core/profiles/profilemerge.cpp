#include "profilemerge.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QUuid>

namespace {

QHash<QString, ConnectionProfile> byId(const QList<ConnectionProfile> &profiles)
{
    QHash<QString, ConnectionProfile> map;
    for (const ConnectionProfile &p : profiles)
        map.insert(p.id, p);
    return map;
}

} // namespace

namespace ProfileMerge {

Result merge(const QList<ConnectionProfile> &base, const QList<ConnectionProfile> &ours,
             const QList<ConnectionProfile> &theirs)
{
    const QHash<QString, ConnectionProfile> baseById = byId(base);
    const QHash<QString, ConnectionProfile> theirsById = byId(theirs);
    QSet<QString> usedIds;
    for (const ConnectionProfile &p : ours)
        usedIds.insert(p.id);
    for (const ConnectionProfile &p : theirs)
        usedIds.insert(p.id);

    Result result;
    // Our order first (it is what this window shows), then what the other window added.
    for (const ConnectionProfile &mine : ours) {
        const bool inBase = baseById.contains(mine.id);
        if (!theirsById.contains(mine.id)) {
            // Not on disk: we added it, or they removed it. A removal wins only over an
            // unchanged profile; our edit of it is kept.
            if (!inBase || baseById.value(mine.id) != mine)
                result.profiles.append(mine);
            continue;
        }
        const ConnectionProfile other = theirsById.value(mine.id);
        const ConnectionProfile original = baseById.value(mine.id);
        if (other == mine || (inBase && other == original)) {
            result.profiles.append(mine);            // same on both sides, or only we changed it
        } else if (inBase && mine == original) {
            result.profiles.append(other);           // only they changed it
        } else {
            // Both changed it: ours stays as it is, theirs beside it, and the person is told.
            result.profiles.append(mine);
            ConnectionProfile copy = other;
            do
                copy.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            while (usedIds.contains(copy.id));
            usedIds.insert(copy.id);
            copy.name = QCoreApplication::translate("ProfileMerge", "%1 (changed in another window)")
                            .arg(other.name);
            result.profiles.append(copy);
            result.conflicts.append({mine.name, copy.name});
        }
    }
    QSet<QString> ourIds;
    for (const ConnectionProfile &p : ours)
        ourIds.insert(p.id);
    for (const ConnectionProfile &other : theirs) {
        if (ourIds.contains(other.id))
            continue;
        // Not ours: they added it, or we removed it. Our removal wins only over an unchanged one.
        if (!baseById.contains(other.id) || baseById.value(other.id) != other)
            result.profiles.append(other);
    }
    return result;
}

} // namespace ProfileMerge
