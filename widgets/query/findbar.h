#pragma once
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class SqlEditor;

// Find and replace in a query tab's editor, as a bar above it (never a dialog that hides the
// text): incremental while typing, match case / whole word / regular expression, next and
// previous (F3 / Shift+F3), replace and replace all; Esc closes it and gives the editor back.
class FindBar : public QWidget
{
    Q_OBJECT
public:
    FindBar(SqlEditor *editor, QWidget *parent = nullptr);

    void showFind();      // Ctrl+F: the selection (one line) becomes what is searched
    void showReplace();   // Ctrl+H
    bool findNext(bool forward = true);
    int replaceAll();
    void replaceOne();

    QLineEdit *findEdit() const { return m_find; }
    QLineEdit *replaceEdit() const { return m_replace; }
    QCheckBox *caseCheck() const { return m_case; }
    QCheckBox *wordCheck() const { return m_word; }
    QCheckBox *regexCheck() const { return m_regex; }
    QString statusText() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool search(bool forward, bool fromSelectionStart);
    void showReplaceRow(bool on);

    SqlEditor *m_editor;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QCheckBox *m_case;
    QCheckBox *m_word;
    QCheckBox *m_regex;
    QLabel *m_status;
    QWidget *m_replaceRow;
};
