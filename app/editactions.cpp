#include "editactions.h"

#include "mainwindow.h"
#include "query/editorcompletion.h"
#include "query/findbar.h"
#include "query/querytab.h"
#include "query/sqleditor.h"
#include "sql/sqlformatter.h"

#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QMenu>
#include <QPointer>

EditActions::EditActions(MainWindow *window, QMenu *menu)
    : QObject(window)
    , m_window(window)
    , m_menu(menu)
    , m_formatter(new SqlFormatter(this))
{
    menu->addAction(onFocus(MainWindow::tr("&Undo"), QKeySequence::Undo, "undo"));
    menu->addAction(onFocus(MainWindow::tr("&Redo"), QKeySequence::Redo, "redo"));
    menu->addSeparator();
    menu->addAction(onFocus(MainWindow::tr("Cu&t"), QKeySequence::Cut, "cut"));
    menu->addAction(onFocus(MainWindow::tr("&Copy"), QKeySequence::Copy, "copy"));
    menu->addAction(onFocus(MainWindow::tr("&Paste"), QKeySequence::Paste, "paste"));
    menu->addAction(onFocus(MainWindow::tr("Select &All"), QKeySequence::SelectAll, "selectAll"));
    menu->addSeparator();
    onTab(MainWindow::tr("&Find…"), QKeySequence::Find, "findAction", [](QueryTab *t) { t->findBar()->showFind(); });
    onTab(MainWindow::tr("R&eplace…"), QKeySequence(Qt::CTRL | Qt::Key_H), "replaceAction",
          [](QueryTab *t) { t->findBar()->showReplace(); });
    onTab(MainWindow::tr("Find &Next"), QKeySequence(Qt::Key_F3), "findNextAction",
          [](QueryTab *t) { t->findBar()->findNext(true); });
    onTab(MainWindow::tr("Find Pre&vious"), QKeySequence(Qt::SHIFT | Qt::Key_F3), "findPreviousAction",
          [](QueryTab *t) { t->findBar()->findNext(false); });
    onTab(MainWindow::tr("&Go to Line…"), QKeySequence(Qt::CTRL | Qt::Key_G), "goToLineAction",
          [this](QueryTab *) { goToLine(); });
    menu->addSeparator();
    onTab(MainWindow::tr("Co&mplete"), QKeySequence(Qt::CTRL | Qt::Key_Space), "completeAction",
          [](QueryTab *t) { t->completion()->complete(); });
    onTab(MainWindow::tr("Toggle C&omment"), QKeySequence(Qt::CTRL | Qt::Key_Slash), "toggleCommentAction",
          [](QueryTab *t) { t->editor()->toggleLineComment(); });
    onTab(MainWindow::tr("&Indent"), QKeySequence(Qt::CTRL | Qt::Key_BracketRight), "indentAction",
          [](QueryTab *t) { t->editor()->indentSelection(true); });
    onTab(MainWindow::tr("Out&dent"), QKeySequence(Qt::CTRL | Qt::Key_BracketLeft), "outdentAction",
          [](QueryTab *t) { t->editor()->indentSelection(false); });
    onTab(MainWindow::tr("U&pper Case"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U), "upperCaseAction",
          [](QueryTab *t) { t->editor()->SendScintilla(QsciScintillaBase::SCI_UPPERCASE); });
    onTab(MainWindow::tr("Lo&wer Case"), QKeySequence(Qt::CTRL | Qt::Key_U), "lowerCaseAction",
          [](QueryTab *t) { t->editor()->SendScintilla(QsciScintillaBase::SCI_LOWERCASE); });
    onTab(MainWindow::tr("Format &SQL"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), "formatAction",
          [this](QueryTab *) { formatSql(); });
    connect(m_formatter, &SqlFormatter::failed, window, &MainWindow::showProblem);
}

QAction *EditActions::onFocus(const QString &text, const QKeySequence &key, const char *slot)
{
    // The editor, the grid and line edits all have these slots: the one with the focus acts.
    auto *action = new QAction(text, m_window);
    action->setShortcut(key);
    const QByteArray method(slot);
    connect(action, &QAction::triggered, m_window, [this, method] {
        QWidget *focus = QApplication::focusWidget();
        if (!focus || focus->window() != m_window)
            return;
        if (!QMetaObject::invokeMethod(focus, method.constData()) && method == "selectAll")
            QMetaObject::invokeMethod(focus, method.constData(), Q_ARG(bool, true));   // QsciScintilla's
    });
    return action;
}

template<typename Call>
QAction *EditActions::onTab(const QString &text, const QKeySequence &key, const char *name, Call call)
{
    auto *action = new QAction(text, m_window);
    action->setShortcut(key);
    action->setObjectName(QString::fromLatin1(name));
    connect(action, &QAction::triggered, m_window, [this, call] {
        if (QueryTab *tab = m_window->currentTab())
            call(tab);
    });
    m_menu->addAction(action);
    m_tabActions.append(action);
    return action;
}

void EditActions::goToLine()
{
    QueryTab *tab = m_window->currentTab();
    auto *dialog = new QInputDialog(m_window);
    dialog->setObjectName(QStringLiteral("goToLineDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(MainWindow::tr("Go to Line"));
    dialog->setInputMode(QInputDialog::IntInput);
    dialog->setIntRange(1, qMax(1, tab->editor()->lines()));
    int line = 0, index = 0;
    tab->editor()->getCursorPosition(&line, &index);
    dialog->setIntValue(line + 1);
    dialog->setLabelText(MainWindow::tr("Line (1 to %1):").arg(tab->editor()->lines()));
    QPointer<QueryTab> guarded = tab;
    connect(dialog, &QInputDialog::intValueSelected, this, [guarded](int value) {
        if (!guarded)
            return;
        guarded->editor()->setCursorPosition(value - 1, 0);
        guarded->editor()->ensureLineVisible(value - 1);
        guarded->editor()->setFocus();
    });
    dialog->open();
}

void EditActions::formatSql()
{
    QueryTab *tab = m_window->currentTab();
    SqlEditor *editor = tab->editor();
    // The selection, or the whole text: as one undoable change, and only if nothing was typed
    // meanwhile (pg_format runs as a process).
    const bool selection = editor->hasSelectedText();
    const QString before = editor->text();
    const QString sql = selection ? editor->selectedText() : before;
    QPointer<SqlEditor> guarded = editor;
    disconnect(m_formatter, &SqlFormatter::formatted, this, nullptr);
    connect(m_formatter, &SqlFormatter::formatted, this, [guarded, before, selection](const QString &formatted) {
        if (!guarded || guarded->text() != before)
            return;
        guarded->beginUndoAction();
        if (selection)
            guarded->replaceSelectedText(formatted);
        else {
            guarded->selectAll(true);
            guarded->replaceSelectedText(formatted);
        }
        guarded->endUndoAction();
    }, Qt::SingleShotConnection);
    m_formatter->format(sql);
}
