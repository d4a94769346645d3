// The compact result storage and the grid model over it.
#include "results/resultbuffer.h"
#include "results/resultmodel.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QDateTime>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <optional>

namespace {
RowBatchPtr makeBatch(int firstValue, int rows, int columns = 2)
{
    auto batch = std::make_shared<RowBatch>(columns);
    for (int r = 0; r < rows; ++r) {
        batch->beginRow();
        for (int c = 0; c < columns; ++c) {
            const QByteArray v = QByteArray::number(firstValue + r) + (c ? QByteArray("-b") : QByteArray());
            batch->appendCell(v.constData(), v.size());
        }
    }
    return batch;
}

ResultColumns twoColumns()
{
    return {{QStringLiteral("id"), QStringLiteral("int4"), ColumnKind::Integer},
            {QStringLiteral("name"), QStringLiteral("text"), ColumnKind::Text}};
}
} // namespace

class TestResultBuffer : public QObject
{
    Q_OBJECT
private slots:
    void cellsOfEveryLengthRoundTrip()
    {
        // Length prefixes change size around 61 and 8190 bytes; cells over 4096 bytes are never
        // stored as an edit of the cell above. Test around all of them, twice each, so the second
        // row is an edit (or a repeat) of the first.
        const QList<int> lengths = {0, 1, 60, 61, 62, 4095, 4096, 4097, 8189, 8190, 8191, 1 << 20};
        RowBatch batch(int(lengths.size()) + 1);
        for (int row = 0; row < 3; ++row) {
            batch.beginRow();
            for (int len : lengths) {
                QByteArray v(len, 'x');
                if (row == 1 && len > 2)
                    v[len / 2] = 'y';   // an edit in the middle
                batch.appendCell(v.constData(), v.size());
            }
            batch.appendNull();
        }
        batch.finish();
        QCOMPARE(batch.rowCount(), 3);
        QByteArray scratch;
        for (int row = 0; row < 3; ++row) {
            for (int c = 0; c < lengths.size(); ++c) {
                QVERIFY(!batch.isNull(row, c));
                QByteArray expected(lengths.at(c), 'x');
                if (row == 1 && expected.size() > 2)
                    expected[expected.size() / 2] = 'y';
                QCOMPARE(batch.cell(row, c, scratch), QByteArrayView(expected));
            }
            QVERIFY(batch.isNull(row, int(lengths.size())));
        }
    }

    void nullDiffersFromEmptyString()
    {
        RowBatch batch(2);
        for (int row = 0; row < 3; ++row) {
            batch.beginRow();
            batch.appendNull();
            batch.appendCell("", 0);
        }
        QByteArray scratch;
        for (int row = 0; row < 3; ++row) {
            QVERIFY(batch.isNull(row, 0));
            QVERIFY(!batch.isNull(row, 1));
            QCOMPARE(batch.cell(row, 1, scratch).size(), 0);
        }
    }

