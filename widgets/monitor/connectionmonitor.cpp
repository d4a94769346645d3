#include "monitor/connectionmonitor.h"

#include "connection/connectionmanager.h"
#include "connection/sessionlistmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

ConnectionMonitor::ConnectionMonitor(ConnectionManager *manager, QWidget *parent)
    : QWidget(parent)
    , m_manager(manager)
    , m_summary(new QLabel(this))
    , m_sessions(new QTableView(this))
    , m_log(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("connectionMonitor"));
    auto *model = new SessionListModel(manager, this);
    m_sessions->setObjectName(QStringLiteral("monitorSessions"));
    m_sessions->setModel(model);
    m_sessions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sessions->verticalHeader()->hide();
    m_sessions->horizontalHeader()->setStretchLastSection(true);
    m_sessions->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_log->setObjectName(QStringLiteral("monitorLog"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_sessions);
    split->addWidget(m_log);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(split);

    const QList<ConnectionEvent> earlier = manager->eventLog()->events();
    for (const ConnectionEvent &e : earlier)
        appendEvent(e);
    connect(manager->eventLog(), &ConnectionEventLog::eventLogged, this, &ConnectionMonitor::appendEvent);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ConnectionMonitor::updateSummary);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ConnectionMonitor::updateSummary);
    updateSummary();
}

void ConnectionMonitor::appendEvent(const ConnectionEvent &event)
{
    m_log->appendPlainText(QStringLiteral("%1  %2  %3  %4")
                               .arg(event.when.toString(QStringLiteral("HH:mm:ss")), event.profileName,
                                    event.user.isEmpty() ? QStringLiteral("-") : event.user, event.what));
}

void ConnectionMonitor::updateSummary()
{
    m_summary->setText(tr("%1 of at most %2 connections open (at most %3 per profile)")
                           .arg(m_manager->liveCount())
                           .arg(m_manager->globalLimit())
                           .arg(m_manager->perProfileLimit()));
}
