#include "resultstreamer.h"

#include "results/rowreader.h"

#include <QElapsedTimer>
#include <QSqlQuery>

namespace {
constexpr qsizetype batchBytes = 512 * 1024;
constexpr qint64 firstBatchMs = 15;    // while the grid fills its first screens
constexpr qint64 batchMs = 100;
} // namespace

ResultStreamer::ResultStreamer(std::unique_ptr<QSqlQuery> query, Dialect dialect, StopCheck stopRequested)
    : m_query(std::move(query))
    , m_reader(RowReader::create(dialect))
    , m_stopRequested(std::move(stopRequested))
{
}

ResultStreamer::~ResultStreamer() = default;

ResultColumns ResultStreamer::columns()
{
    const ResultColumns cols = m_reader->columns(*m_query);
    m_columnCount = int(cols.size());
    return cols;
}

ResultStreamer::Status ResultStreamer::stream(qint64 capBytes, const BatchSink &sink)
{
    auto batch = std::make_shared<RowBatch>(m_columnCount, batchBytes + 4096);
    QElapsedTimer sinceEmit;
    sinceEmit.start();
    int rowsInBatch = 0;
    const auto flush = [&] {
        if (rowsInBatch == 0)
            return;
        batch->finish(batch->byteSize() < batchBytes / 2);
        m_bytes += batch->byteSize();
        sink(batch);
        batch = std::make_shared<RowBatch>(m_columnCount, batchBytes + 4096);
        rowsInBatch = 0;
        sinceEmit.restart();
    };

    for (;;) {
        if (m_stopRequested()) {
            flush();
            return Status::Stopped;
        }
        if (!m_query->next())
            break;
        m_reader->appendCurrentRow(*m_query, *batch);
        ++m_rows;
        ++rowsInBatch;
        // The very first row goes out alone, so it shows at once even when the next one takes
        // minutes; then batches of up to batchBytes, or what arrived in the last few ms.
        if (m_rows == 1 || batch->byteSize() >= batchBytes
            || sinceEmit.elapsed() >= (m_rows < 10000 ? firstBatchMs : batchMs)) {
            flush();
            if (capBytes > 0 && m_bytes >= capBytes)
                return Status::Capped;
        }
    }
    flush();
    return Status::Exhausted;
}
