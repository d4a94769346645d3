#pragma once
#include <QByteArray>
#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

// Shows one cell's full value (the grid elides long and multi-line values), read-only. Built
// for any size: laying out 50 MB of text on the GUI thread takes minutes, so a large value
// opens with its first part shown at once and offers the rest (Show All, up to a size that
// still lays out quickly) or Save to File (written off the GUI thread). Lines are not wrapped.
// Binary values can be seen as a hex dump.
class ValueViewerDialog : public QDialog
{
    Q_OBJECT
public:
    // bytes: the cell as stored (UTF-8 text, or a binary value, PostgreSQL's \x hex form
    // included).
    ValueViewerDialog(const QString &title, const QByteArray &bytes, bool binary, bool isNull,
                      QWidget *parent = nullptr);

    bool isShowingAll() const { return m_showingAll; }

    static constexpr qsizetype kFirstPartChars = 256 * 1024;   // shown at once
    static constexpr qsizetype kShowAllChars = 8 * 1024 * 1024;   // Show All up to this
    static constexpr qsizetype kHexDumpBytes = 64 * 1024;

private:
    void showText(bool all);
    void showHex();
    void saveToFile();
    QByteArray binaryBytes() const;   // the value's bytes, \x hex decoded
    void updateInfo();

    QByteArray m_bytes;
    bool m_binary = false;
    bool m_isNull = false;
    bool m_showingAll = false;
    QString m_text;                   // decoded once, when the value is text
    QPlainTextEdit *m_view = nullptr;
    QLabel *m_info = nullptr;
    QPushButton *m_showAll = nullptr;
    QPushButton *m_hex = nullptr;
};
