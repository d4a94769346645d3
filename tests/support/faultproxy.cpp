#include "faultproxy.h"

#include <QByteArray>

#include <cerrno>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>

namespace {
constexpr qint64 kChunk = 64 * 1024;

void closeFd(int &fd)
{
    if (fd >= 0)
        ::close(fd);
    fd = -1;
}

void setNoDelay(int fd)
{
    const int on = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
}

// Sends what the socket takes now; false when the peer is gone.
bool flush(int fd, QByteArray &pending)
{
    while (!pending.isEmpty()) {
        const ssize_t n = ::send(fd, pending.constData(), size_t(pending.size()), MSG_NOSIGNAL);
        if (n > 0) {
            pending.remove(0, n);
            continue;
        }
        return n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR);
    }
    return true;
}
} // namespace

struct FaultProxy::Link
{
    int client = -1;
    int server = -1;              // -1 for a connection accepted into a blackhole
    QByteArray toClient;          // read from the server, not yet sent on
    QByteArray toServer;
    quint64 generation = 0;       // of the setting this link follows
    Fault fault = Fault::None;
    qint64 budget = -1;           // bytes still to read from the server before the fault; -1: no fault
    bool hitByFault = false;
    bool stalled = false;         // sockets open, nothing read or written any more
    bool serverDone = false;      // the server closed: close the client once toClient is out

    bool isOpen() const { return client >= 0; }
    void close()
    {
        closeFd(client);
        closeFd(server);
    }
};

FaultProxy::FaultProxy(const QString &targetHost, quint16 targetPort)
    : m_targetHost(targetHost)
    , m_targetPort(targetPort)
{
}

FaultProxy::~FaultProxy()
{
    m_stop = true;
    wake();
    if (m_thread.joinable())
        m_thread.join();
    for (auto &link : m_links)
        link->close();
    closeFd(m_listen);
    closeFd(m_wake[0]);
    closeFd(m_wake[1]);
}

