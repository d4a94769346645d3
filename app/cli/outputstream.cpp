#include "outputstream.h"

#include <cerrno>
#include <unistd.h>

OutputStream::OutputStream(int fd)
    : m_fd(fd)
{
    m_buffer.reserve(kFlushBytes + 64 * 1024);
}

OutputStream::OutputStream(QByteArray *capture)
    : m_capture(capture)
{
}

OutputStream::~OutputStream()
{
    flush();
}

bool OutputStream::flush()
{
    // resize(0), not clear(): clear() would give the buffer's memory back on every flush.
    if (m_buffer.isEmpty() || m_failed) {
        m_buffer.resize(0);
        return !m_failed;
    }
    if (m_capture) {
        m_capture->append(m_buffer);
        m_buffer.resize(0);
        return true;
    }
    const char *p = m_buffer.constData();
    qsizetype left = m_buffer.size();
    while (left > 0) {
        const ssize_t n = ::write(m_fd, p, size_t(left));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            m_failed = true;
            break;
        }
        p += n;
        left -= n;
    }
    m_buffer.resize(0);
    return !m_failed;
}
