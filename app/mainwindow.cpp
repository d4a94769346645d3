#include "mainwindow.h"

#include "connection/connectionmanager.h"
#include "connection/session.h"
#include "drivers.h"
#include "logindialog.h"
#include "noticebanner.h"
#include "profilecommands.h"
#include "profilelistwidget.h"
#include "profiles/profilestore.h"
#include "querytab.h"
#include "tesseraresources.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace {
const QString kGeometryKey = QStringLiteral("mainwindow/geometry");
const QString kStateKey = QStringLiteral("mainwindow/state");
}

MainWindow::MainWindow(ProfileStore *store, ConnectionManager *manager, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_manager(manager)
{
    setWindowTitle(tr("Tessera"));
    setWindowIcon(TesseraResources::icon(QStringLiteral("tessera")));
    setObjectName(QStringLiteral("mainWindow"));

    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    m_banner = new NoticeBanner(central);
    centralLayout->addWidget(m_banner);
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

    auto *dock = new QDockWidget(tr("Connections"), this);
    dock->setObjectName(QStringLiteral("connectionsDock"));
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    m_profileList = new ProfileListWidget(dock);
    dock->setWidget(m_profileList);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    resizeDocks({dock}, {260}, Qt::Horizontal);

    createActions();
    createMenusAndToolBar();
    menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"))->addAction(dock->toggleViewAction());

    connect(m_profileList, &ProfileListWidget::openRequested, this, &MainWindow::openProfile);
    connect(m_profileList, &ProfileListWidget::currentProfileChanged, this, &MainWindow::updateActions);
    connect(m_store, &ProfileStore::profilesChanged, this, &MainWindow::reloadProfiles);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        m_stack->setCurrentIndex(m_tabs->count() > 0 ? 1 : 0);
        if (QueryTab *tab = currentTab())
            tab->setFocus();
        updateActions();
    });

    reloadProfiles();
    statusBar()->showMessage(tr("Profiles: %1").arg(QDir::toNativeSeparators(m_store->filePath())), 8000);

    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(kStateKey).toByteArray());
    updateActions();
}

MainWindow::~MainWindow()
{
    // Tabs still open (the window destroyed without closing) give their sessions back before
    // the QWidget destructor deletes them, while this object is still whole.
    disconnect(m_tabs, nullptr, this, nullptr);
    disconnect(m_profileList, nullptr, this, nullptr);
    for (int i = 0; i < tabCount(); ++i) {
        disconnect(tabAt(i), nullptr, this, nullptr);
        tabAt(i)->releaseSession();
    }
}

void MainWindow::createActions()
{
    m_profileCommands = new ProfileCommands(m_store, m_manager, m_profileList, this);
    m_profileCommands->setOpenTabCounter([this](const QString &id) {
        int n = 0;
        for (int i = 0; i < tabCount(); ++i)
            n += tabAt(i)->profileId() == id ? 1 : 0;
        return n;
    });
    connect(m_profileCommands, &ProfileCommands::problem, this, &MainWindow::showProblem);
    connect(m_profileCommands, &ProfileCommands::information, this, &MainWindow::showInfo);

    auto make = [this](const QString &text, const QString &icon, auto slot) {
        auto *action = new QAction(text, this);
        if (!icon.isEmpty())
            action->setIcon(TesseraResources::icon(icon));
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    auto command = [this](const QString &text, const QString &icon, void (ProfileCommands::*slot)()) {
        auto *action = new QAction(text, this);
        if (!icon.isEmpty())
            action->setIcon(TesseraResources::icon(icon));
        connect(action, &QAction::triggered, m_profileCommands, slot);
        return action;
    };
    m_newProfile = command(tr("&New Profile…"), QStringLiteral("profile-new"), &ProfileCommands::newProfile);
    m_newProfile->setShortcut(QKeySequence::New);
    m_editProfile = command(tr("&Edit Profile…"), QStringLiteral("profile-edit"), &ProfileCommands::editProfile);
    m_duplicateProfile = command(tr("D&uplicate Profile"), QString(), &ProfileCommands::duplicateProfile);
    m_deleteProfile = command(tr("&Delete Profile…"), QString(), &ProfileCommands::deleteProfile);
    m_connect = make(tr("&Connect"), QStringLiteral("connect"), &MainWindow::openSelectedProfile);
    m_connect->setToolTip(tr("Open a query tab on the selected connection"));
    m_quit = make(tr("&Quit"), QString(), &QWidget::close);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);

    // Query actions act on the current tab. They own the keys; the tabs' toolbars do not.
    m_runStatement = make(tr("&Run Statement"), QStringLiteral("run"), [this] {
        if (QueryTab *tab = currentTab())
            tab->runStatement();
    });
    m_runStatement->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_runScript = make(tr("Run &Script"), QStringLiteral("run-script"), [this] {
        if (QueryTab *tab = currentTab())
            tab->runScript();
    });
    m_runScript->setShortcut(QKeySequence(Qt::Key_F5));
    m_cancel = make(tr("&Cancel"), QStringLiteral("cancel"), [this] {
        if (QueryTab *tab = currentTab())
            tab->cancel();
    });
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));

    m_newTab = make(tr("&New Tab on Same Profile"), QStringLiteral("new-tab"), &MainWindow::newTabOnSameProfile);
    m_newTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_closeTab = make(tr("&Close Tab"), QString(), &MainWindow::closeCurrentTab);
    m_closeTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
}

