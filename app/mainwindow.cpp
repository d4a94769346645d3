#include "mainwindow.h"

#include "connection/connectionmanager.h"
#include "connection/session.h"
#include "monitor/connectionmonitor.h"
#include "browsercontroller.h"
#include "editactions.h"
#include "filecommands.h"
#include "loginflow.h"
#include "common/noticebanner.h"
#include "profilecommands.h"
#include "profilecontextmenu.h"
#include "profiles/profilelistwidget.h"
#include "profileloginmarks.h"
#include "profiles/profilestore.h"
#include "query/querytab.h"
#include "recoverycontroller.h"
#include "storage/settingssync.h"
#include "tabcloser.h"
#include "common/tesseraresources.h"
#include "workspace/editorstash.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {
const QString kGeometryKey = QStringLiteral("mainwindow/geometry");
const QString kStateKey = QStringLiteral("mainwindow/state");
const QString kPerProfileLimitKey = QStringLiteral("connections/perProfileLimit");
const QString kGlobalLimitKey = QStringLiteral("connections/globalLimit");
}

MainWindow::MainWindow(ProfileStore *store, ConnectionManager *manager, EditorStash *stash, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_manager(manager)
    , m_stash(stash)
{
    setWindowTitle(tr("Tessera"));
    setWindowIcon(TesseraResources::icon(QStringLiteral("tessera")));
    setObjectName(QStringLiteral("mainWindow"));

    QSettings settings;
    // The connection budget is the person's (or their administrator's) choice, not ours.
    m_manager->setLimits(qMax(1, settings.value(kPerProfileLimitKey, 8).toInt()),
                         qMax(1, settings.value(kGlobalLimitKey, 32).toInt()));

    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    m_banner = new NoticeBanner(central);
    centralLayout->addWidget(m_banner);
    // The current tab's colour tag as a line across the top of the work area: a red
    // "production" profile stays in sight while typing, not only on the tab.
    m_colorStrip = new QFrame(central);
    m_colorStrip->setObjectName(QStringLiteral("profileColorStrip"));
    m_colorStrip->setFixedHeight(4);
    m_colorStrip->hide();
    centralLayout->addWidget(m_colorStrip);
    m_stack = new QStackedWidget(central);
    auto *welcome = new QLabel(tr("<h3>No tab open</h3><p>Double-click a connection on the left "
                                  "(or select it and press Enter) to open a query tab.</p>"
                                  "<p>The <b>Demo</b> profile is a local SQLite database: "
                                  "no server or password needed.</p>"),
                               m_stack);
    welcome->setAlignment(Qt::AlignCenter);
    welcome->setWordWrap(true);
    welcome->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(welcome);
    m_tabs = new QTabWidget(m_stack);
    m_tabs->setObjectName(QStringLiteral("queryTabs"));
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    m_stack->addWidget(m_tabs);
    centralLayout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_closer = new TabCloser(m_tabs, m_manager, this);
    m_recovery = new RecoveryController(m_stash, m_store, m_manager, m_tabs, this);
    if (m_stash)
        connect(m_stash, &EditorStash::problem, this, &MainWindow::showProblem);
    m_profileList = new ProfileListWidget(this);
    m_loginMarks = new ProfileLoginMarks(m_profileList, m_manager, this);
    m_login = new LoginFlow(m_store, m_manager, this);
    m_profileCommands = new ProfileCommands(m_store, m_manager, m_profileList, this);
    m_profileCommands->setOpenTabCounter([this](const QString &id) { return int(tabsOf(id).size()); });
    connect(m_profileCommands, &ProfileCommands::problem, this, &MainWindow::showProblem);
    connect(m_profileCommands, &ProfileCommands::information, this, &MainWindow::showInfo);
    m_files = new FileCommands(this);
    m_actions.create(this, m_profileCommands, m_files);
    m_edit = new EditActions(this, m_actions.editMenu);
    createDocks();
    // After the window's own sessionReady slot (connected below): the tab exists by then.

    connect(m_profileList, &ProfileListWidget::openRequested, this, &MainWindow::openProfile);
    connect(m_profileList, &ProfileListWidget::currentProfileChanged, this, &MainWindow::updateActions);
    auto *menu = new ProfileContextMenu(m_profileList, {m_actions.connect},
                                        {m_actions.editProfile, m_actions.duplicateProfile, m_actions.deleteProfile}, this);
    menu->setCanLogOut([this](const QString &id) { return m_manager->isLoggedIn(id) || !tabsOf(id).isEmpty(); });
    connect(menu, &ProfileContextMenu::logOutRequested, this, &MainWindow::logOut);
    connect(m_store, &ProfileStore::profilesChanged, this, &MainWindow::reloadProfiles);
    connect(m_login, &LoginFlow::sessionReady, this, &MainWindow::attachOrAdd);
    m_browser = new BrowserController(this, m_manager, m_login);
    addDockWidget(Qt::LeftDockWidgetArea, m_browser->dock());
    QAction *objects = m_browser->dock()->toggleViewAction();
    objects->setText(tr("&Objects"));
    objects->setObjectName(QStringLiteral("toggleObjectsAction"));
    objects->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_actions.viewMenu->addAction(objects);
    connect(m_login, &LoginFlow::loggedIn, m_loginMarks, &ProfileLoginMarks::scheduleRefresh);
    connect(m_login, &LoginFlow::problem, this, &MainWindow::showProblem);
    connect(m_login, &LoginFlow::information, this, &MainWindow::showInfo);
    // Not every platform hands activation back to the parent when a dialog closes; without it
    // the window's shortcuts (Ctrl+Enter, Ctrl+T) would be dead until the next click.
    connect(m_login, &LoginFlow::dialogFinished, this, [this] {
        activateWindow();
        if (QueryTab *tab = currentTab())
            tab->setFocus();
    });
    connect(m_manager, &ConnectionManager::sessionRemoved, this, &MainWindow::updateActions, Qt::QueuedConnection);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_closer, &TabCloser::tabsClosed, this, [this] {
        m_recovery->rememberTabOrder();
        m_browser->tabsChanged();
        m_stack->setCurrentIndex(m_tabs->count() > 0 ? 1 : 0);
        updateTabLook();
        updateActions();
    });
    connect(m_closer, &TabCloser::loggedOut, this, [this](const QString &id) {
        m_loginMarks->refresh();
        updateActions();
        statusBar()->showMessage(tr("Logged out of %1.").arg(m_store->profile(id).name), 6000);
    });
    connect(m_closer, &TabCloser::quitApproved, this, [this] {
        m_quitApproved = true;
        close();
    });
    connect(m_closer, &TabCloser::stillAsking, this, [this] {
        statusBar()->showMessage(tr("A tab is still waiting for an answer."), 4000);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        m_stack->setCurrentIndex(m_tabs->count() > 0 ? 1 : 0);
        m_browser->tabsChanged();
        if (QueryTab *tab = currentTab()) {
            tab->setFocus();
            // The list shows the profile of the tab in front, not the one clicked last.
            if (m_store->contains(tab->profileId()))
                m_profileList->setCurrentProfileId(tab->profileId());
        }
        updateTabLook();
        updateActions();
    });

    reloadProfiles();
    // A normal (not permanent) widget: passing messages cover it for a while, then it is back.
    auto *profilesPath = new QLabel(tr("Profiles: %1").arg(QDir::toNativeSeparators(m_store->filePath())), statusBar());
    profilesPath->setObjectName(QStringLiteral("profilesPathLabel"));
    profilesPath->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(profilesPath, 1);

    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(kStateKey).toByteArray());
    restoreEditors();
    updateActions();
}

