#pragma once
#include <QFrame>

class QLabel;
class QPushButton;

// A strip above a tab's editor for the states that must not be missed and must not block:
// "Not connected" with a Connect button, "Connection lost", a transaction lost on reconnect.
// Unlike a dialog it leaves the editor (and the SQL in it) alone.
class TabBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Level { Info, Warning, Error };

    explicit TabBanner(QWidget *parent = nullptr);

    // buttonText empty: no button.
    void showMessage(const QString &text, Level level, const QString &buttonText = {});
    QString text() const;   // empty while hidden
    Level level() const { return m_level; }

signals:
    void buttonClicked();

private:
    QLabel *m_label = nullptr;
    QPushButton *m_button = nullptr;
    QWidget *m_dismiss = nullptr;
    Level m_level = Level::Info;
};
