#include "resultpage.h"

#include "results/fetchpausedbar.h"
#include "results/resultmodel.h"
#include "results/resultview.h"

#include <QVBoxLayout>

ResultPage::ResultPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new ResultModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_view = new ResultView(this);
    m_view->setObjectName(QStringLiteral("resultView"));
    m_view->setModel(m_model);
    layout->addWidget(m_view, 1);
    m_pausedBar = new FetchPausedBar(this);
    layout->addWidget(m_pausedBar);
}