    void everyCellComesBackExactly_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {1u, 2u, 3u, 42u, 2026u})
            QTest::addRow("seed %u", seed) << seed;
    }

    void everyCellComesBackExactly()
    {
        // Rows made from the row above by random edits: a changed start, middle or end, growing,
        // shrinking, repeated, NULL, empty, UTF-8 and binary bytes, across anchor blocks.
        QFETCH(quint32, seed);
        QRandomGenerator random(seed);
        const int columns = 5;
        const int rows = 1000;
        QList<QList<std::optional<QByteArray>>> expected;
        RowBatch batch(columns);
        QList<std::optional<QByteArray>> previous(columns, QByteArray("2026-11-21 08:14:28.245561+00"));
        for (int r = 0; r < rows; ++r) {
            batch.beginRow();
            QList<std::optional<QByteArray>> row;
            for (int c = 0; c < columns; ++c) {
                std::optional<QByteArray> value = previous.at(c);
                if (!value)
                    value = QByteArray("restart");
                switch (random.bounded(8)) {
                case 0: value.reset(); break;
                case 1: break;   // the same as above
                case 2: value = QByteArray(); break;
                case 3: value->replace(int(random.bounded(int(value->size()) + 1)), 1, "\xc3\xa9\x00z"); break;
                case 4: value->prepend(QByteArray::number(random.bounded(1000))); break;
                case 5: value->append(char(random.bounded(256))); break;
                case 6: value->chop(std::min<qsizetype>(value->size(), random.bounded(4))); break;
                default: value->remove(0, std::min<qsizetype>(value->size(), random.bounded(3))); break;
                }
                if (value)
                    batch.appendCell(value->constData(), value->size());
                else
                    batch.appendNull();
                row.append(value);
            }
            previous = row;
            expected.append(row);
        }
        batch.finish(true);
        QByteArray scratch;
        for (int r = 0; r < rows; ++r) {
            for (int c = 0; c < columns; ++c) {
                const std::optional<QByteArray> &want = expected.at(r).at(c);
                QCOMPARE(batch.isNull(r, c), !want.has_value());
                if (want)
                    QCOMPARE(batch.cell(r, c, scratch).toByteArray(), *want);
            }
        }
    }

    void aRowCursorReadsWhatCellReads_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {7u, 8u, 9u, 1600u})
            QTest::addRow("seed %u", seed) << seed;
    }

    void aRowCursorReadsWhatCellReads()
    {
        // Random edits as above, wide rows, long cells (never stored as edits), and cursors that
        // start in the middle of an anchor block: every cell as cell() gives it.
        QFETCH(quint32, seed);
        QRandomGenerator random(seed);
        const int columns = 1 + int(random.bounded(40));
        const int rows = 1 + int(random.bounded(200));
        RowBatch batch(columns);
        QList<std::optional<QByteArray>> previous(columns, QByteArray("start"));
        for (int r = 0; r < rows; ++r) {
            batch.beginRow();
            for (int c = 0; c < columns; ++c) {
                std::optional<QByteArray> value = previous.at(c);
                if (!value)
                    value = QByteArray("again");
                switch (random.bounded(9)) {
                case 0: value.reset(); break;
                case 1: break;
                case 2: value = QByteArray(); break;
                case 3: value->replace(int(random.bounded(int(value->size()) + 1)), 1, "\xff\x00q"); break;
                case 4: value->prepend(QByteArray::number(random.bounded(100))); break;
                case 5: value->append(char(random.bounded(256))); break;
                case 6: value->chop(std::min<qsizetype>(value->size(), random.bounded(3))); break;
                case 7: value = QByteArray(4097 + int(random.bounded(3)), char('a' + random.bounded(26))); break;
                default: value->insert(int(random.bounded(int(value->size()) + 1)), "mid"); break;
                }
                if (value)
                    batch.appendCell(value->constData(), value->size());
                else
                    batch.appendNull();
                previous[c] = value;
            }
        }
        batch.finish(true);
        QByteArray scratch;
        for (int first : {0, 1, 15, 16, 17, rows / 2, rows - 1, rows}) {
            if (first > rows)
                continue;
            RowBatch::RowCursor cursor(batch, first);
            int expectedRow = first;
            while (cursor.next()) {
                QCOMPARE(cursor.row(), expectedRow);
                for (int c = 0; c < columns; ++c) {
                    QCOMPARE(cursor.isNull(c), batch.isNull(expectedRow, c));
                    QCOMPARE(cursor.cell(c).toByteArray(), batch.cell(expectedRow, c, scratch).toByteArray());
                }
                ++expectedRow;
            }
            QCOMPARE(expectedRow, rows);
        }
    }

    void similarRowsCostLessThanTheirValues()
    {
        // A table as the benchmark's: ids counting up, hashes, decimals, timestamps a second apart.
        RowBatch batch(4);
        qsizetype valueBytes = 0;
        const QDateTime start(QDate(2026, 11, 21), QTime(8, 14, 28, 245));
        const auto rowValues = [&](int r) {
            return QList<QByteArray>{QByteArray::number(r),
                                     QCryptographicHash::hash(QByteArray::number(r), QCryptographicHash::Md5).toHex(),
                                     QByteArray::number(r * 1.5, 'f', 1),
                                     start.addSecs(-r).toString(Qt::ISODateWithMs).toUtf8() + "561+00"};
        };
        for (int r = 1; r <= 10000; ++r) {
            batch.beginRow();
            for (const QByteArray &v : rowValues(r)) {
                valueBytes += v.size();
                batch.appendCell(v.constData(), v.size());
            }
        }
        batch.finish();
        // Only the hashes and the changed digits of the others are stored: well under the
        // values' own size (the plain form took a length byte per cell more than the values).
        QVERIFY2(batch.byteSize() < valueBytes * 7 / 10,
                 qPrintable(QStringLiteral("%1 bytes for %2 bytes of values").arg(batch.byteSize()).arg(valueBytes)));
        QByteArray scratch;
        for (int r : {1, 2, 15, 16, 17, 31, 32, 9999, 10000}) {
            const QList<QByteArray> values = rowValues(r);
            for (int c = 0; c < 4; ++c)
                QCOMPARE(batch.cell(r - 1, c, scratch), QByteArrayView(values.at(c)));
        }
    }

    void rowsAreFoundAcrossBatches()
    {
        ResultBuffer buffer;
        buffer.reset(twoColumns());
        buffer.append(makeBatch(0, 3));
        buffer.append(makeBatch(3, 1));
        buffer.append(makeBatch(4, 1000));
        QCOMPARE(buffer.rowCount(), 1004);
        for (qint64 row : {0, 2, 3, 4, 500, 1003})
            QCOMPARE(buffer.text(row, 0), QString::number(row));
        QCOMPARE(buffer.text(1003, 1), QStringLiteral("1003-b"));
    }

    void displayTextElidesLongAndMultiLineValues()
    {
        ResultBuffer buffer;
        buffer.reset({{QStringLiteral("t"), QStringLiteral("text"), ColumnKind::Text}});
        auto batch = std::make_shared<RowBatch>(1);
        const QByteArray longValue(5000, 'a');
        batch->beginRow();
        batch->appendCell(longValue.constData(), longValue.size());
        batch->beginRow();
        batch->appendCell("first line\nsecond", 17);
        buffer.append(batch);
        QCOMPARE(buffer.displayText(0, 0, 100), QString(100, QLatin1Char('a')) + QChar(0x2026));
        QCOMPARE(buffer.text(0, 0).size(), 5000);
        QCOMPARE(buffer.displayText(1, 0), QStringLiteral("first line") + QChar(0x2026));
    }

    void binaryShowsAsHex()
    {
        ResultBuffer buffer;
        buffer.reset({{QStringLiteral("b"), QStringLiteral("blob"), ColumnKind::Binary}});
        auto batch = std::make_shared<RowBatch>(1);
        batch->beginRow();
        batch->appendCell("\x01\xab", 2);
        buffer.append(batch);
        QCOMPARE(buffer.text(0, 0), QStringLiteral("\\x01ab"));
        QCOMPARE(buffer.displayText(0, 0), QStringLiteral("\\x01ab"));
    }

    void modelShowsNullsAlignsNumbersAndGrowsPerBatch()
    {
        ResultModel model;
        model.reset(twoColumns());
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.appendBatch(makeBatch(0, 10));
        auto withNull = std::make_shared<RowBatch>(2);
        withNull->beginRow();
        withNull->appendCell("7", 1);
        withNull->appendNull();
        model.appendBatch(withNull);
        QCOMPARE(inserted.size(), 2);               // one signal per batch, not per row
        QCOMPARE(model.rowCount(), 11);
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("name"));
        QCOMPARE(model.data(model.index(10, 1)).toString(), QStringLiteral("NULL"));
        QVERIFY(model.data(model.index(10, 1), ResultModel::IsNullRole).toBool());
        QVERIFY(!model.data(model.index(10, 1), ResultModel::FullTextRole).isValid());
        const auto numberAlign = Qt::Alignment(model.data(model.index(0, 0), Qt::TextAlignmentRole).toInt());
        const auto textAlign = Qt::Alignment(model.data(model.index(0, 1), Qt::TextAlignmentRole).toInt());
        QVERIFY(numberAlign & Qt::AlignRight);
        QVERIFY(textAlign & Qt::AlignLeft);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void modelTellsViewsAboutRowsInSteps()
    {
        ResultModel model;
        model.reset(twoColumns());
        for (int b = 0; b < 30; ++b)
            model.appendBatch(makeBatch(b * 1000, 1000));
        QCOMPARE(model.fetchedRowCount(), 30000);
        QCOMPARE(model.rowCount(), ResultModel::exposeStep);        // a view knows of the first step
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});                                        // the view scrolled to its end
        QCOMPARE(model.rowCount(), 2 * ResultModel::exposeStep);
        model.exposeAll();
        QCOMPARE(model.rowCount(), 30000);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.data(model.index(29999, 0)).toString(), QStringLiteral("29999"));
    }

    // Qt's own checks of the model contract, canFetchMore / fetchMore included, while batches
    // arrive, rows are exposed step by step and the model is reset for the next result.
    void modelPassesQtsModelTester()
    {
        ResultModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reset(twoColumns());
        model.appendBatch(makeBatch(0, 7000));
        model.appendBatch(makeBatch(7000, 7000));
        QCOMPARE(model.rowCount(), ResultModel::exposeStep);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 14000);
        QVERIFY(!model.canFetchMore({}));
        model.appendBatch(makeBatch(14000, 3));
        model.exposeAll();
        QCOMPARE(model.rowCount(), 14003);
        model.reset({});
        QCOMPARE(model.columnCount(), 0);
        model.reset(twoColumns());
        model.appendBatch(makeBatch(0, 2));
        QCOMPARE(model.rowCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestResultBuffer)
#include "tst_resultbuffer.moc"
