#include "query/queryoutput.h"

#include "results/fetchpausedbar.h"
#include "query/messagelog.h"
#include "results/resultmodel.h"
#include "results/resultview.h"

#include <QVBoxLayout>

QueryOutput::QueryOutput(ResultModel *model, QWidget *parent)
    : QTabWidget(parent)
{
    setDocumentMode(true);
    auto *resultsPage = new QWidget(this);
    auto *layout = new QVBoxLayout(resultsPage);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_view = new ResultView(resultsPage);
    m_view->setObjectName(QStringLiteral("resultView"));
    m_view->setModel(model);
    layout->addWidget(m_view, 1);
    m_pausedBar = new FetchPausedBar(resultsPage);
    layout->addWidget(m_pausedBar);
    addTab(resultsPage, tr("Results"));

    m_messages = new MessageLog(this);
    m_messages->setObjectName(QStringLiteral("messages"));
    addTab(m_messages, tr("Messages"));
}
