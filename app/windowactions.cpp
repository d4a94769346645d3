#include "windowactions.h"

#include "mainwindow.h"
#include "filecommands.h"
#include "profilecommands.h"
#include "query/queryoutput.h"
#include "query/editorcompletion.h"
#include "query/querytab.h"
#include "query/sqleditor.h"
#include "common/tesseraresources.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>

void WindowActions::create(MainWindow *window, ProfileCommands *commands, FileCommands *files)
{
    auto make = [window](const QString &text, const QString &icon, auto slot) {
        auto *action = new QAction(text, window);
        if (!icon.isEmpty())
            action->setIcon(TesseraResources::icon(icon));
        QObject::connect(action, &QAction::triggered, window, slot);
        return action;
    };
    auto command = [window, commands](const QString &text, const QString &icon, void (ProfileCommands::*slot)()) {
        auto *action = new QAction(text, window);
        if (!icon.isEmpty())
            action->setIcon(TesseraResources::icon(icon));
        QObject::connect(action, &QAction::triggered, commands, slot);
        return action;
    };
    auto onTab = [window](void (QueryTab::*slot)()) {
        return [window, slot] {
            if (QueryTab *tab = window->currentTab())
                (tab->*slot)();
        };
    };

    // Editor commands act on the current tab's editor, wherever the focus is.
    auto onEditor = [window](const QString &text, auto call) {
        auto *action = new QAction(text, window);
        QObject::connect(action, &QAction::triggered, window, [window, call] {
            if (QueryTab *tab = window->currentTab())
                call(tab->editor());
        });
        return action;
    };

    auto fileAction = [window, files](const QString &text, void (FileCommands::*slot)()) {
        auto *action = new QAction(text, window);
        QObject::connect(action, &QAction::triggered, files, slot);
        return action;
    };
    openFile = fileAction(MainWindow::tr("&Open Script…"), &FileCommands::open);
    openFile->setObjectName(QStringLiteral("openFileAction"));
    openFile->setShortcut(QKeySequence::Open);
    saveFile = fileAction(MainWindow::tr("&Save Script"), &FileCommands::save);
    saveFile->setObjectName(QStringLiteral("saveFileAction"));
    saveFile->setShortcut(QKeySequence::Save);
    saveFileAs = fileAction(MainWindow::tr("Save Script &As…"), &FileCommands::saveAs);
    saveFileAs->setObjectName(QStringLiteral("saveFileAsAction"));
    saveFileAs->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));

    newProfile = command(MainWindow::tr("&New Profile…"), QStringLiteral("profile-new"), &ProfileCommands::newProfile);
    newProfile->setShortcut(QKeySequence::New);
    editProfile = command(MainWindow::tr("&Edit Profile…"), QStringLiteral("profile-edit"), &ProfileCommands::editProfile);
    duplicateProfile = command(MainWindow::tr("D&uplicate Profile"), QString(), &ProfileCommands::duplicateProfile);
    deleteProfile = command(MainWindow::tr("&Delete Profile…"), QString(), &ProfileCommands::deleteProfile);
    connect = make(MainWindow::tr("&Connect"), QStringLiteral("connect"), &MainWindow::openSelectedProfile);
    connect->setToolTip(MainWindow::tr("Open a query tab on the selected connection"));
    logout = make(MainWindow::tr("&Log Out"), QString(), &MainWindow::logOutCurrent);
    logout->setObjectName(QStringLiteral("logoutAction"));
    logout->setToolTip(MainWindow::tr("Close the profile's tabs and forget its password"));
    quit = make(MainWindow::tr("&Quit"), QString(), &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    runStatement = make(MainWindow::tr("&Run Statement"), QStringLiteral("run"), onTab(&QueryTab::runStatement));
    runStatement->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    runScript = make(MainWindow::tr("Run &Script"), QStringLiteral("run-script"), onTab(&QueryTab::runScript));
    runScript->setShortcut(QKeySequence(Qt::Key_F5));
    cancel = make(MainWindow::tr("&Cancel"), QStringLiteral("cancel"), onTab(&QueryTab::cancel));
    cancel->setShortcut(QKeySequence(Qt::Key_Escape));

    resultTabLimit = new QAction(MainWindow::tr("Result &Tabs per Run…"), window);
    resultTabLimit->setObjectName(QStringLiteral("resultTabLimitAction"));
    resultTabLimit->setToolTip(MainWindow::tr("How many result tabs Run Script opens at most"));
    QObject::connect(resultTabLimit, &QAction::triggered, window, [window] {
        auto *dialog = new QInputDialog(window);
        dialog->setObjectName(QStringLiteral("resultTabLimitDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(MainWindow::tr("Result Tabs per Run"));
        dialog->setLabelText(MainWindow::tr("Each statement of a script that returns rows gets a result tab, "
                                            "up to this many (later results are run but not kept):"));
        dialog->setInputMode(QInputDialog::IntInput);
        dialog->setIntRange(1, 1000);
        dialog->setIntValue(QueryOutput::resultTabLimit());
        QObject::connect(dialog, &QInputDialog::intValueSelected, dialog, &QueryOutput::setResultTabLimit);
        dialog->open();
    });

    newTab = make(MainWindow::tr("&New Tab on Same Profile"), QStringLiteral("new-tab"), &MainWindow::newTabOnSameProfile);
    newTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    closeTab = make(MainWindow::tr("&Close Tab"), QString(), &MainWindow::closeCurrentTab);
    closeTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));

    zoomIn = onEditor(MainWindow::tr("Zoom &In"), [](SqlEditor *e) { e->zoomIn(); });
    zoomIn->setObjectName(QStringLiteral("zoomInAction"));
    // Ctrl+= too: on most keyboards "+" needs Shift, and people press Ctrl and the = key.
    zoomIn->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    zoomOut = onEditor(MainWindow::tr("Zoom &Out"), [](SqlEditor *e) { e->zoomOut(); });
    zoomOut->setObjectName(QStringLiteral("zoomOutAction"));
    zoomOut->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
    zoomReset = onEditor(MainWindow::tr("&Reset Zoom"), [](SqlEditor *e) { e->zoomTo(0); });
    zoomReset->setObjectName(QStringLiteral("zoomResetAction"));
    zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));

    QMenuBar *bar = window->menuBar();
    QMenu *file = bar->addMenu(MainWindow::tr("&File"));
    file->addActions({openFile, saveFile, saveFileAs});
    QMenu *recent = file->addMenu(MainWindow::tr("Open &Recent"));
    recent->setObjectName(QStringLiteral("recentFilesMenu"));
    QObject::connect(recent, &QMenu::aboutToShow, files, [files, recent] { files->fillRecentMenu(recent); });
    file->addSeparator();
    file->addActions({newProfile, editProfile, duplicateProfile, deleteProfile});
    file->addSeparator();
    file->addAction(quit);

    editMenu = bar->addMenu(MainWindow::tr("&Edit"));
    editMenu->setObjectName(QStringLiteral("editMenu"));

    QMenu *connection = bar->addMenu(MainWindow::tr("&Connection"));
    connection->setObjectName(QStringLiteral("connectionMenu"));
    connection->addActions({connect, newTab});
    connection->addSeparator();
    connection->addAction(logout);

    QMenu *query = bar->addMenu(MainWindow::tr("&Query"));
    query->addActions({runStatement, runScript, cancel});
    query->addSeparator();
    query->addAction(resultTabLimit);

    QMenu *tab = bar->addMenu(MainWindow::tr("&Tab"));
    tab->addActions({newTab, closeTab});

    viewMenu = bar->addMenu(MainWindow::tr("&View"));
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    viewMenu->addActions({zoomIn, zoomOut, zoomReset});
    viewMenu->addSeparator();

    QMenu *help = bar->addMenu(MainWindow::tr("&Help"));
    help->addAction(MainWindow::tr("&About Tessera"), window, [window] {
        window->showInfo(MainWindow::tr("About Tessera"),
                         MainWindow::tr("<h3>Tessera %1</h3><p>An SQL workbench where every tab runs as the "
                                        "person who logged in: one connection per tab, opened with your "
                                        "own credentials, closed with the tab.</p>"
                                        "<p>Licensed under the GNU General Public License, version 3 "
                                        "or (at your option) any later version.</p>")
                             .arg(QStringLiteral(TESSERA_VERSION)));
    });

    QToolBar *toolBar = window->addToolBar(MainWindow::tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setIconSize(QSize(20, 20));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addActions({newProfile, editProfile});
    toolBar->addSeparator();
    toolBar->addActions({connect, newTab});
}
