#include "query/tabfile.h"

#include "query/sqleditor.h"
#include "query/tabbanner.h"
#include "workspace/scriptfile.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QMessageBox>
#include <QPushButton>
#include <QPointer>
#include <QThreadPool>

TabFile::TabFile(SqlEditor *editor, TabBanner *banner, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_banner(banner)
    , m_watcher(new QFileSystemWatcher(this))
    , m_reload(new QAction(tr("Reload"), this))
{
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &TabFile::onFileChanged);
    connect(m_reload, &QAction::triggered, this, &TabFile::reload);
    connect(editor, &QsciScintilla::modificationChanged, this, &TabFile::changed);
}

QString TabFile::fileName() const
{
    return QFileInfo(m_path).fileName();
}

bool TabFile::isModified() const
{
    return isBound() && m_editor->isModified();
}

void TabFile::open(const QString &path, const QString &encoding)
{
    QPointer<TabFile> self = this;
    // A 50 MB script is read and decoded off the GUI thread; only setText happens here.
    QThreadPool::globalInstance()->start([self, path, encoding] {
        const ScriptFile::Loaded loaded = ScriptFile::read(path, encoding);
        QMetaObject::invokeMethod(self, [self, path, encoding, loaded] {
            if (!self)
                return;
            if (!loaded.ok) {
                emit self->failed(path, loaded.error, loaded.notUtf8);
                return;
            }
            self->m_editor->setText(loaded.text);
            self->m_editor->setModified(false);
            self->bind(path, loaded.encoding);
            emit self->loaded(path);
        });
    });
}

void TabFile::bind(const QString &path, const QString &encoding)
{
    if (!m_path.isEmpty())
        m_watcher->removePath(m_path);
    m_path = QFileInfo(path).absoluteFilePath();
    m_encoding = encoding;
    m_watcher->addPath(m_path);
    emit changed();
}

bool TabFile::save(QString *error)
{
    return saveAs(m_path, error);
}

bool TabFile::saveAs(const QString &path, QString *error)
{
    QString reason;
    m_writing = true;
    const bool ok = ScriptFile::write(path, m_editor->text(), m_encoding, &reason);
    m_writing = false;
    if (!ok) {
        *error = tr("“%1” could not be saved: %2. The text is still here; Save As… puts it elsewhere.")
                     .arg(QDir::toNativeSeparators(path), reason);
        return false;
    }
    m_editor->setModified(false);
    bind(path, m_encoding);   // a rename replaces the inode the watcher followed
    if (m_banner->action() == m_reload)
        m_banner->hide();
    return true;
}

void TabFile::askBeforeClosing(QWidget *parent, std::function<void(bool)> then)
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Unsaved Changes"),
                                tr("“%1” has changes that are not saved.").arg(fileName()), QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("unsavedFileBox"));
    box->setInformativeText(tr("Save them before closing?"));
    QPushButton *save = box->addButton(QMessageBox::Save);
    save->setObjectName(QStringLiteral("saveButton"));
    QPushButton *discard = box->addButton(QMessageBox::Discard);
    discard->setObjectName(QStringLiteral("discardButton"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    box->setDefaultButton(save);
    box->setEscapeButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QDialog::finished, this, [this, box, save, discard, then] {
        QAbstractButton *clicked = box->clickedButton();
        if (clicked == save) {
            QString error;
            if (!this->save(&error)) {
                m_banner->showMessage(error, TabBanner::Level::Error);
                then(false);   // nothing is lost: the tab stays with its text
                return;
            }
            then(true);
        } else {
            then(clicked == discard);
        }
    });
    box->open();
}

void TabFile::onFileChanged(const QString &path)
{
    if (m_writing || path != m_path)
        return;
    if (!QFileInfo::exists(path)) {
        m_banner->showMessage(tr("“%1” was deleted or moved on disk. Save writes it again.").arg(fileName()),
                              TabBanner::Level::Warning);
        return;
    }
    m_watcher->addPath(path);   // an editor that saves by rename replaced the file we watched
    m_banner->showMessage(isModified() ? tr("“%1” changed on disk, and this tab has unsaved changes. Reload "
                                            "replaces them with what is on disk.").arg(fileName())
                                       : tr("“%1” changed on disk.").arg(fileName()),
                          TabBanner::Level::Warning, m_reload);
}

void TabFile::reload()
{
    m_banner->hide();
    open(m_path, m_encoding);
}
