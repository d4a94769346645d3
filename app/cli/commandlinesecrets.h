#pragma once
#include <QString>
#include <QStringList>

// A password given on the command line (--conninfo "… password=X", postgresql://u:X@…) can be
// read by every user of the machine through ps and /proc/PID/cmdline for as long as
// tessera-cli runs. It is hidden from them as soon as the options are parsed (as mysql does),
// which leaves a short window, so tessera-cli also says so and names the safe ways.
namespace CommandLineSecrets {

// The secrets in --conninfo's text, as typed and as libpq reads them.
QStringList inConninfo(const QString &conninfo);

// Overwrites every occurrence of each secret in argv's strings with '*': what ps shows from
// then on. Call after the arguments were parsed (Qt reads them from argv).
void hide(int argc, char **argv, const QStringList &secrets);

// The warning printed when there was one.
QString warning();

}
