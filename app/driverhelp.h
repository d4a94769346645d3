#pragma once
#include "profiles/connectionprofile.h"

#include <QString>

// What to tell someone whose profile needs a Qt SQL driver that is not installed (in practice
// QOCI, which Debian cannot ship because it links Oracle's client libraries).
namespace DriverHelp {
QString missingDriverHtml(const ConnectionProfile &profile);
}
