#pragma once
#include <QString>

// Generates the demo SQLite database from the script in resources/demo (compiled into the
// core as a Qt resource). Runs in whatever thread calls it — the session worker does, so the
// GUI thread never opens a database. Builds into a temporary file and renames it into place,
// so two tabs opening the demo at once never see half a database.
namespace DemoDatabase {
bool ensure(const QString &path, QString *error);   // creates it when missing
QString script();                                    // the SQL script text
}