MainWindow::~MainWindow()
{
    // Tabs still open (the window destroyed without closing) give their sessions back before
    // the QWidget destructor deletes them, while this object is still whole. Their stashed
    // text stays: a window that goes away without closing is as good as a crash.
    disconnect(m_tabs, nullptr, this, nullptr);
    disconnect(m_profileList, nullptr, this, nullptr);
    // The metadata connections go with the window, before the tabs' own.
    delete m_browser;
    m_browser = nullptr;
    disconnect(m_manager, nullptr, this, nullptr);
    for (int i = 0; i < tabCount(); ++i) {
        disconnect(tabAt(i), nullptr, this, nullptr);
        tabAt(i)->releaseSession();
    }
}

void MainWindow::createDocks()
{
    m_profileDock = new QDockWidget(tr("Connections"), this);
    m_profileDock->setObjectName(QStringLiteral("connectionsDock"));
    m_profileDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    m_profileList->setParent(m_profileDock);
    m_profileDock->setWidget(m_profileList);
    addDockWidget(Qt::LeftDockWidgetArea, m_profileDock);
    resizeDocks({m_profileDock}, {260}, Qt::Horizontal);

    m_monitorDock = new QDockWidget(tr("Connections in use"), this);
    m_monitorDock->setObjectName(QStringLiteral("connectionMonitorDock"));
    m_monitorDock->setWidget(new ConnectionMonitor(m_manager, m_monitorDock));
    addDockWidget(Qt::BottomDockWidgetArea, m_monitorDock);
    resizeDocks({m_monitorDock}, {190}, Qt::Vertical);
    m_monitorDock->hide();   // until asked for (the saved window state may show it)

    QMenu *view = m_actions.viewMenu;
    view->addAction(m_profileDock->toggleViewAction());
    QAction *monitor = m_monitorDock->toggleViewAction();
    monitor->setText(tr("Connections in &Use"));
    monitor->setObjectName(QStringLiteral("toggleMonitorAction"));
    monitor->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    view->addAction(monitor);
}

