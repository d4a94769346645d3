#pragma once
#include <QTabWidget>

class FetchPausedBar;
class MessageLog;
class ResultModel;
class ResultView;

// The lower half of a query tab: the Results page (grid and, for a paused result, the fetch
// bar) and the Messages page.
class QueryOutput : public QTabWidget
{
    Q_OBJECT
public:
    QueryOutput(ResultModel *model, QWidget *parent = nullptr);

    ResultView *resultView() const { return m_view; }
    FetchPausedBar *pausedBar() const { return m_pausedBar; }
    MessageLog *messages() const { return m_messages; }

    void showResults() { setCurrentIndex(0); }
    void showMessages() { setCurrentIndex(1); }

private:
    ResultView *m_view = nullptr;
    FetchPausedBar *m_pausedBar = nullptr;
    MessageLog *m_messages = nullptr;
};
