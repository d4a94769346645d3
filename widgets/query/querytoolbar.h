#pragma once
#include <QToolBar>

class TransactionControls;

// A query tab's toolbar: Run, Run Script, Cancel, then the transaction controls. It only holds
// the actions; the tab connects them.
class QueryToolBar : public QToolBar
{
    Q_OBJECT
public:
    explicit QueryToolBar(QWidget *parent = nullptr);

    QAction *runAction() const { return m_run; }
    QAction *scriptAction() const { return m_script; }
    QAction *cancelAction() const { return m_cancel; }
    TransactionControls *transactions() const { return m_transactions; }

private:
    QAction *m_run = nullptr;
    QAction *m_script = nullptr;
    QAction *m_cancel = nullptr;
    TransactionControls *m_transactions = nullptr;
};
