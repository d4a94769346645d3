#include "profilecommands.h"

#include "connection/connectionmanager.h"
#include "profiles/profiledialog.h"
#include "profiles/profilelistwidget.h"
#include "profiles/profilestore.h"

#include <QMessageBox>

ProfileCommands::ProfileCommands(ProfileStore *store, ConnectionManager *manager,
                                 ProfileListWidget *list, QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_manager(manager)
    , m_list(list)
    , m_window(window)
{
}

void ProfileCommands::setOpenTabCounter(std::function<int(const QString &)> counter)
{
    m_openTabs = std::move(counter);
}

void ProfileCommands::reportStoreProblem()
{
    if (!m_store->problem().isEmpty())
        emit problem(m_store->problem());
}

void ProfileCommands::newProfile()
{
    auto *dialog = new ProfileDialog(m_store, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const ConnectionProfile p = dialog->profile();
        m_store->add(p);
        // add() assigns the id; names are unique, so the name finds the new profile.
        const QList<ConnectionProfile> all = m_store->profiles();
        for (const ConnectionProfile &candidate : all) {
            if (candidate.name == p.name)
                m_list->setCurrentProfileId(candidate.id);
        }
        reportStoreProblem();
    });
    dialog->open();
}

void ProfileCommands::editProfile()
{
    const QString id = m_list->currentProfileId();
    if (id.isEmpty())
        return;
    auto *dialog = new ProfileDialog(m_store, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setProfile(m_store->profile(id));
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        // Open tabs keep the profile they were opened with; the change applies to new ones.
        m_store->update(dialog->profile());
        reportStoreProblem();
    });
    dialog->open();
}

void ProfileCommands::duplicateProfile()
{
    const QString id = m_list->currentProfileId();
    if (id.isEmpty())
        return;
    const ConnectionProfile copy = m_store->duplicate(id);
    m_list->setCurrentProfileId(copy.id);
    reportStoreProblem();
}

void ProfileCommands::deleteProfile()
{
    const QString id = m_list->currentProfileId();
    if (id.isEmpty())
        return;
    const ConnectionProfile p = m_store->profile(id);
    const int openTabs = m_openTabs ? m_openTabs(id) : 0;
    if (openTabs > 0 || m_manager->liveCount(id) > 0) {
        emit information(tr("Profile In Use"),
                         tr("“%1” has open tabs and is logged in. Close its tabs first; then it can be deleted.")
                             .arg(p.name));
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete Profile"),
                                tr("Delete the connection profile “%1”?\nThis cannot be undone.").arg(p.name),
                                QMessageBox::Yes | QMessageBox::Cancel, m_window);
    box->setObjectName(QStringLiteral("confirmDelete"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, id](int result) {
        if (result != QMessageBox::Yes)
            return;
        m_manager->forgetLogin(id);
        m_store->remove(id);
        reportStoreProblem();
    });
    box->open();
}
