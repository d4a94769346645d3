#pragma once
#include <QObject>

class QWidget;

// For `tessera-bench startup`: with TESSERA_EXIT_WHEN_SHOWN=1 the program quits with status 0,
// silently, right after the main window has been shown and painted for the first time, so the
// measured time is a real start: libraries, QApplication, profiles, window, first frame.
class StartupProbe : public QObject
{
    Q_OBJECT
public:
    // Does nothing unless the variable is set.
    static void installIfAsked(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
    bool m_done = false;
};
