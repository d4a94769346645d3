#pragma once
#include "sql/editorstatements.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QVariantMap>

class BindValuesDialog;
class MessageLog;
class SqlEditor;
struct RunPlan;
struct RunRequest;

// What happens between Run and the first byte sent: the text is split, PostgreSQL's own parser
// checks every statement (a syntax error is marked in the editor and nothing is sent), then the
// values of :name placeholders are asked for, prefilled with what this tab used last time.
// A large script is split and checked on a pool thread, so the window keeps drawing while a
// 100,000-statement dump is looked at; Esc abandons that check.
class RunPreparation : public QObject
{
    Q_OBJECT
public:
    RunPreparation(SqlEditor *editor, MessageLog *messages, QWidget *dialogParent);
    ~RunPreparation() override;

    // Emits ready() now, after the background check, or after the bind dialog; or nothing
    // (nothing to run, syntax error, dialog cancelled, abandoned).
    void prepare(const RunRequest &request);
    bool isChecking() const { return m_checking; }
    void abandon();                     // while checking: nothing will be sent
    BindValuesDialog *dialog() const;   // while asking for bind values

    // Editor texts from this many characters on are checked in the background.
    static constexpr qsizetype backgroundFromChars = 64 * 1024;

signals:
    // runText: the editor's text when Run was pressed, to place server error positions.
    void ready(const QList<EditorStatement> &statements, const QVariantMap &binds, const QString &runText);
    void syntaxError(const QString &statusText);
    void checkingChanged(bool checking);

private:
    void proceed(const RunPlan &plan, const QString &runText);
    void setChecking(bool checking);

    SqlEditor *m_editor;
    MessageLog *m_messages;
    QWidget *m_dialogParent;
    QPointer<BindValuesDialog> m_dialog;
    QVariantMap m_values;
    QFutureWatcher<RunPlan> *m_watcher;
    QString m_checkedText;   // the text being checked in the background
    bool m_checking = false;
};
