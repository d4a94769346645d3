#include "sqlformatter.h"

#include <QProcess>
#include <QStandardPaths>

SqlFormatter::SqlFormatter(QObject *parent)
    : QObject(parent)
{
}

SqlFormatter::~SqlFormatter()
{
    if (m_process) {
        m_process->kill();
        m_process->waitForFinished(1000);
    }
}

QString SqlFormatter::program()
{
    return QStandardPaths::findExecutable(QStringLiteral("pg_format"));
}

bool SqlFormatter::format(const QString &sql)
{
    if (m_process)
        return false;
    const QString exe = program();
    if (exe.isEmpty()) {
        emit failed(tr("Formatting needs pgFormatter (pg_format), which is not installed. On Debian: "
                       "sudo apt install pgformatter."));
        return false;
    }
    auto *process = new QProcess(this);
    m_process = process;
    connect(process, &QProcess::finished, this, [this, process](int code, QProcess::ExitStatus status) {
        const QByteArray out = process->readAllStandardOutput();
        const QString err = QString::fromUtf8(process->readAllStandardError()).trimmed();
        process->deleteLater();
        if (status != QProcess::NormalExit || code != 0 || out.isEmpty()) {
            emit failed(tr("pg_format could not format the SQL: %1").arg(err.isEmpty() ? tr("it exited with status %1").arg(code) : err));
            return;
        }
        QString text = QString::fromUtf8(out);
        if (text.endsWith(u'\n'))
            text.chop(1);
        emit formatted(text);
    });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        process->deleteLater();
        emit failed(tr("pg_format could not be started: %1").arg(process->errorString()));
    });
    // "-": read standard input. pgFormatter's defaults are what its users expect.
    process->start(exe, {QStringLiteral("-")});
    process->write(sql.toUtf8());
    process->closeWriteChannel();
    return true;
}
