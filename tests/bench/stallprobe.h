#pragma once
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <vector>

// Measures how long the GUI thread's event loop is kept from running: a precise timer fires
// every interval; a stall is the gap between two consecutive timeouts minus the interval.
// What a person feels as a frozen window is exactly such a gap.
class StallProbe : public QObject
{
    Q_OBJECT
public:
    explicit StallProbe(int intervalMs, QObject *parent = nullptr);

    void start();
    void stop();

    double maxStallMs() const;
    double maxStallAtMs() const;   // when the longest stall ended, from start()
    double percentileStallMs(double p) const;   // p in [0, 100]
    int ticks() const { return int(m_stallsNs.size()); }

private:
    void onTimeout();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = -1;
    qint64 m_intervalNs;
    std::vector<qint64> m_stallsNs;
    qint64 m_maxStallNs = 0;
    qint64 m_maxStallAtNs = 0;
};
