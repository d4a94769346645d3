#pragma once
#include "dialect.h"
#include "results/rowbatch.h"

#include <functional>
#include <memory>

class QSqlQuery;
class RowReader;

// Streams one executed forward-only query's rows into batches: the first batch goes out as soon
// as a few rows are in (first rows at once), later ones when they hold enough bytes or enough
// time has passed, so the GUI thread handles few, cheap appends. Stops at the fetch cap (the
// result stays open and can go on), at the end, or when stopRequested() says so.
class ResultStreamer
{
public:
    using BatchSink = std::function<void(const RowBatchPtr &)>;
    using StopCheck = std::function<bool()>;

    ResultStreamer(std::unique_ptr<QSqlQuery> query, Dialect dialect, StopCheck stopRequested);
    ~ResultStreamer();

    ResultColumns columns();
    enum class Status { Exhausted, Capped, Stopped };
    // Streams until `capBytes` of buffer in total (<= 0: no cap).
    Status stream(qint64 capBytes, const BatchSink &sink);

    qint64 rowsFetched() const { return m_rows; }
    qint64 bytes() const { return m_bytes; }
    QSqlQuery &query() { return *m_query; }

private:
    std::unique_ptr<QSqlQuery> m_query;
    std::unique_ptr<RowReader> m_reader;
    StopCheck m_stopRequested;
    qint64 m_rows = 0;
    qint64 m_bytes = 0;
    int m_columnCount = 0;
};
