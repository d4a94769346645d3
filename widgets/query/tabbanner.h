#pragma once
#include <QFrame>
#include <QPointer>

class QAction;
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

    // buttonText empty: no button. A click emits buttonClicked().
    void showMessage(const QString &text, Level level, const QString &buttonText = {});
    // The button shows the action's text and a click triggers it: for an offer whose owner
    // is not the banner's usual listener (Disconnect, from DisconnectOffer).
    void showMessage(const QString &text, Level level, QAction *action);
    QString text() const;   // empty while hidden
    Level level() const { return m_level; }
    QAction *action() const;   // the action on the button while shown, else nullptr

signals:
    void buttonClicked();

private:
    QLabel *m_label = nullptr;
    QPushButton *m_button = nullptr;
    QWidget *m_dismiss = nullptr;
    QPointer<QAction> m_action;
    Level m_level = Level::Info;
};
