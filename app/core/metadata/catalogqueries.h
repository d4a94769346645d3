#pragma once
#include "dialect.h"

#include <QString>
#include <QStringList>

// The catalog SQL per dialect, kept apart so every dialect's text is testable without a server
// (Oracle's in particular). Each query reads only what the logged-in identity may use, unless
// showAll: PostgreSQL checks USAGE on the schema, any privilege on the relation or one of its
// columns, the column's own privileges, EXECUTE on functions and USAGE on types; Oracle's ALL_*
// views already list only what the user may access; SQLite has no privileges.
//
// Result shapes (every query, every dialect):
//   identity:  one row per search_path entry: (schema)
//   schemas:   (name, comment)
//   relations: (relation, kind, relation comment, column, type, not null, default, column comment)
//              ordered by relation then column position; kind is r p f v m S; a relation the
//              identity may use but none of whose columns appears with an empty column
//   routines:  (name, kind f/p, arguments, result, comment)
//   types:     (name, comment)
// Schema names are bound as :schema; the tab's temporary schema (PostgreSQL) as :temp.
namespace CatalogQueries {
QString searchPath(Dialect dialect);
QString schemas(Dialect dialect, bool showAll);
QString relations(Dialect dialect, bool showAll);
QString routines(Dialect dialect, bool showAll);
QString types(Dialect dialect, bool showAll);
// One relation's constraints, indexes and triggers: (kind: constraint/index/trigger, name,
// type, definition); the schema bound as :schema, the relation as :relation.
QString relationDetails(Dialect dialect);

// The schema's contents: the statements to run, in the order of the shapes above
// (relations, routines, types), empty entries left out for dialects that have none.
QStringList schemaContents(Dialect dialect, bool showAll);
}
