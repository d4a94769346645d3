#pragma once

// A core dump of Tessera holds every password the process has seen: the libpq connect string
// QPSQL builds and frees without wiping, UTF-16 copies in Qt's buffers, libpq's own copy for
// the life of a connection. So both programs switch core dumps off first thing in main():
// RLIMIT_CORE 0 (no core file) and, on Linux, PR_SET_DUMPABLE 0 (no core through a
// core_pattern pipe either, and no ptrace attach or /proc/PID/environ / mem for other
// processes of the same user). TESSERA_ALLOW_CORE_DUMPS=1 leaves both as they were, for
// debugging (a core file, gdb -p).
namespace CoreDumpGuard {

constexpr const char *kAllowVariable = "TESSERA_ALLOW_CORE_DUMPS";

// Plain POSIX, safe before QCoreApplication exists. Returns false when the variable allowed
// core dumps (nothing was changed).
bool disableUnlessAllowed();

}