bool FaultProxy::start(QString *error)
{
    auto fail = [error](const QString &what) {
        if (error)
            *error = what + QStringLiteral(": ") + QString::fromLocal8Bit(std::strerror(errno));
        return false;
    };
    addrinfo hints{};
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *found = nullptr;
    const QByteArray port = QByteArray::number(m_targetPort);
    if (::getaddrinfo(m_targetHost.toUtf8().constData(), port.constData(), &hints, &found) != 0 || !found) {
        if (error)
            *error = QStringLiteral("cannot resolve %1").arg(m_targetHost);
        return false;
    }
    std::memcpy(&m_target, found->ai_addr, found->ai_addrlen);
    m_targetLength = found->ai_addrlen;
    ::freeaddrinfo(found);

    if (::pipe2(m_wake, O_CLOEXEC | O_NONBLOCK) != 0)
        return fail(QStringLiteral("pipe"));
    m_listen = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (m_listen < 0)
        return fail(QStringLiteral("socket"));
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof address;
    if (::bind(m_listen, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
        || ::listen(m_listen, 64) != 0
        || ::getsockname(m_listen, reinterpret_cast<sockaddr *>(&address), &length) != 0)
        return fail(QStringLiteral("listen on 127.0.0.1"));
    m_port = ntohs(address.sin_port);
    m_thread = std::thread([this] { run(); });
    return true;
}

void FaultProxy::setFault(Fault fault, qint64 afterBytes)
{
    {
        std::lock_guard lock(m_mutex);
        m_setting = {fault, std::max<qint64>(0, afterBytes), m_setting.generation + 1};
    }
    wake();
}

void FaultProxy::wake()
{
    const char byte = 1;
    if (m_wake[1] >= 0) {
        [[maybe_unused]] const ssize_t n = ::write(m_wake[1], &byte, 1);
    }
}

void FaultProxy::run()
{
    std::vector<pollfd> fds;
    std::vector<Link *> polled;   // per link with entries in fds: client at 2 + 2i, server after it
    while (!m_stop) {
        Setting setting;
        {
            std::lock_guard lock(m_mutex);
            setting = m_setting;
        }
        for (auto &link : m_links) {
            if (link->isOpen() && !link->hitByFault && link->generation != setting.generation)
                apply(*link, setting);
            // The fault hits once the bytes before it are out (exactly N reach the client).
            if (link->isOpen() && !link->hitByFault && link->budget == 0 && link->toClient.isEmpty())
                hit(*link);
        }
        m_links.erase(std::remove_if(m_links.begin(), m_links.end(), [](const auto &l) { return !l->isOpen(); }),
                      m_links.end());

        fds.assign({{m_wake[0], POLLIN, 0}, {m_listen, POLLIN, 0}});
        polled.clear();
        for (auto &link : m_links) {
            if (link->stalled)
                continue;
            short client = 0;
            short server = 0;
            if (link->toServer.isEmpty())
                client |= POLLIN;
            if (!link->toClient.isEmpty())
                client |= POLLOUT;
            if (link->toClient.isEmpty() && link->budget != 0 && !link->serverDone)
                server |= POLLIN;
            if (!link->toServer.isEmpty())
                server |= POLLOUT;
            // A socket with nothing asked of it is left out (fd -1): a hang-up on it would
            // otherwise wake poll at once, again and again.
            fds.push_back({client ? link->client : -1, client, 0});
            fds.push_back({server ? link->server : -1, server, 0});
            polled.push_back(link.get());
        }
        if (::poll(fds.data(), nfds_t(fds.size()), -1) < 0 && errno != EINTR)
            break;
        if (fds[0].revents) {
            char buffer[64];
            while (::read(m_wake[0], buffer, sizeof buffer) > 0) {
            }
        }
        if (fds[1].revents & POLLIN) {
            // The setting as it is now, not as before poll: a connect right after setFault()
            // may wake this in the same round as the setting does.
            std::lock_guard lock(m_mutex);
            setting = m_setting;
        }
        if (fds[1].revents & POLLIN)
            acceptOne(setting);
        for (size_t i = 0; i < polled.size(); ++i)
            service(*polled[i], fds[2 + 2 * i].revents, fds[3 + 2 * i].revents);
    }
}

void FaultProxy::acceptOne(const Setting &setting)
{
    const int client = ::accept4(m_listen, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (client < 0)
        return;
    ++m_accepted;
    setNoDelay(client);
    auto link = std::make_unique<Link>();
    link->client = client;
    link->generation = setting.generation;
    link->fault = setting.fault;
    if (setting.fault == Fault::Blackhole) {
        // Accepted, so a connect succeeds; nothing ever comes back.
        link->hitByFault = link->stalled = true;
        ++m_faulted;
        m_links.push_back(std::move(link));
        return;
    }
    // Blocking connect: the target is the local test server, which answers at once.
    link->server = ::socket(m_target.ss_family, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (link->server < 0 || ::connect(link->server, reinterpret_cast<sockaddr *>(&m_target), m_targetLength) != 0) {
        link->close();
        return;
    }
    ::fcntl(link->server, F_SETFL, ::fcntl(link->server, F_GETFL) | O_NONBLOCK);
    setNoDelay(link->server);
    link->budget = setting.fault == Fault::None ? -1 : setting.afterBytes;
    m_links.push_back(std::move(link));
}

void FaultProxy::apply(Link &link, const Setting &setting)
{
    link.generation = setting.generation;
    link.fault = setting.fault;
    link.budget = setting.fault == Fault::None ? -1 : setting.afterBytes;
    if (setting.fault == Fault::Blackhole) {
        link.toClient.clear();   // "now": not even what is already on its way
        hit(link);
    }
}

void FaultProxy::hit(Link &link)
{
    link.hitByFault = true;
    ++m_faulted;
    switch (link.fault) {
    case Fault::None:
        break;
    case Fault::Stall:
    case Fault::Blackhole:
        link.stalled = true;   // both sockets stay open: the peer is alive, it just says nothing
        break;
    case Fault::Drop:
        link.close();
        break;
    case Fault::Reset: {
        const linger abort{1, 0};   // close() then sends RST instead of FIN
        ::setsockopt(link.client, SOL_SOCKET, SO_LINGER, &abort, sizeof abort);
        link.close();
        break;
    }
    }
}

void FaultProxy::service(Link &link, short clientEvents, short serverEvents)
{
    char buffer[kChunk];
    if (clientEvents & (POLLIN | POLLHUP | POLLERR)) {
        const ssize_t n = ::recv(link.client, buffer, sizeof buffer, 0);
        if (n > 0) {
            link.toServer.append(buffer, n);
        } else if (n == 0 || (errno != EAGAIN && errno != EINTR)) {
            flush(link.server, link.toServer);   // best effort: a cancel request is 16 bytes
            link.close();
            return;
        }
    }
    if (serverEvents & (POLLIN | POLLHUP | POLLERR)) {
        const qint64 want = link.budget < 0 ? kChunk : std::min(kChunk, link.budget);
        const ssize_t n = want > 0 ? ::recv(link.server, buffer, size_t(want), 0) : -1;
        if (n > 0) {
            link.toClient.append(buffer, n);
            if (link.budget > 0)
                link.budget -= n;
            m_bytesToClients += n;
        } else if (want > 0 && (n == 0 || (errno != EAGAIN && errno != EINTR))) {
            link.serverDone = true;
        }
    }
    if (!flush(link.client, link.toClient) || !flush(link.server, link.toServer)) {
        link.close();
        return;
    }
    if (link.serverDone && link.toClient.isEmpty())
        link.close();
}
