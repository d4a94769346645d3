#pragma once
#include "connection/dialect.h"
#include "editorstatements.h"

#include <QObject>
#include <QPointer>
#include <QVariantMap>

class BindValuesDialog;
class MessageLog;
class SqlEditor;

// What happens between Run and the first byte sent: PostgreSQL's own parser checks every
// statement (a syntax error is marked in the editor and nothing is sent), then the values of
// :name placeholders are asked for, prefilled with what this tab used last time.
class RunPreparation : public QObject
{
    Q_OBJECT
public:
    RunPreparation(SqlEditor *editor, MessageLog *messages, QWidget *dialogParent);

    // Emits ready() now or after the bind dialog, or nothing (syntax error, dialog cancelled).
    // serverVersion: the session's, see SyntaxPrecheck.
    void prepare(Dialect dialect, const QList<EditorStatement> &statements, const QString &serverVersion);
    BindValuesDialog *dialog() const;   // while asking for bind values
    QVariantMap rememberedValues() const { return m_values; }

signals:
    // runText: the editor's text when Run was pressed, to place server error positions.
    void ready(const QList<EditorStatement> &statements, const QVariantMap &binds, const QString &runText);
    void syntaxError(const QString &statusText);

private:
    SqlEditor *m_editor;
    MessageLog *m_messages;
    QWidget *m_dialogParent;
    QPointer<BindValuesDialog> m_dialog;
    QVariantMap m_values;
};
