#pragma once
#include <QString>

#include <atomic>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include <sys/socket.h>

// A TCP proxy on 127.0.0.1 that forwards to one server and, on demand, fails the way networks
// fail: a peer that stops sending mid-result but keeps the socket open (stall), closes it (drop:
// FIN), resets it (reset: RST), or accepts and never answers at all (blackhole). It runs on a
// thread of its own, so the test's event loop and the session threads under test stay free,
// and it uses only real sockets.
//
// A fault applies to every connection that no fault has hit yet, open or accepted later, and
// counts the bytes sent to the client from the moment it is set (or from the accept): "stall
// after 256 KiB" lets a connection log in and start a result, then stops it in the middle. A
// connection a fault has hit stays that way (a dead path does not come back); Fault::None
// leaves those alone and lets new connections through. Destroying the proxy closes everything.
class FaultProxy
{
public:
    enum class Fault {
        None,        // forward everything
        Stall,       // after N bytes to the client: forward nothing more either way, keep both sockets open
        Drop,        // after N bytes to the client: close both sockets (FIN)
        Reset,       // after N bytes to the client: reset the client's socket (SO_LINGER 0, RST)
        Blackhole,   // forward nothing, now and to new connections (accepted, never connected on)
    };

    FaultProxy(const QString &targetHost, quint16 targetPort);
    ~FaultProxy();
    FaultProxy(const FaultProxy &) = delete;
    FaultProxy &operator=(const FaultProxy &) = delete;

    // Listens on 127.0.0.1 (a free port) and starts forwarding. False with *error on failure.
    bool start(QString *error = nullptr);
    quint16 port() const { return m_port; }

    void setFault(Fault fault, qint64 afterBytes = 0);

    int accepted() const { return m_accepted.load(); }        // client connections so far
    int faulted() const { return m_faulted.load(); }          // connections a fault has hit
    qint64 bytesToClients() const { return m_bytesToClients.load(); }

private:
    struct Link;
    struct Setting
    {
        Fault fault = Fault::None;
        qint64 afterBytes = 0;
        quint64 generation = 0;   // bumps with every setFault: open links take the new one
    };

    void run();
    void acceptOne(const Setting &setting);
    void apply(Link &link, const Setting &setting);
    void service(Link &link, short clientEvents, short serverEvents);
    void hit(Link &link);
    void wake();

    const QString m_targetHost;
    const quint16 m_targetPort;
    quint16 m_port = 0;
    int m_listen = -1;
    int m_wake[2] = {-1, -1};
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    std::mutex m_mutex;   // guards m_setting (written by the test, read by the proxy thread)
    Setting m_setting;
    std::atomic<int> m_accepted{0};
    std::atomic<int> m_faulted{0};
    std::atomic<qint64> m_bytesToClients{0};
    std::vector<std::unique_ptr<Link>> m_links;   // only the proxy thread touches them
    sockaddr_storage m_target{};
    socklen_t m_targetLength = 0;
};
