#pragma once
#include <QObject>

class QSocketNotifier;

// Turns SIGINT (Ctrl-C) into a signal on the event loop (a self-pipe: a signal handler may do
// next to nothing). The first Ctrl-C asks for a cancel; a second one ends the program at once,
// as the default action would.
class InterruptWatcher : public QObject
{
    Q_OBJECT
public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;

signals:
    void interrupted();

private:
    static void handle(int signal);

    QSocketNotifier *m_notifier = nullptr;
    static int s_pipe[2];
};
