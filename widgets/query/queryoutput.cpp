#include "queryoutput.h"

#include "common/tabformat.h"
#include "query/messagelog.h"
#include "results/fetchpausedbar.h"
#include "results/resultmodel.h"
#include "results/resultpage.h"

#include <QRegularExpression>
#include <QSettings>

namespace {
const QString kLimitKey = QStringLiteral("results/maxResultTabs");
constexpr int kDefaultLimit = 20;
constexpr int kTitleChars = 28;
}

QueryOutput::QueryOutput(QWidget *parent)
    : QTabWidget(parent)
{
    setDocumentMode(true);
    m_messages = new MessageLog(this);
    m_messages->setObjectName(QStringLiteral("messages"));
    addTab(m_messages, tr("Messages"));
    addPage();
    setTabText(0, tr("Results"));
    m_titles.append(tr("Results"));
    setCurrentIndex(0);
}

int QueryOutput::resultTabLimit()
{
    return qBound(1, QSettings().value(kLimitKey, kDefaultLimit).toInt(), 1000);
}

void QueryOutput::setResultTabLimit(int limit)
{
    QSettings().setValue(kLimitKey, qBound(1, limit, 1000));
}

ResultPage *QueryOutput::addPage()
{
    auto *page = new ResultPage(this);
    connect(page->pausedBar(), &FetchPausedBar::fetchMoreRequested, this, &QueryOutput::fetchMoreRequested);
    connect(page->pausedBar(), &FetchPausedBar::fetchAllRequested, this, &QueryOutput::fetchAllRequested);
    insertTab(int(m_pages.size()), page, QString());   // result pages first, Messages last
    m_pages.append(page);
    return page;
}

void QueryOutput::clearResults()
{
    const bool showingResult = currentWidget() != m_messages;
    // The extra pages of the last script go; the first one is emptied and kept.
    while (m_pages.size() > 1) {
        ResultPage *page = m_pages.takeLast();
        removeTab(indexOf(page));
        page->deleteLater();
    }
    m_titles = {tr("Results")};
    setTabText(0, m_titles.first());
    m_pages.first()->model()->clear();
    m_pages.first()->pausedBar()->clear();
    m_current = 0;
    m_used = 0;
    if (showingResult)
        setCurrentIndex(0);
}

QString QueryOutput::titleFor(int statementNumber, const QString &sql)
{
    // "2: select name from…": the number and the statement's first words, on one line.
    QString words = sql.simplified();
    static const QRegularExpression leadingComments(QStringLiteral("^(--[^\\n]*\\n\\s*|/\\*.*?\\*/\\s*)+"),
                                                    QRegularExpression::DotMatchesEverythingOption);
    words = sql.trimmed().remove(leadingComments).simplified();
    if (words.size() > kTitleChars) {
        // Cut between words where there is a space to cut at.
        QString cut = words.left(kTitleChars - 1);
        if (const qsizetype space = cut.lastIndexOf(u' '); space > kTitleChars / 2)
            cut.truncate(space);
        words = cut.trimmed() + u'…';
    }
    return tr("%1: %2").arg(statementNumber).arg(words);
}

ResultPage *QueryOutput::beginResult(int statementNumber, const QString &sql, bool numbered)
{
    if (m_used >= resultTabLimit())
        return nullptr;
    ResultPage *page = m_used == 0 ? m_pages.first() : addPage();
    m_current = int(m_pages.indexOf(page));
    const QString title = numbered ? titleFor(statementNumber, sql) : tr("Results");
    if (m_titles.size() <= m_current)
        m_titles.append(title);
    else
        m_titles[m_current] = title;
    setTabText(m_current, title);
    setTabToolTip(m_current, sql.left(2000));
    ++m_used;
    return page;
}

void QueryOutput::setRowCount(ResultPage *page, qint64 rows, bool more)
{
    const int i = int(m_pages.indexOf(page));
    if (i < 0 || i >= m_titles.size())
        return;
    const QString count = more ? tr("%1+").arg(TabFormat::rows(rows)) : TabFormat::rows(rows);
    setTabText(i, tr("%1 (%2)").arg(m_titles.at(i), count));
}

ResultPage *QueryOutput::shownResult() const
{
    if (auto *page = qobject_cast<ResultPage *>(currentWidget()))
        return page;
    return currentResult();
}

void QueryOutput::showResults()
{
    setCurrentWidget(m_pages.at(m_current));
}

void QueryOutput::showMessages()
{
    setCurrentWidget(m_messages);
}
