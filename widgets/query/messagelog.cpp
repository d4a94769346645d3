#include "query/messagelog.h"

#include <QFontDatabase>
#include <QScrollBar>
#include <QTextBlock>
#include <QTime>

MessageLog::MessageLog(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    // A long session should not grow the log without bound.
    setMaximumBlockCount(5000);
    setUndoRedoEnabled(false);
}

void MessageLog::appendInfo(const QString &text)
{
    appendLine(text, palette().color(QPalette::Text));
}

void MessageLog::appendError(const QString &text)
{
    ++m_errors;
    appendLine(text, QColor(0xc6, 0x28, 0x28));
}

void MessageLog::appendWarning(const QString &text)
{
    appendLine(text, QColor(0xa6, 0x5b, 0x00), true);
}

void MessageLog::appendLine(const QString &text, const QColor &color, bool bold)
{
    // Inserting with a char format (not HTML) keeps the server's text exactly as it was sent.
    QTextCharFormat format;
    format.setForeground(color);
    if (bold)
        format.setFontWeight(QFont::Bold);
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    if (!document()->isEmpty())
        cursor.insertBlock();
    cursor.insertText(QStringLiteral("[%1] ").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))) + text,
                      format);
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
}
