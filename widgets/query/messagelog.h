#pragma once
#include <QPlainTextEdit>

// The Messages pane of a query tab: one timestamped line per event, errors in red, warnings
// in bold amber.
class MessageLog : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit MessageLog(QWidget *parent = nullptr);

    void appendInfo(const QString &text);
    void appendError(const QString &text);
    // Not an error of the last statement, but something that must stand out (work lost on a
    // reconnect, a server WARNING).
    void appendWarning(const QString &text);
    int errorCount() const { return m_errors; }

private:
    void appendLine(const QString &text, const QColor &color, bool bold = false);

    int m_errors = 0;
};
