#pragma once
#include "connectiontarget.h"

#include <QJsonObject>
#include <QString>

class Session;

// What every scenario shares: where to connect, opening a session the way a tab does, the
// process's peak memory, and the one JSON object each scenario prints.
namespace BenchCommon {

// Opens the session and runs the event loop until it is open. Returns false with *error.
bool open(Session &session, QString *error, int timeoutMs = 30000);

// Peak resident set size of this process (VmHWM), in kB.
qint64 peakRssKb();

// With TESSERA_BENCH_SMAPS=<file> set, copies /proc/self/smaps there (where the memory is).
void dumpMemoryMapIfAsked();

// Prints the object on stdout, one line; returns the exit status to use (0).
int print(const QJsonObject &result);
int fail(const QString &message);   // {"error": message} on stdout, exit status 1

double ms(qint64 ns);               // rounded to 0.1 ms
}
