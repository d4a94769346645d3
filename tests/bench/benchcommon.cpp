#include "benchcommon.h"

#include "connection/session.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QTimer>

#include <cmath>
#include <cstdio>
#include <sys/resource.h>

namespace BenchCommon {

bool open(Session &session, QString *error, int timeoutMs)
{
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&session, &Session::opened, &loop, [&] {
        ok = true;
        loop.quit();
    });
    QObject::connect(&session, &Session::openFailed, &loop, [&](const SqlErrorInfo &e) {
        *error = e.message;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, [&] {
        *error = QStringLiteral("timed out connecting");
        loop.quit();
    });
    session.open();
    loop.exec();
    return ok;
}

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').first().toLongLong();
        }
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

void dumpMemoryMapIfAsked()
{
    const QString target = qEnvironmentVariable("TESSERA_BENCH_SMAPS");
    if (target.isEmpty())
        return;
    QFile in(QStringLiteral("/proc/self/smaps"));
    QFile out(target);
    if (in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly))
        out.write(in.readAll());
}

int print(const QJsonObject &result)
{
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    return 0;
}

int fail(const QString &message)
{
    print(QJsonObject{{QStringLiteral("error"), message}});
    return 1;
}

double ms(qint64 ns)
{
    return std::round(double(ns) / 1e5) / 10.0;
}

} // namespace BenchCommon
