#include "stallprobe.h"

#include <algorithm>

StallProbe::StallProbe(int intervalMs, QObject *parent)
    : QObject(parent)
    , m_intervalNs(qint64(intervalMs) * 1000000)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StallProbe::onTimeout);
}

void StallProbe::start()
{
    m_stallsNs.clear();
    m_stallsNs.reserve(1 << 16);
    m_clock.start();
    m_lastNs = 0;
    m_maxStallNs = 0;
    m_maxStallAtNs = 0;
    m_timer.start();
}

void StallProbe::stop()
{
    // The time since the last tick counts too: a run that ends inside a stall must show it.
    onTimeout();
    m_timer.stop();
}

void StallProbe::onTimeout()
{
    const qint64 now = m_clock.nsecsElapsed();
    const qint64 stall = std::max<qint64>(0, now - m_lastNs - m_intervalNs);
    m_stallsNs.push_back(stall);
    if (stall > m_maxStallNs) {
        m_maxStallNs = stall;
        m_maxStallAtNs = now;
    }
    m_lastNs = now;
}

double StallProbe::maxStallMs() const
{
    if (m_stallsNs.empty())
        return 0;
    return double(*std::max_element(m_stallsNs.begin(), m_stallsNs.end())) / 1e6;
}

double StallProbe::maxStallAtMs() const
{
    return double(m_maxStallAtNs) / 1e6;
}

double StallProbe::percentileStallMs(double p) const
{
    if (m_stallsNs.empty())
        return 0;
    std::vector<qint64> sorted = m_stallsNs;
    std::sort(sorted.begin(), sorted.end());
    // Nearest rank.
    const auto rank = std::size_t(std::clamp(p / 100.0 * double(sorted.size()), 1.0, double(sorted.size())));
    return double(sorted[rank - 1]) / 1e6;
}
