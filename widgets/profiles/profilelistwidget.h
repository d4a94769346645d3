#pragma once
#include "profiles/connectionprofile.h"

#include <QWidget>

class QListWidget;
class QListWidgetItem;
class QPushButton;

// The "Connections" dock: the saved profiles with their driver and colour tag. Activating one
// (double-click, Enter, or the Connect button) asks to open it; the window decides how.
class ProfileListWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ProfileListWidget(QWidget *parent = nullptr);

    void setProfiles(const QList<ConnectionProfile> &profiles);
    QString currentProfileId() const;
    void setCurrentProfileId(const QString &id);
    QStringList profileIds() const;
    // A note on the profile's detail line and tooltip, its name in bold ("logged in as alice");
    // an empty mark takes it off again.
    void setMark(const QString &profileId, const QString &mark);
    QListWidget *list() const { return m_list; }

signals:
    void openRequested(const QString &profileId);
    void currentProfileChanged(const QString &profileId);

private:
    void requestOpen(QListWidgetItem *item);
    QListWidgetItem *itemOf(const QString &profileId) const;

    QListWidget *m_list = nullptr;
    QPushButton *m_connect = nullptr;
};
