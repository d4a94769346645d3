#pragma once
#include "connectiontarget.h"

#include <QString>

// One function per `tessera-bench <scenario>`; each prints one JSON object on stdout and
// returns the exit status. They drive the very objects the workbench uses (Session,
// ResultModel over a ResultBuffer, the ResultView grid) inside the QApplication's event loop,
// with a StallProbe on the GUI thread.
namespace Scenarios {

struct Options
{
    ConnectionTarget target;
    QString sql;            // fetch
    QString file;           // script
    QString tesseraPath;    // startup
    int probeMs = 4;        // StallProbe interval
    qint64 fetchCap = -1;
    bool noView = false;
    bool measureVisibleOnly = false;   // fetch: prototype: the grid sizes columns on visible rows only    // fetch: no grid on the model (diagnosis: what the view costs)   // fetch: session fetch cap in bytes; -1 = the GUI's default, 0 = none
};

int fetch(const Options &o);
int cancel(const Options &o);
int script(const Options &o);
int startup(const Options &o);

}
