#pragma once
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QTest>

#include <unistd.h>

// A real full disk for the tests: a 16 KiB tmpfs mounted on a folder, filled to the last
// block, so writes fail with ENOSPC exactly as on a full home partition. Mounting needs root
// (CI runs as root); elsewhere the test is skipped with the reason, except under CI=true,
// where a skip would hide a test that never ran, so it fails.
class TinyDisk
{
public:
    explicit TinyDisk(const QString &folder)
        : m_folder(folder)
    {
        QDir().mkpath(folder);
    }
    ~TinyDisk()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), m_folder});
    }
    TinyDisk(const TinyDisk &) = delete;
    TinyDisk &operator=(const TinyDisk &) = delete;

    // Empty string when mounted; otherwise why not.
    QString mount()
    {
        if (::geteuid() != 0)
            return QStringLiteral("mounting a tmpfs needs root");
        QProcess p;
        p.start(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                          QStringLiteral("size=16k,mode=0700"), QStringLiteral("tmpfs"), m_folder});
        if (!p.waitForFinished(10000) || p.exitCode() != 0)
            return QStringLiteral("mount failed: ") + QString::fromLocal8Bit(p.readAllStandardError());
        m_mounted = true;
        return {};
    }

    // Fills the disk, leaving `keepFree` bytes (whole 4 KiB pages) unused. False on a surprise.
    bool fill(qint64 keepFree = 0)
    {
        QFile filler(m_folder + QStringLiteral("/filler"));
        if (!filler.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
            return false;
        const QByteArray page(4096, 'F');
        while (filler.write(page) == page.size()) {
        }
        filler.close();
        if (keepFree > 0 && !filler.resize(qMax<qint64>(0, filler.size() - keepFree)))
            return false;
        return true;
    }

    QString folder() const { return m_folder; }

private:
    QString m_folder;
    bool m_mounted = false;
};

// In a test function: mounts or skips (fails under CI).
#define TINYDISK_MOUNT_OR_SKIP(disk)                                                              \
    do {                                                                                          \
        const QString why_ = (disk).mount();                                                      \
        if (!why_.isEmpty()) {                                                                    \
            if (qEnvironmentVariable("CI") == QLatin1String("true"))                              \
                QFAIL(qPrintable(QStringLiteral("CI must run this test: ") + why_));              \
            QSKIP(qPrintable(why_));                                                              \
        }                                                                                         \
    } while (false)
