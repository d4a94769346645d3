#pragma once
#include "profiles/connectionprofile.h"

#include <QList>
#include <QString>

// Two Tessera windows share one profiles.json. Before a save, the store merges what it has
// with what is on disk now, by profile id, against what it last read or wrote (the base):
// whatever only one side changed, added or removed is taken from that side. Nothing is lost
// without a word: when both sides changed the same profile, both versions are kept (ours, and
// theirs under a new id as "<name> (changed in another window)"); a profile one side removed
// and the other changed stays.
namespace ProfileMerge {

struct Conflict
{
    QString name;       // our version's name
    QString copyName;   // the other window's version, kept beside it
};

struct Result
{
    QList<ConnectionProfile> profiles;
    QList<Conflict> conflicts;
};

Result merge(const QList<ConnectionProfile> &base, const QList<ConnectionProfile> &ours,
             const QList<ConnectionProfile> &theirs);

} // namespace ProfileMerge
