#pragma once
#include "query/runinflight.h"
#include "results/rowbatch.h"
#include "sql/editorstatements.h"
#include "profiles/connectionprofile.h"

#include <QIcon>
#include <QPointer>
#include <QVariantMap>
#include <QWidget>

class CloseGuard;
class ConnectionManager;
class DisconnectOffer;
class EditorAutosave;
class EditorCompletion;
class FindBar;
class EditorStash;
class FetchPausedBar;
class MessageLog;
class ResultModel;
class QueryOutput;
class QueryToolBar;
class ResultPage;
class RunResults;
class ResultView;
class RunPreparation;
class Session;
class SessionEventReporter;
class SqlEditor;
class TabBanner;
class TabFile;
class TabStatusBar;
class TransactionControls;
struct StatementOutcome;
class QTabWidget;

// One editor tab: an SQL editor, its results and messages, and at most one session. The tab
// does not own the session (the ConnectionManager does); it hands it back when it closes.
// A tab may also exist without a session (restored after a crash): it keeps its SQL and offers
// to connect, and becomes a normal tab once the window attaches a session.
class QueryTab : public QWidget
{
    Q_OBJECT
public:
    QueryTab(Session *session, ConnectionManager *manager, QWidget *parent = nullptr);
    QueryTab(const ConnectionProfile &profile, ConnectionManager *manager, QWidget *parent = nullptr);
    ~QueryTab() override;

    // Makes a session-less tab a normal one (the window calls it after login). The session may
    // still be connecting. Ignored when the tab already has one.
    void attachSession(Session *session);

    Session *session() const;
    ConnectionProfile profile() const { return m_profile; }
    QString profileId() const { return m_profile.id; }
    SqlEditor *editor() const { return m_editor; }
    EditorCompletion *completion() const { return m_completion; }
    FindBar *findBar() const { return m_findBar; }
    RunPreparation *preparation() const { return m_preparation; }
    // The grid of the current result (the last run's latest result set).
    ResultView *resultView() const;
    ResultModel *resultModel() const;
    QueryOutput *output() const { return m_output; }
    MessageLog *messages() const { return m_messages; }
    QTabWidget *outputTabs() const;
    TabBanner *banner() const { return m_banner; }
    FetchPausedBar *fetchPausedBar() const;
    QueryToolBar *toolBar() const { return m_toolBar; }

    // "Profile — user", numbered "(2)", "(3)" when other tabs have the same name (the window
    // gives the numbers), so two tabs on one login can be told apart.
    QString title() const;
    QString baseTitle() const;
    int titleNumber() const { return m_titleNumber; }
    void setTitleNumber(int number);
    QIcon icon() const { return m_icon; }
    bool isBusy() const;
    bool canRun() const;
    bool hasOpenTransaction() const;
    // Closing would lose something unless asked: an open transaction, unsaved changes to a file.
    bool hasSomethingToAsk() const;

    // The .sql file the tab is bound to, if any.
    TabFile *file() const { return m_file; }
    void openFile(const QString &path, const QString &encoding = {});

    // Asks Commit / Rollback / Cancel (a window-modal box opened with open()) when the session
    // has an open transaction, waits for the COMMIT / ROLLBACK to finish, then emits
    // closeApproved(); Cancel, or a COMMIT the server refuses, emits closeRefused(). Without an
    // open transaction closeApproved() comes at once (queued). Never commits or loses anything
    // silently.
    void requestClose();

    // Editor autosave: the window gives the stash (and, for a restored tab, the id it was
    // stashed under); the text is saved about a second after each edit.
    void setStash(EditorStash *stash, const QString &id = {});
    QString stashId() const;
    void saveStashNow();
    // The tab is closed for good: its stashed copy goes.
    void discardStash();

    // Gives the session back to the manager, which closes it in the background. The editor
    // stays usable (and keeps its text); running needs a new tab.
    void releaseSession();
    // Log Out: the session goes but the tab and its text stay, offering Connect (which asks for
    // the password again), as after a crash.
    void logOutKeepingText();

    // Puts the SQL in the editor and runs it as a script as soon as the session is idle.
    void runWhenReady(const QString &sql);

public slots:
    void runStatement();
    void runScript();
    void cancel();
    void fetchMore();
    void fetchAll();
    void commit();
    void rollback();

signals:
    // Busy or idle, connected or not: whatever changes which actions make sense.
    void stateChanged();
    void titleChanged(const QString &title);
    void closeApproved();
    void closeRefused();
    // "Connect" in a tab without a session: the window logs in and calls attachSession().
    void connectRequested();
    // A statement of this tab changed the catalog (CREATE, ALTER, DROP, GRANT, …).
    void catalogChanged();

private:
    void buildUi();
    void run(bool wholeScript);   // Run Script, or Run (the selection or the statement at the cursor)
    void send(const QList<EditorStatement> &statements, const QVariantMap &binds, const QString &runText);
    bool explainCannotRun();
    void endTransaction(bool commit);
    void onStatementFinished(const StatementOutcome &outcome);
    void updateStatus();
    void updateIdentity();
    void updateRowCount();
    void showMessages();

    QPointer<Session> m_session;
    ConnectionManager *m_manager;
    ConnectionProfile m_profile;
    QString m_title;
    int m_titleNumber = 1;
    QIcon m_icon;
    bool m_released = false;

    SqlEditor *m_editor = nullptr;
    MessageLog *m_messages = nullptr;
    QueryOutput *m_output = nullptr;
    QueryToolBar *m_toolBar = nullptr;
    TransactionControls *m_transactions = nullptr;
    TabBanner *m_banner = nullptr;
    TabStatusBar *m_status = nullptr;
    CloseGuard *m_closeGuard = nullptr;
    EditorAutosave *m_autosave = nullptr;
    EditorCompletion *m_completion = nullptr;
    RunResults *m_results = nullptr;
    TabFile *m_file = nullptr;
    FindBar *m_findBar = nullptr;
    SessionEventReporter *m_events = nullptr;
    DisconnectOffer *m_disconnectOffer = nullptr;
    RunPreparation *m_preparation = nullptr;

    RunInFlight m_run;
};
