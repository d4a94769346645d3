#pragma once

class MainWindow;
class FileCommands;
class ProfileCommands;
class QAction;
class QMenu;

// The main window's actions, menus and toolbar, made in one place so the window itself only
// wires them. Query actions act on the current tab: they own the keys, the tabs' toolbars do not.
struct WindowActions
{
    QAction *openFile = nullptr;
    QAction *saveFile = nullptr;
    QAction *saveFileAs = nullptr;
    QAction *newProfile = nullptr;
    QAction *editProfile = nullptr;
    QAction *duplicateProfile = nullptr;
    QAction *deleteProfile = nullptr;
    QAction *connect = nullptr;
    QAction *logout = nullptr;
    QAction *quit = nullptr;
    QAction *runStatement = nullptr;
    QAction *runScript = nullptr;
    QAction *cancel = nullptr;
    QAction *resultTabLimit = nullptr;
    QAction *newTab = nullptr;
    QAction *closeTab = nullptr;
    QAction *zoomIn = nullptr;
    QAction *zoomOut = nullptr;
    QAction *zoomReset = nullptr;
    QMenu *viewMenu = nullptr;
    QMenu *editMenu = nullptr;   // filled by EditActions

    // Creates the actions (children of the window) and puts them into its menus and toolbar.
    void create(MainWindow *window, ProfileCommands *commands, FileCommands *files);
};