void MainWindow::restoreEditors()
{
    const RecoveryController::Restored restored = m_recovery->restoreTabs(m_tabs);
    int needLogin = 0;
    for (QueryTab *tab : restored.tabs) {
        addTab(tab, false);
        // No login to ask for (the SQLite demo): the tab connects by itself, as it would open.
        if (m_store->contains(tab->profileId()) && !Dialects::needsLogin(tab->profile().dialect))
            m_login->open(tab->profileId(), tab);
        else
            ++needLogin;
    }
    if (!restored.tabs.isEmpty()) {
        m_tabs->setCurrentIndex(m_tabs->count() - 1);
        showProblem(RecoveryController::restoredText(int(restored.tabs.size()), restored.cleanExit, needLogin));
    }
}

QString MainWindow::selectedProfileId() const
{
    return m_profileList->currentProfileId();
}

void MainWindow::reloadProfiles()
{
    m_profileList->setProfiles(m_store->profiles());
    m_loginMarks->refresh();
    updateActions();
}

void MainWindow::showProblem(const QString &text)
{
    m_banner->showNotice(text);
}

int MainWindow::tabCount() const
{
    return m_tabs->count();
}

QueryTab *MainWindow::tabAt(int index) const
{
    return qobject_cast<QueryTab *>(m_tabs->widget(index));
}

QueryTab *MainWindow::currentTab() const
{
    return qobject_cast<QueryTab *>(m_tabs->currentWidget());
}

QList<QueryTab *> MainWindow::tabsOf(const QString &profileId) const
{
    return m_closer->tabsOf(profileId);
}

void MainWindow::openSelectedProfile()
{
    const QString id = selectedProfileId();
    if (!id.isEmpty())
        openProfile(id);
}

void MainWindow::openProfile(const QString &profileId)
{
    m_login->open(profileId);
}

void MainWindow::attachOrAdd(Session *session, QueryTab *target)
{
    // A recovered tab that is still here and still without a session gets it; else a new tab.
    if (!target || target->session() || m_tabs->indexOf(target) < 0) {
        addSessionTab(session);
        return;
    }
    target->attachSession(session);
    session->setOwnerLabel(target->title());
    m_tabs->setCurrentWidget(target);
    updateTabLook();
    updateActions();
}

QueryTab *MainWindow::addTabWithoutSession(const ConnectionProfile &profile)
{
    auto *tab = new QueryTab(profile, m_manager, m_tabs);
    if (m_stash)
        tab->setStash(m_stash);
    addTab(tab);
    if (!Dialects::needsLogin(profile.dialect) || m_manager->isLoggedIn(profile.id))
        m_login->open(profile.id, tab);
    return tab;
}

QString MainWindow::activeProfileId() const
{
    if (QueryTab *tab = currentTab(); tab && m_store->contains(tab->profileId()))
        return tab->profileId();
    return selectedProfileId();
}

void MainWindow::addSessionTab(Session *session)
{
    auto *tab = new QueryTab(session, m_manager, m_tabs);
    session->setOwnerLabel(tab->title());
    if (m_stash)
        tab->setStash(m_stash);
    addTab(tab);
}

void MainWindow::numberTitle(QueryTab *tab)
{
    // The smallest number no other open tab of the same name has: the first one stays plain.
    QList<int> taken;
    for (int i = 0; i < tabCount(); ++i) {
        QueryTab *other = tabAt(i);
        if (other && other != tab && other->baseTitle() == tab->baseTitle())
            taken.append(other->titleNumber());
    }
    int number = 1;
    while (taken.contains(number))
        ++number;
    tab->setTitleNumber(number);
}

