#include "filecommands.h"

#include "mainwindow.h"
#include "profiles/profilestore.h"
#include "query/querytab.h"
#include "query/sqleditor.h"
#include "query/tabfile.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>

namespace {
const QString kRecentKey = QStringLiteral("files/recent");

QStringList localFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            files.append(url.toLocalFile());
    }
    return files;
}
} // namespace

FileCommands::FileCommands(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    window->setAcceptDrops(true);
    window->installEventFilter(this);
}

QStringList FileCommands::recentFiles() const
{
    return QSettings().value(kRecentKey).toStringList();
}

void FileCommands::remember(const QString &path)
{
    QStringList recent = recentFiles();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    QSettings().setValue(kRecentKey, recent.mid(0, kRecentFiles));
}

void FileCommands::fillRecentMenu(QMenu *menu) const
{
    menu->clear();
    const QStringList recent = recentFiles();
    for (const QString &path : recent) {
        QString label = QDir::toNativeSeparators(path);
        label.replace(u'&', QStringLiteral("&&"));
        menu->addAction(label, this, [this, path] { const_cast<FileCommands *>(this)->openPath(path); });
    }
    if (recent.isEmpty())
        menu->addAction(tr("No recent files"))->setEnabled(false);
}

void FileCommands::open()
{
    auto *dialog = new QFileDialog(m_window, tr("Open SQL Script"));
    dialog->setObjectName(QStringLiteral("openScriptDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setNameFilters({tr("SQL scripts (*.sql)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::filesSelected, this, [this](const QStringList &files) {
        for (const QString &f : files)
            openPath(f);
    });
    dialog->open();
}

QueryTab *FileCommands::targetFor(const QString &path)
{
    // Already open: show it rather than open it twice.
    for (QueryTab *tab : m_window->tabsOf(QString())) {
        if (tab->file()->isBound() && tab->file()->path() == QFileInfo(path).absoluteFilePath()) {
            m_window->tabWidget()->setCurrentWidget(tab);
            return nullptr;
        }
    }
    QueryTab *current = m_window->currentTab();
    if (current && !current->file()->isBound() && current->editor()->length() == 0)
        return current;
    const QString profileId = m_window->activeProfileId();
    if (profileId.isEmpty()) {
        m_window->showProblem(tr("Choose a connection in the list first: a script opens in a tab of a profile."));
        return nullptr;
    }
    return m_window->addTabWithoutSession(m_window->profileStore()->profile(profileId));
}

void FileCommands::openPath(const QString &path, const QString &encoding)
{
    QueryTab *tab = targetFor(path);
    if (!tab)
        return;
    TabFile *file = tab->file();
    disconnect(file, &TabFile::loaded, this, nullptr);
    disconnect(file, &TabFile::failed, this, nullptr);
    connect(file, &TabFile::loaded, this, [this](const QString &loaded) { remember(loaded); }, Qt::SingleShotConnection);
    connect(file, &TabFile::failed, this, [this, tab](const QString &failed, const QString &message, bool notUtf8) {
        if (notUtf8)
            askEncoding(tab, failed, message);
        else
            m_window->showProblem(message);
    }, Qt::SingleShotConnection);
    tab->openFile(path, encoding);
}

void FileCommands::askEncoding(QueryTab *tab, const QString &path, const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Not UTF-8"), message, QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("encodingBox"));
    box->setInformativeText(tr("If you know its encoding, open it as that: the text is converted as it is read, "
                               "and saved back in the same encoding."));
    QPushButton *latin1 = box->addButton(tr("Open as Latin-1"), QMessageBox::AcceptRole);
    latin1->setObjectName(QStringLiteral("latin1Button"));
    QPushButton *windows = box->addButton(tr("Open as Windows-1252"), QMessageBox::AcceptRole);
    windows->setObjectName(QStringLiteral("windows1252Button"));
    box->addButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<QueryTab> guarded = tab;
    connect(box, &QDialog::finished, this, [this, box, latin1, windows, path, guarded] {
        const QAbstractButton *clicked = box->clickedButton();
        const QString encoding = clicked == latin1 ? QStringLiteral("ISO-8859-1")
            : clicked == windows                   ? QStringLiteral("windows-1252")
                                                   : QString();
        if (encoding.isEmpty() || !guarded)
            return;
        m_window->tabWidget()->setCurrentWidget(guarded);
        openPath(path, encoding);
    });
    box->open();
}

void FileCommands::save()
{
    QueryTab *tab = m_window->currentTab();
    if (!tab)
        return;
    if (!tab->file()->isBound()) {
        saveAs();
        return;
    }
    QString error;
    if (!tab->file()->save(&error))
        m_window->showProblem(error);
}

void FileCommands::saveAs()
{
    QueryTab *tab = m_window->currentTab();
    if (!tab)
        return;
    auto *dialog = new QFileDialog(m_window, tr("Save SQL Script"));
    dialog->setObjectName(QStringLiteral("saveScriptDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("sql"));
    dialog->setNameFilters({tr("SQL scripts (*.sql)"), tr("All files (*)")});
    if (tab->file()->isBound())
        dialog->selectFile(tab->file()->path());
    QPointer<QueryTab> guarded = tab;
    connect(dialog, &QFileDialog::fileSelected, this, [this, guarded](const QString &path) {
        if (!guarded)
            return;
        QString error;
        if (guarded->file()->saveAs(path, &error))
            remember(path);
        else
            m_window->showProblem(error);
    });
    dialog->open();
}

bool FileCommands::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::DragEnter) {
        auto *drag = static_cast<QDragEnterEvent *>(event);
        if (!localFiles(drag->mimeData()).isEmpty()) {
            drag->acceptProposedAction();
            return true;
        }
    } else if (watched == m_window && event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QStringList files = localFiles(drop->mimeData());
        if (!files.isEmpty()) {
            drop->acceptProposedAction();
            for (const QString &f : files)
                openPath(f);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}
