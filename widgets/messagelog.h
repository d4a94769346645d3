#pragma once
#include <QPlainTextEdit>

// The Messages pane of a query tab: one timestamped line per event, errors in red.
class MessageLog : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit MessageLog(QWidget *parent = nullptr);

    void appendInfo(const QString &text);
    void appendError(const QString &text);
    int errorCount() const { return m_errors; }

private:
    void appendLine(const QString &text, const QColor &color);

    int m_errors = 0;
};
