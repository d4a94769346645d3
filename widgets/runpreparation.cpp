#include "runpreparation.h"

#include "bindvaluesdialog.h"
#include "messagelog.h"
#include "sql/bindparameters.h"
#include "sqleditor.h"
#include "syntaxprecheck.h"

RunPreparation::RunPreparation(SqlEditor *editor, MessageLog *messages, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_editor(editor)
    , m_messages(messages)
    , m_dialogParent(dialogParent)
{
}

BindValuesDialog *RunPreparation::dialog() const
{
    return m_dialog;
}

void RunPreparation::prepare(Dialect dialect, const QList<EditorStatement> &statements, const QString &serverVersion)
{
    if (m_dialog) {   // still asking for the previous run's values
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_editor->clearErrorMarks();
    // Before anything is sent: a typo in the last statement of a script must not leave the
    // first ones run and the rest not.
    if (const auto problem = SyntaxPrecheck::firstProblem(dialect, statements, serverVersion)) {
        m_editor->markErrorAtOffset(problem->offset, problem->message);
        const QString where = statements.size() > 1 ? tr("#%1: ").arg(problem->statementIndex + 1) : QString();
        m_messages->appendError(where + tr("Syntax error before sending: %1").arg(problem->message));
        emit syntaxError(tr("Syntax error, nothing sent"));
        return;
    }
    QStringList names;
    for (const EditorStatement &s : statements) {
        for (const QString &name : BindParameters::names(dialect, s.text)) {
            if (!names.contains(name))
                names.append(name);
        }
    }
    const QString runText = m_editor->text();
    if (names.isEmpty()) {
        emit ready(statements, {}, runText);
        return;
    }
    auto *dialog = new BindValuesDialog(names, m_values, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, statements, runText] {
        const QVariantMap values = dialog->values();
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            m_values.insert(it.key(), it.value());
        emit ready(statements, values, runText);
    });
    m_dialog = dialog;
    dialog->open();
}
