#pragma once
#include <QObject>
#include <QStringList>

class MainWindow;
class QMenu;
class QueryTab;

// File → Open, Save, Save As and Recent Files for .sql scripts, and files dropped on the window:
// a script opens in the current tab when it is empty, else in a new tab of the current profile
// (connected at once when no password is needed). A file that is not UTF-8 is not changed: the
// person is asked which encoding it is in. Dialogs are opened, never exec()'d.
class FileCommands : public QObject
{
    Q_OBJECT
public:
    explicit FileCommands(MainWindow *window);

    void open();                 // the file dialog
    void openPath(const QString &path, const QString &encoding = {});
    void save();
    void saveAs();
    void fillRecentMenu(QMenu *menu) const;

    QStringList recentFiles() const;
    static constexpr int kRecentFiles = 10;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;   // drops on the window

private:
    QueryTab *targetFor(const QString &path);
    void remember(const QString &path);
    void askEncoding(QueryTab *tab, const QString &path, const QString &message);

    MainWindow *m_window;
};
