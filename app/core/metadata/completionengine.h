#pragma once
#include "dialect.h"
#include "metadata/completioncontext.h"

#include <QList>
#include <QString>
#include <QStringList>

class Catalog;

struct CompletionItem
{
    enum class Kind : quint8 { Column, Relation, Function, Schema, Type, Keyword, Alias };
    QString text;     // what replaces the typed word (quoted as the identifier needs)
    QString label;    // what the list shows
    QString detail;   // type, table, arguments
    Kind kind = Kind::Keyword;
};

// Turns a CompletionContext into what the popup lists, from a Catalog: the columns of the
// relations in scope (aliases and CTEs included), relations by search_path order, a schema's
// objects, types, functions and keywords, those starting with the typed word first.
// needsSchemas receives the schemas whose contents are not loaded yet but were asked about
// (the caller loads them and asks again; the popup says "loading…" meanwhile).
namespace CompletionEngine {
QList<CompletionItem> complete(Dialect dialect, const CompletionContext &context, const Catalog &catalog,
                               QStringList *needsSchemas = nullptr, int limit = 500);
}
