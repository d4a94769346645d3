#pragma once
#include <QWidget>

class QLabel;

// Under the result grid when a result stopped at the fetch cap: how many rows are here, and
// the two ways to get the rest. The rest stays on the server until then (or until the next run
// discards it).
class FetchPausedBar : public QWidget
{
    Q_OBJECT
public:
    explicit FetchPausedBar(QWidget *parent = nullptr);

    void showPaused(qint64 rowsFetched);
    void clear();   // the result was continued, discarded or replaced
    bool isPaused() const { return m_paused; }
    QString text() const;

signals:
    void fetchMoreRequested();
    void fetchAllRequested();

private:
    QLabel *m_label = nullptr;
    bool m_paused = false;
};
