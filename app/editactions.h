#pragma once
#include <QList>
#include <QObject>

class MainWindow;
class QAction;
class QMenu;
class SqlFormatter;

// The Edit menu: the clipboard and undo commands for whatever has the focus (editor, grid,
// a filter box), and the editor commands of the current tab (find, replace, go to line,
// completion, comments, indent, case, format). Their keys work with the editor focused: it
// declines its own bindings for them (SqlEditor::isWindowShortcut).
class EditActions : public QObject
{
    Q_OBJECT
public:
    EditActions(MainWindow *window, QMenu *menu);

    // Enabled only with a tab to act on.
    QList<QAction *> tabActions() const { return m_tabActions; }

private:
    QAction *onFocus(const QString &text, const QKeySequence &key, const char *slot);
    template<typename Call>
    QAction *onTab(const QString &text, const QKeySequence &key, const char *name, Call call);
    void goToLine();
    void formatSql();

    MainWindow *m_window;
    QMenu *m_menu;
    SqlFormatter *m_formatter;
    QList<QAction *> m_tabActions;
};
