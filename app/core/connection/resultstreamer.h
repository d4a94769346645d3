#pragma once
#include "connection/dialect.h"
#include "connection/statementoutcome.h"
#include "results/rowbatch.h"

#include <QElapsedTimer>
#include <QObject>

#include <functional>
#include <memory>

class CancelHandle;
class QSqlQuery;
class RowReader;

// Streams one executed forward-only query's rows into batches: the first batch goes out as soon
// as a few rows are in (first rows at once), later ones when they hold enough bytes or enough
// time has passed, so the GUI thread handles few, cheap appends. Stops at the fetch cap (the
// result stays open and can go on), at the end, or when a cancel is requested.
class ResultStreamer
{
public:
    using BatchSink = std::function<void(const RowBatchPtr &)>;

    ResultStreamer(std::unique_ptr<QSqlQuery> query, Dialect dialect, StatementOutcome outcome,
                   std::shared_ptr<CancelHandle> cancel);
    ~ResultStreamer();

    ResultColumns columns();
    enum class Status { Exhausted, Capped, Stopped };
    // Streams until `capBytes` of buffer in total (<= 0: no cap).
    Status stream(qint64 capBytes, const BatchSink &sink);

    StatementOutcome &outcome() { return m_outcome; }
    qint64 bytes() const { return m_bytes; }
    qint64 elapsedMs() const { return m_timer.elapsed(); }
    QSqlQuery &query() { return *m_query; }

private:
    std::unique_ptr<QSqlQuery> m_query;
    std::unique_ptr<RowReader> m_reader;
    StatementOutcome m_outcome;
    std::shared_ptr<CancelHandle> m_cancel;
    QElapsedTimer m_timer;
    qint64 m_bytes = 0;
    int m_columnCount = 0;
};
