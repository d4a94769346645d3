#pragma once
#include <QObject>

#include <csignal>

class QSocketNotifier;

// Turns SIGINT (Ctrl-C) into a signal on the event loop (a self-pipe: a signal handler may do
// next to nothing). The runner decides what each means: the first asks for a cancel, the second
// disconnects and ends the program (a cancel that a stalled server never answers must not leave
// the person stuck). A third one gets the default action and ends the program at once.
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
    static volatile sig_atomic_t s_count;
};