void MainWindow::addTab(QueryTab *tab, bool makeCurrent)
{
    numberTitle(tab);
    const int index = m_tabs->addTab(tab, tab->icon(), tab->title());
    connect(tab, &QueryTab::stateChanged, this, &MainWindow::updateActions);
    m_browser->watchTab(tab);
    connect(tab, &QueryTab::titleChanged, this, [this, tab](const QString &title) {
        const int number = tab->titleNumber();
        numberTitle(tab);   // the name changed (a recovered tab logged in): it may now collide
        if (tab->titleNumber() != number)
            return;         // setTitleNumber announced the new title already
        if (const int at = m_tabs->indexOf(tab); at >= 0)
            m_tabs->setTabText(at, title);
        if (Session *session = tab->session())
            session->setOwnerLabel(title);
    });
    // A recovered tab's "Connect": the usual login, and the session comes back to this tab.
    connect(tab, &QueryTab::connectRequested, this, [this, tab] { m_login->open(tab->profileId(), tab); });
    m_recovery->rememberTabOrder();
    if (makeCurrent) {
        m_tabs->setCurrentIndex(index);
        m_stack->setCurrentIndex(1);
        tab->setFocus();
    }
    updateTabLook();
    updateActions();
}

void MainWindow::updateTabLook()
{
    // From the tab's own profile (as it was opened), like its icon: an edit applies to new tabs.
    for (int i = 0; i < tabCount(); ++i) {
        const ConnectionProfile p = tabAt(i)->profile();
        const QString where = !p.connectionString.isEmpty() ? ConnectionProfile::connectionStringWithoutSecrets(p.connectionString)
            : p.host.isEmpty()                               ? p.database
                                                             : QStringLiteral("%1:%2/%3").arg(p.host).arg(p.effectivePort()).arg(p.database);
        m_tabs->setTabToolTip(i, where);
    }
    QueryTab *tab = currentTab();
    const QString color = tab ? tab->profile().colorTag : QString();
    m_colorStrip->setVisible(!color.isEmpty());
    m_colorStrip->setStyleSheet(QStringLiteral("#profileColorStrip { background: %1; }").arg(color));
}

void MainWindow::newTabOnSameProfile()
{
    QueryTab *tab = currentTab();
    if (!tab) {
        openSelectedProfile();
        return;
    }
    // The flow reuses the profile's login without asking: a new tab, a new session.
    openProfile(tab->profileId());
}

void MainWindow::closeTab(int index)
{
    m_closer->closeTab(tabAt(index));
}

void MainWindow::closeCurrentTab()
{
    closeTab(m_tabs->currentIndex());
}

void MainWindow::logOut(const QString &profileId)
{
    m_closer->logOut(profileId);
}

void MainWindow::logOutCurrent()
{
    const QString id = activeProfileId();
    if (!id.isEmpty())
        logOut(id);
}

void MainWindow::showInfo(const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Information, title, text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("infoBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::updateActions()
{
    const bool hasProfile = !selectedProfileId().isEmpty();
    m_actions.editProfile->setEnabled(hasProfile);
    m_actions.duplicateProfile->setEnabled(hasProfile);
    m_actions.deleteProfile->setEnabled(hasProfile);
    m_actions.connect->setEnabled(hasProfile);

    QueryTab *tab = currentTab();
    m_actions.runStatement->setEnabled(tab && tab->canRun());
    m_actions.runScript->setEnabled(tab && tab->canRun());
    m_actions.cancel->setEnabled(tab && tab->isBusy());
    m_actions.newTab->setEnabled(tab || hasProfile);
    m_actions.closeTab->setEnabled(tab != nullptr);
    m_actions.saveFile->setEnabled(tab != nullptr);
    m_actions.saveFileAs->setEnabled(tab != nullptr);
    QList<QAction *> editorActions = m_edit->tabActions();
    editorActions << m_actions.zoomIn << m_actions.zoomOut << m_actions.zoomReset;
    for (QAction *editorAction : std::as_const(editorActions))
        editorAction->setEnabled(tab != nullptr);

    const QString target = activeProfileId();
    const bool canLogOut = !target.isEmpty() && (m_manager->isLoggedIn(target) || !tabsOf(target).isEmpty());
    m_actions.logout->setEnabled(canLogOut);
    QString name = m_store->profile(target).name;
    name.replace(u'&', QStringLiteral("&&"));   // a name is not a mnemonic
    m_actions.logout->setText(canLogOut ? tr("&Log Out of %1").arg(name) : tr("&Log Out"));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Quitting asks every tab in turn (open transactions) and stops at the first refusal.
    if (!m_quitApproved && !m_closer->askToQuit()) {
        event->ignore();
        return;
    }
    m_quitApproved = false;
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    // The window is going: stderr is the one place left to say it (the old file is kept).
    if (const QString problem = SettingsSync::sync(settings); !problem.isEmpty())
        qWarning("%s", qUtf8Printable(problem));
    m_recovery->rememberCleanExit();
    m_closer->releaseAll();
    event->accept();
}
