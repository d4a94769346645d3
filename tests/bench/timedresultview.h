#pragma once
#include "results/resultview.h"

#include <QElapsedTimer>

// The GUI's grid, with a stopwatch on its painting: tells a stall caused by painting from one
// caused by the model / view bookkeeping that follows each appended batch.
class TimedResultView : public ResultView
{
    Q_OBJECT
public:
    using ResultView::ResultView;

    int paints() const { return m_paints; }
    qint64 paintNs() const { return m_paintNs; }
    qint64 maxPaintNs() const { return m_maxPaintNs; }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QElapsedTimer t;
        t.start();
        ResultView::paintEvent(event);
        const qint64 ns = t.nsecsElapsed();
        ++m_paints;
        m_paintNs += ns;
        m_maxPaintNs = std::max(m_maxPaintNs, ns);
    }

private:
    int m_paints = 0;
    qint64 m_paintNs = 0;
    qint64 m_maxPaintNs = 0;
};
