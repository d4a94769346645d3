#pragma once
#include <QString>

class QSettings;

// QSettings::sync() with the checks it lacks. Qt writes the settings file through a buffered
// QSaveFile: on a full disk the flush fails inside commit(), which still renames the short
// (usually empty) file over the good one and leaves status() at NoError. So before syncing the
// old file gets a second name (a hard link: no space needed), afterwards the new file is checked
// (every key there, ending at a line end) and, if it is not whole, the old one is put back.
// The file ends up 0600 in a 0700 folder, like every file Tessera writes.
namespace SettingsSync {

// Returns an empty string, or one sentence for the person saying the settings were not saved
// (and that the previous ones are kept).
QString sync(QSettings &settings);

} // namespace SettingsSync
