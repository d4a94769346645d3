#include "e2ehelpers.h"

#include "loginflow.h"
#include "login/logindialog.h"
#include "mainwindow.h"
#include "query/querytab.h"
#include "query/sqleditor.h"
#include "connection/connectionmanager.h"
#include "profiles/profilestore.h"
#include "workspace/editorstash.h"

#include <QApplication>
#include <QCoreApplication>
#include <QPainter>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace E2E {

App::App() = default;

App::~App()
{
    release();
}

void App::reset()
{
    release();
    useCleanAppFolders();
    store = freshStore(dir);
    manager = std::make_unique<ConnectionManager>();
    stash = std::make_unique<EditorStash>();
}

QString App::addProfile(const ConnectionProfile &profile)
{
    store->add(profile);
    return profile.id;
}

bool App::makeWindow(bool withStash, bool activate, QSize size)
{
    window = std::make_unique<MainWindow>(store.get(), manager.get(), withStash ? stash.get() : nullptr);
    if (size.isValid())
        window->resize(size);
    return showWindow(window.get(), activate);
}

bool App::closeAll()
{
    if (window)
        window->close();
    return QTest::qWaitFor([this] { return manager->liveCount() == 0; }, kTimeoutMs);
}

void App::release()
{
    window.reset();
    manager.reset();
    stash.reset();
    store.reset();
}

void useCleanAppFolders()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Tessera"));
    QCoreApplication::setApplicationName(QStringLiteral("tessera"));
    QSettings().clear();
    QDir(EditorStash::defaultDirectory()).removeRecursively();
}

std::unique_ptr<ProfileStore> freshStore(const QTemporaryDir &dir)
{
    auto store = std::make_unique<ProfileStore>(dir.filePath(QStringLiteral("profiles.json")));
    QFile::remove(store->filePath());
    return store;
}

bool showWindow(MainWindow *window, bool activate)
{
    window->show();
    if (!QTest::qWaitForWindowExposed(window))
        return false;
    if (!activate)
        return true;
    window->activateWindow();
    return QTest::qWaitForWindowActive(window);
}

LoginDialog *openLogin(MainWindow *window, const QString &profileId)
{
    window->openProfile(profileId);
    LoginDialog *dialog = window->loginFlow()->pendingDialog(profileId);
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

LoginDialog *loginDialog(const MainWindow *window)
{
    const QList<LoginDialog *> dialogs = window->findChildren<LoginDialog *>();
    for (LoginDialog *d : dialogs) {
        if (d->isVisible())
            return d;
    }
    return nullptr;
}

bool typeLogin(LoginDialog *dialog, const Credentials &credentials)
{
    auto *user = child<QLineEdit>(dialog, "userEdit");
    auto *password = child<QLineEdit>(dialog, "passwordEdit");
    auto *connect = child<QPushButton>(dialog, "connectButton");
    if (!user || !password || !connect)
        return false;
    user->clear();
    QTest::keyClicks(user, credentials.user);
    password->clear();
    QTest::keyClicks(password, credentials.password);
    QTest::mouseClick(connect, Qt::LeftButton);
    return true;
}


QStringList filesContaining(const QString &text, const QStringList &extraFolders)
{
    QStringList folders = extraFolders;
    for (auto location : {QStandardPaths::AppConfigLocation, QStandardPaths::AppDataLocation,
                          QStandardPaths::GenericConfigLocation, QStandardPaths::CacheLocation})
        folders.append(QStandardPaths::writableLocation(location));
    QStringList hits;
    const QByteArray needle = text.toUtf8();
    for (const QString &folder : std::as_const(folders)) {
        QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle) && !hits.contains(f.fileName()))
                hits.append(f.fileName());
        }
    }
    return hits;
}

void screenshot(QWidget *widget, const QString &name)
{
    QPixmap picture = widget->grab();
    // Popups (a completion list, a menu) are windows of their own: paint them where they are.
    QPainter painter(&picture);
    const QWidgetList tops = QApplication::topLevelWidgets();
    for (QWidget *top : tops) {
        if (top == widget->window() || !top->isVisible() || !(top->windowFlags() & Qt::Popup))
            continue;
        painter.drawPixmap(widget->mapFromGlobal(top->mapToGlobal(QPoint(0, 0))), top->grab());
    }
    painter.end();
    picture.save(QStringLiteral("/tmp/%1.png").arg(name));
    if (const QString dir = qEnvironmentVariable("TESSERA_SCREENSHOT_DIR"); !dir.isEmpty())
        picture.save(QStringLiteral("%1/%2.png").arg(dir, name));
}

} // namespace E2E
