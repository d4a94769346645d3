#pragma once
#include <QWidget>

class FetchPausedBar;
class ResultModel;
class ResultView;

// One result set on screen: its model (the fetched rows), the grid over it, and the bar that
// offers the rest when the result stopped at the fetch cap.
class ResultPage : public QWidget
{
    Q_OBJECT
public:
    explicit ResultPage(QWidget *parent = nullptr);

    ResultModel *model() const { return m_model; }
    ResultView *view() const { return m_view; }
    FetchPausedBar *pausedBar() const { return m_pausedBar; }

private:
    ResultModel *m_model = nullptr;
    ResultView *m_view = nullptr;
    FetchPausedBar *m_pausedBar = nullptr;
};
