#pragma once
#include <QObject>
#include <QPointer>

class QProcess;

// Formats SQL with Debian's pgFormatter (pg_format), which knows PostgreSQL's grammar and keeps
// every comment. Runs it as a process, never waiting for it on the caller's thread. Chosen over
// writing a formatter of our own: it is packaged, maintained, and a formatter that loses a
// comment or changes a literal is worse than none.
class SqlFormatter : public QObject
{
    Q_OBJECT
public:
    explicit SqlFormatter(QObject *parent = nullptr);
    ~SqlFormatter() override;

    static QString program();       // pg_format's path, empty when not installed
    bool format(const QString &sql);   // false when a format is still running or none is installed

signals:
    void formatted(const QString &sql);
    void failed(const QString &message);

private:
    QPointer<QProcess> m_process;
};
