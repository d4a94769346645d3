#include "sessionthreads.h"

#include <atomic>
#include <cstdio>
#include <cstdlib>

namespace {
std::atomic<int> abandoned{0};
} // namespace

namespace SessionThreads {

void noteAbandoned()
{
    ++abandoned;
}

int abandonedCount()
{
    return abandoned.load();
}

int exitCode(int code)
{
    if (abandoned.load() == 0)
        return code;
    std::fflush(nullptr);
    std::_Exit(code);
}

} // namespace SessionThreads
