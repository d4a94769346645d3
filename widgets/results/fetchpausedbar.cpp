#include "results/fetchpausedbar.h"

#include "common/tabformat.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

FetchPausedBar::FetchPausedBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("fetchPausedBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("fetchPausedLabel"));
    auto *more = new QPushButton(tr("Fetch More"), this);
    more->setObjectName(QStringLiteral("fetchMoreButton"));
    more->setToolTip(tr("Fetch the next part of the result, up to the memory cap again"));
    auto *all = new QPushButton(tr("Fetch All"), this);
    all->setObjectName(QStringLiteral("fetchAllButton"));
    all->setToolTip(tr("Fetch every remaining row, without a cap"));
    connect(more, &QPushButton::clicked, this, &FetchPausedBar::fetchMoreRequested);
    connect(all, &QPushButton::clicked, this, &FetchPausedBar::fetchAllRequested);
    layout->addWidget(m_label, 1);
    layout->addWidget(more);
    layout->addWidget(all);
    hide();
}

void FetchPausedBar::showPaused(qint64 rowsFetched)
{
    m_label->setText(tr("%1 fetched — the rest is still on the server.").arg(TabFormat::rows(rowsFetched)));
    m_paused = true;
    show();
}

void FetchPausedBar::clear()
{
    m_paused = false;
    hide();
}

QString FetchPausedBar::text() const
{
    return m_label->text();
}
