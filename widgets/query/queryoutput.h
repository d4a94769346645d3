#pragma once
#include <QList>
#include <QTabWidget>

class MessageLog;
class ResultPage;

// The lower half of a query tab: one page per result set of the last run (Run Script gives
// every statement that returns rows a numbered page of its own, up to a limit the person
// sets), then the Messages page.
class QueryOutput : public QTabWidget
{
    Q_OBJECT
public:
    explicit QueryOutput(QWidget *parent = nullptr);

    MessageLog *messages() const { return m_messages; }
    // The page the rows of the current (or last) result go to; never null.
    ResultPage *currentResult() const { return m_pages.at(m_current); }
    int resultCount() const { return m_used; }
    // The result page on screen, else the current one (Messages shown).
    ResultPage *shownResult() const;
    ResultPage *resultAt(int i) const { return m_pages.value(i); }

    // A new run: one empty "Results" page.
    void clearResults();
    // The next result set of the run. A script's results are numbered and titled with the
    // statement's first words. Null when the limit of pages is reached: those rows are not kept.
    ResultPage *beginResult(int statementNumber, const QString &sql, bool numbered);
    // The row count on the page's title once known.
    void setRowCount(ResultPage *page, qint64 rows, bool more);

    void showResults();
    void showMessages();

    // The most result pages one run gets (QSettings results/maxResultTabs).
    static int resultTabLimit();
    static void setResultTabLimit(int limit);

signals:
    void fetchMoreRequested();
    void fetchAllRequested();

private:
    ResultPage *addPage();
    static QString titleFor(int statementNumber, const QString &sql);

    QList<ResultPage *> m_pages;   // page 0 always exists
    QList<QString> m_titles;       // without the row count
    int m_current = 0;
    int m_used = 0;                // pages holding a result of the last run
    MessageLog *m_messages = nullptr;
};
