#pragma once
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QAction;
class QFileSystemWatcher;
class SqlEditor;
class TabBanner;
class QWidget;

// A query tab bound to a .sql file: opened off the GUI thread (strict UTF-8 unless an encoding
// is named), saved through SafeFile in the encoding it was read in, a modified marker from the
// editor's save point, and a notice in the tab's banner when the file changes on disk (Reload)
// or cannot be saved where it is (the caller offers Save As).
class TabFile : public QObject
{
    Q_OBJECT
public:
    TabFile(SqlEditor *editor, TabBanner *banner, QObject *parent);

    bool isBound() const { return !m_path.isEmpty(); }
    QString path() const { return m_path; }
    QString fileName() const;
    bool isModified() const;

    // Reads the file in the background; loaded() or failed() follow.
    void open(const QString &path, const QString &encoding = {});
    // Writes the editor's text (to path, or to the bound file). False with *error (one sentence).
    bool save(QString *error);
    bool saveAs(const QString &path, QString *error);

    // Unsaved changes and the tab is closing: Save / Discard / Cancel (a window-modal box, never
    // exec()). then(true): go on closing (saved or discarded); then(false): keep the tab.
    void askBeforeClosing(QWidget *parent, std::function<void(bool)> then);

signals:
    void loaded(const QString &path);
    // notUtf8: the file may open with another encoding.
    void failed(const QString &path, const QString &message, bool notUtf8);
    void changed();   // bound, saved, modified or not: the tab's title may have to say so

private:
    void bind(const QString &path, const QString &encoding);
    void onFileChanged(const QString &path);
    void reload();

    SqlEditor *m_editor;
    TabBanner *m_banner;
    QString m_path;
    QString m_encoding;
    QFileSystemWatcher *m_watcher;
    QAction *m_reload;
    bool m_writing = false;   // our own save: not a change "on disk" to tell about
};
