#pragma once
#include <QByteArray>
#include <QByteArrayView>

// Buffered writes to a file descriptor (stdout) or, for tests, into a QByteArray. Results are
// written batch by batch and flushed after each one, so rows show up while the query still
// runs and nothing is kept once written.
class OutputStream
{
public:
    explicit OutputStream(int fd);
    explicit OutputStream(QByteArray *capture);
    ~OutputStream();

    OutputStream(const OutputStream &) = delete;
    OutputStream &operator=(const OutputStream &) = delete;

    void write(QByteArrayView bytes)
    {
        m_buffer.append(bytes);
        if (m_buffer.size() >= kFlushBytes)
            flush();
    }
    void write(char c) { m_buffer.append(c); }

    // Returns false once a write failed (a closed pipe: `tessera-cli ... | head`).
    bool flush();
    bool failed() const { return m_failed; }

private:
    static constexpr qsizetype kFlushBytes = 256 * 1024;

    int m_fd = -1;
    QByteArray *m_capture = nullptr;
    QByteArray m_buffer;
    bool m_failed = false;
};
