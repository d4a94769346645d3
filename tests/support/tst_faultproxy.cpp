// The fault-injecting proxy on its own, over real loopback sockets: an upstream that sends a
// known 1 MiB and closes, a client that reads it through the proxy. Each fault must do exactly
// what the stalled / dropped / reset / silent peer tests rely on.
#include "faultproxy.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QTest>

#include <atomic>
#include <cerrno>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

namespace {
constexpr qint64 kPayload = 1024 * 1024;
// How long "nothing more arrives" is watched for. Not a synchronisation: the proxy has either
// forwarded the bytes within this time on loopback or never will.
constexpr int kQuietMs = 300;

QByteArray payload()
{
    QByteArray bytes(kPayload, Qt::Uninitialized);
    for (qint64 i = 0; i < kPayload; ++i)
        bytes[i] = char(i % 251);
    return bytes;
}

// Sends the payload to every connection, then closes its side and waits for the client to go.
class Upstream
{
public:
    Upstream()
    {
        m_listen = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof a;
        ::bind(m_listen, reinterpret_cast<sockaddr *>(&a), sizeof a);
        ::listen(m_listen, 16);
        ::getsockname(m_listen, reinterpret_cast<sockaddr *>(&a), &length);
        port = ntohs(a.sin_port);
        m_thread = std::thread([this] {
            for (;;) {
                const int c = ::accept(m_listen, nullptr, nullptr);
                if (c < 0)
                    return;
                ++accepted;
                std::thread([c] {
                    const QByteArray bytes = payload();
                    qint64 sent = 0;
                    while (sent < bytes.size()) {
                        const ssize_t n = ::send(c, bytes.constData() + sent, size_t(bytes.size() - sent), MSG_NOSIGNAL);
                        if (n <= 0)
                            break;
                        sent += n;
                    }
                    ::shutdown(c, SHUT_WR);
                    char sink[4096];
                    while (::recv(c, sink, sizeof sink, 0) > 0) {
                    }
                    ::close(c);
                }).detach();
            }
        });
    }
    ~Upstream()
    {
        ::shutdown(m_listen, SHUT_RDWR);   // accept() returns
        m_thread.join();
        ::close(m_listen);
    }

    quint16 port = 0;
    std::atomic<int> accepted{0};

private:
    int m_listen = -1;
    std::thread m_thread;
};

struct Read
{
    QByteArray bytes;
    bool eof = false;
    int error = 0;          // errno of a failed recv (ECONNRESET)
    bool quiet = false;     // nothing more for kQuietMs
};

int connectTo(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = htons(port);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

// Reads until end of stream, an error, or kQuietMs without a byte.
Read readAll(int fd)
{
    Read r;
    char buffer[65536];
    for (;;) {
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, kQuietMs) == 0) {
            r.quiet = true;
            return r;
        }
        const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
        if (n > 0) {
            r.bytes.append(buffer, n);
        } else if (n == 0) {
            r.eof = true;
            return r;
        } else if (errno != EINTR) {
            r.error = errno;
            return r;
        }
    }
}
} // namespace

class TestFaultProxy : public QObject
{
    Q_OBJECT

    std::unique_ptr<Upstream> m_upstream;
    std::unique_ptr<FaultProxy> m_proxy;

private slots:
    void init()
    {
        m_upstream = std::make_unique<Upstream>();
        m_proxy = std::make_unique<FaultProxy>(QStringLiteral("127.0.0.1"), m_upstream->port);
        QString error;
        QVERIFY2(m_proxy->start(&error), qPrintable(error));
        QVERIFY(m_proxy->port() != 0);
    }

    void cleanup()
    {
        m_proxy.reset();
        m_upstream.reset();
    }

    void passForwardsEverythingAndTheEnd()
    {
        const int fd = connectTo(m_proxy->port());
        QVERIFY(fd >= 0);
        const Read r = readAll(fd);
        ::close(fd);
        QVERIFY(r.eof);
        QCOMPARE(r.bytes.size(), kPayload);
        QVERIFY(r.bytes == payload());
        QCOMPARE(m_proxy->accepted(), 1);
        QCOMPARE(m_proxy->faulted(), 0);
    }

    void stallDeliversExactlyNBytesAndKeepsTheSocketOpen()
    {
        m_proxy->setFault(FaultProxy::Fault::Stall, 100000);
        const int fd = connectTo(m_proxy->port());
        QVERIFY(fd >= 0);
        const Read r = readAll(fd);
        QVERIFY(r.quiet);                 // neither more bytes nor an end: a silent, live peer
        QCOMPARE(r.bytes.size(), 100000);
        QVERIFY(r.bytes == payload().left(100000));
        QTRY_COMPARE(m_proxy->faulted(), 1);
        // A stalled path stays dead when the fault is lifted; a new connection goes through.
        m_proxy->setFault(FaultProxy::Fault::None);
        QVERIFY(readAll(fd).quiet);
        ::close(fd);
        const int again = connectTo(m_proxy->port());
        const Read whole = readAll(again);
        ::close(again);
        QVERIFY(whole.eof);
        QCOMPARE(whole.bytes.size(), kPayload);
    }

    void dropClosesAfterNBytes()
    {
        m_proxy->setFault(FaultProxy::Fault::Drop, 70000);
        const int fd = connectTo(m_proxy->port());
        const Read r = readAll(fd);
        ::close(fd);
        QVERIFY(r.eof);
        QCOMPARE(r.bytes.size(), 70000);
        QCOMPARE(m_proxy->faulted(), 1);
    }

    void resetAbortsAfterNBytes()
    {
        m_proxy->setFault(FaultProxy::Fault::Reset, 70000);
        const int fd = connectTo(m_proxy->port());
        const Read r = readAll(fd);
        ::close(fd);
        QCOMPARE(r.error, ECONNRESET);
        // A reset throws away what was still in the proxy's send queue: never more than N.
        QVERIFY(r.bytes.size() <= 70000);
        QVERIFY(r.bytes == payload().left(r.bytes.size()));
    }

    void blackholeAcceptsAndNeverAnswers()
    {
        m_proxy->setFault(FaultProxy::Fault::Blackhole);
        const int fd = connectTo(m_proxy->port());
        QVERIFY(fd >= 0);   // the connect itself succeeds, as with a host that swallows packets
        QCOMPARE(::send(fd, "hello", 5, MSG_NOSIGNAL), ssize_t(5));
        const Read r = readAll(fd);
        ::close(fd);
        QVERIFY(r.quiet);
        QVERIFY(r.bytes.isEmpty());
        QCOMPARE(m_upstream->accepted.load(), 0);   // nothing was ever sent on
        QCOMPARE(m_proxy->accepted(), 1);
    }
};

QTEST_GUILESS_MAIN(TestFaultProxy)
#include "tst_faultproxy.moc"