void MainWindow::createMenusAndToolBar()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({m_newProfile, m_editProfile, m_duplicateProfile, m_deleteProfile});
    file->addSeparator();
    file->addAction(m_connect);
    file->addSeparator();
    file->addAction(m_quit);

    QMenu *query = menuBar()->addMenu(tr("&Query"));
    query->addActions({m_runStatement, m_runScript, m_cancel});

    QMenu *tab = menuBar()->addMenu(tr("&Tab"));
    tab->addActions({m_newTab, m_closeTab});

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Tessera"), this, [this] {
        showInfo(tr("About Tessera"),
                 tr("<h3>Tessera %1</h3><p>An SQL workbench where every tab runs as the person who "
                    "logged in: one connection per tab, opened with your own credentials, closed "
                    "with the tab.</p>")
                     .arg(QStringLiteral(TESSERA_VERSION)));
    });

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setIconSize(QSize(20, 20));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addActions({m_newProfile, m_editProfile});
    bar->addSeparator();
    bar->addActions({m_connect, m_newTab});
}

QString MainWindow::selectedProfileId() const
{
    return m_profileList->currentProfileId();
}

void MainWindow::reloadProfiles()
{
    m_profileList->setProfiles(m_store->profiles());
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

void MainWindow::openSelectedProfile()
{
    const QString id = selectedProfileId();
    if (!id.isEmpty())
        openProfile(id);
}

void MainWindow::openProfile(const QString &profileId)
{
    if (!m_store->contains(profileId))
        return;
    const ConnectionProfile profile = m_store->profile(profileId);
    if (!Dialects::isDriverAvailable(profile.dialect)) {
        explainMissingDriver(profile);
        return;
    }
    if (!Dialects::needsLogin(profile.dialect)) {
        openWithCredentials(profile, Credentials{});
        return;
    }
    if (m_manager->isLoggedIn(profileId)) {
        openWithCredentials(profile, m_manager->login(profileId));
        return;
    }
    if (LoginDialog *pending = m_loginDialogs.value(profileId)) {
        pending->raise();
        pending->activateWindow();
        return;
    }
    auto *dialog = new LoginDialog(profile, m_manager, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LoginDialog::loggedIn, this, [this](Session *session) { addTab(session); });
    // Not every platform hands activation back to the parent when a dialog closes; without it
    // the window's shortcuts (Ctrl+Enter, Ctrl+T) would be dead until the next click.
    connect(dialog, &QDialog::finished, this, [this] {
        activateWindow();
        if (QueryTab *tab = currentTab())
            tab->setFocus();
    });
    m_loginDialogs.insert(profileId, dialog);
    dialog->open();   // never exec(): the window keeps working while someone types
}

void MainWindow::openWithCredentials(const ConnectionProfile &profile, const Credentials &credentials)
{
    QString refusal;
    Session *session = m_manager->createSession(profile, credentials, &refusal);
    if (!session) {
        showInfo(tr("Cannot Open a Tab"), refusal.isEmpty() ? tr("No new connection can be opened right now.") : refusal);
        return;
    }
    // The tab appears at once and shows "Connecting…"; errors land in its Messages pane.
    addTab(session);
    session->open();
}

QueryTab *MainWindow::addTab(Session *session)
{
    auto *tab = new QueryTab(session, m_manager, m_tabs);
    const ConnectionProfile &p = session->profile();
    const int index = m_tabs->addTab(tab, tab->icon(), tab->title());
    m_tabs->setTabToolTip(index, p.host.isEmpty() ? p.database : QStringLiteral("%1:%2/%3").arg(p.host).arg(p.effectivePort()).arg(p.database));
    connect(tab, &QueryTab::stateChanged, this, &MainWindow::updateActions);
    m_tabs->setCurrentIndex(index);
    m_stack->setCurrentIndex(1);
    tab->setFocus();
    updateActions();
    return tab;
}

void MainWindow::newTabOnSameProfile()
{
    QueryTab *tab = currentTab();
    if (!tab) {
        openSelectedProfile();
        return;
    }
    // openProfile reuses the profile's login without asking: a new tab, a new session.
    openProfile(tab->profileId());
}

void MainWindow::closeTab(int index)
{
    QueryTab *tab = tabAt(index);
    if (!tab)
        return;
    m_tabs->removeTab(index);
    tab->cancel();
    tab->releaseSession();
    tab->deleteLater();
    m_stack->setCurrentIndex(m_tabs->count() > 0 ? 1 : 0);
    updateActions();
}

void MainWindow::closeCurrentTab()
{
    closeTab(m_tabs->currentIndex());
}

void MainWindow::explainMissingDriver(const ConnectionProfile &profile)
{
    showInfo(tr("Driver Not Available"), DriverHelp::missingDriverHtml(profile));
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
    m_editProfile->setEnabled(hasProfile);
    m_duplicateProfile->setEnabled(hasProfile);
    m_deleteProfile->setEnabled(hasProfile);
    m_connect->setEnabled(hasProfile);

    QueryTab *tab = currentTab();
    m_runStatement->setEnabled(tab && tab->canRun());
    m_runScript->setEnabled(tab && tab->canRun());
    m_cancel->setEnabled(tab && tab->isBusy());
    m_newTab->setEnabled(tab || hasProfile);
    m_closeTab->setEnabled(tab != nullptr);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    while (tabCount() > 0)
        closeTab(0);
    event->accept();
}
