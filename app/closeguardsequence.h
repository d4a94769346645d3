#pragma once
#include <QList>
#include <QObject>
#include <QPointer>

class QueryTab;

// Asks tabs, one after another, whether they may close: QueryTab::requestClose() lets a tab
// with an open transaction ask Commit / Rollback / Cancel. One dialog at a time, so the person
// always knows which tab is asking. The first refusal ends the run: quitting or logging out is
// all or nothing, and no tab closes before every tab has agreed.
class CloseGuardSequence : public QObject
{
    Q_OBJECT
public:
    CloseGuardSequence(const QList<QueryTab *> &tabs, QObject *parent = nullptr);

    // Returns at once; approved() or refused() follows (before start() returns when no tab
    // needs to ask anything). The object deletes itself after either.
    void start();
    bool isRunning() const { return m_running; }

signals:
    void asking(QueryTab *tab);   // this tab is about to ask: show it
    void approved();
    void refused();

private:
    void next();
    void finish(bool ok);

    QList<QPointer<QueryTab>> m_pending;
    QPointer<QueryTab> m_current;
    bool m_running = false;
};
