#pragma once
#include "editorstatements.h"

#include <QIcon>
#include <QPointer>
#include <QWidget>

class ConnectionManager;
class MessageLog;
class ResultModel;
class ResultView;
class Session;
class SqlEditor;
struct StatementOutcome;
struct SqlErrorInfo;
class QAction;
class QLabel;
class QTabWidget;
class QTimer;
class QToolBar;

// One editor tab: an SQL editor, its results and messages, and exactly one session. The tab
// does not own the session (the ConnectionManager does); it hands it back when it closes.
class QueryTab : public QWidget
{
    Q_OBJECT
public:
    QueryTab(Session *session, ConnectionManager *manager, QWidget *parent = nullptr);
    ~QueryTab() override;

    Session *session() const;
    QString profileId() const { return m_profileId; }
    SqlEditor *editor() const { return m_editor; }
    ResultView *resultView() const { return m_resultView; }
    ResultModel *resultModel() const { return m_model; }
    MessageLog *messages() const { return m_messages; }
    QTabWidget *outputTabs() const { return m_output; }

    QString title() const { return m_title; }
    QIcon icon() const { return m_icon; }
    bool isBusy() const;
    bool canRun() const;

    // Gives the session back to the manager, which closes it in the background. The editor
    // stays usable (and keeps its text); running needs a new tab.
    void releaseSession();

public slots:
    void runStatement();
    void runScript();
    void cancel();
    void fetchMore();
    void fetchAll();

signals:
    // Busy or idle, connected or not: whatever changes which actions make sense.
    void stateChanged();

private:
    void buildUi();
    void connectSession();
    void run(const QList<EditorStatement> &statements);
    void onStatementFinished(const StatementOutcome &outcome);
    void onOpenFailed(const SqlErrorInfo &error);
    void updateStatus();
    void updateIdentity();
    void updateRowCount();
    void showMessages();

    QPointer<Session> m_session;
    ConnectionManager *m_manager;
    QString m_profileId;
    QString m_title;
    QIcon m_icon;

    SqlEditor *m_editor = nullptr;
    ResultView *m_resultView = nullptr;
    ResultModel *m_model = nullptr;
    MessageLog *m_messages = nullptr;
    QTabWidget *m_output = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_runAction = nullptr;
    QAction *m_scriptAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QWidget *m_pausedBar = nullptr;
    QLabel *m_pausedLabel = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_identityLabel = nullptr;
    QLabel *m_elapsedLabel = nullptr;
    QLabel *m_rowsLabel = nullptr;
    QTimer *m_elapsedTimer = nullptr;

    // The run in flight: each statement's start in the editor text as it was when run, so a
    // server error position can be shown in place (only while the text is unchanged).
    QList<int> m_runOffsets;
    QString m_runText;
    int m_runCount = 0;
    bool m_runShowedError = false;
};
