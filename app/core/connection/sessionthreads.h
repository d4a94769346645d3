#pragma once

// Session threads that would not stop. Session::~Session waits a bounded time for its thread
// (with the socket shut, a wait on the network returns at once) and then leaves a thread that
// still runs — a long local SQLite statement, a connect not yet timed out — rather than hold
// the program's exit up forever. Such a thread is still inside the SQL driver, so the process
// must then end without running its global destructors: they would free the driver under it.
namespace SessionThreads {

void noteAbandoned();
int abandonedCount();

// For main()'s last line, once everything it made is gone: returns code, or, while an
// abandoned thread may still run, flushes stdio and ends the process at once with code.
int exitCode(int code);

} // namespace SessionThreads
