#include "coredumpguard.h"

#include <cstdlib>
#include <cstring>

#include <sys/resource.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

namespace CoreDumpGuard {

bool disableUnlessAllowed()
{
    const char *allow = std::getenv(kAllowVariable);
    if (allow && std::strcmp(allow, "1") == 0)
        return false;
    // Both limits to 0: a raised soft limit could otherwise be lifted again up to the hard one.
    const rlimit none{0, 0};
    setrlimit(RLIMIT_CORE, &none);
#ifdef __linux__
    // With a core_pattern pipe (systemd-coredump, apport) the kernel dumps whatever the limit
    // says; only a non-dumpable process is never dumped (unless fs.suid_dumpable=2, which then
    // writes root-only cores).
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
    return true;
}

} // namespace CoreDumpGuard
