#pragma once
#include "connection/credentials.h"

#include <QSize>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QWidget>

#include <memory>

class ConnectionManager;
class ConnectionProfile;
class EditorStash;
class LoginDialog;
class ProfileStore;
class MainWindow;
class QueryTab;

// What the end-to-end tests share: finding widgets by name, typing a login into the real
// dialog, and looking for a secret in every file Tessera may write.
namespace E2E {

constexpr int kTimeoutMs = 20000;

template<typename T>
T *child(const QObject *parent, const char *name)
{
    return parent ? parent->findChild<T *>(QString::fromLatin1(name)) : nullptr;
}

// The program's objects as main() makes them, on clean folders: an empty profile store in the
// test's own folder, a connection manager, an editor stash and, once made, the main window.
struct App
{
    App();
    ~App();

    QTemporaryDir dir;
    std::unique_ptr<ProfileStore> store;
    std::unique_ptr<ConnectionManager> manager;
    std::unique_ptr<EditorStash> stash;
    std::unique_ptr<MainWindow> window;

    // Clean folders, an empty store, a new manager and stash; drops what an earlier test left.
    void reset();
    // Saves the profile in the store; its id.
    QString addProfile(const ConnectionProfile &profile);
    // Makes and shows the window (withStash: it stashes and restores editors); false when the
    // platform never showed it.
    bool makeWindow(bool withStash, bool activate, QSize size = {});
    // Closes the window and waits until no session is left; false when one stayed.
    bool closeAll();
    void release();   // everything, window first
};

// Names the config and data folders the way the program does, and starts from empty ones:
// no settings, no stashed editors left by an earlier run.
void useCleanAppFolders();

// An empty profile store in the test's folder (any file from an earlier test removed).
std::unique_ptr<ProfileStore> freshStore(const QTemporaryDir &dir);

// Shows the window and waits until it is exposed and, when `activate`, active (so shortcuts
// reach it). False when the platform never got there.
bool showWindow(MainWindow *window, bool activate = true);

// Opens the profile in the window and returns its login dialog once shown (nullptr if none).
LoginDialog *openLogin(MainWindow *window, const QString &profileId);

// The login dialog of the window (the newest, if several).
LoginDialog *loginDialog(const MainWindow *window);

// Types the user and the password into the dialog and clicks Connect.
bool typeLogin(LoginDialog *dialog, const Credentials &credentials);


// Every file under the app's config, data and cache locations (and the extra folders given)
// whose bytes contain the text.
QStringList filesContaining(const QString &text, const QStringList &extraFolders = {});

// Saves a picture of the widget to /tmp/<name>.png (and to TESSERA_SCREENSHOT_DIR when set).
void screenshot(QWidget *widget, const QString &name);

} // namespace E2E
