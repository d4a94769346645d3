// The compact result storage and the grid model over it.
#include "results/resultbuffer.h"
#include "results/resultmodel.h"

#include <QSignalSpy>
#include <QTest>

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
        // Length prefixes change size at 127 and 16383 bytes: test around both.
        const QList<int> lengths = {0, 1, 126, 127, 128, 16382, 16383, 16384, 1 << 20};
        RowBatch batch(int(lengths.size()) + 1);
        batch.beginRow();
        for (int len : lengths) {
            const QByteArray v(len, 'x');
            batch.appendCell(v.constData(), v.size());
        }
        batch.appendNull();
        QCOMPARE(batch.rowCount(), 1);
        for (int c = 0; c < lengths.size(); ++c) {
            QVERIFY(!batch.isNull(0, c));
            QCOMPARE(batch.cell(0, c).size(), lengths.at(c));
        }
        QVERIFY(batch.isNull(0, int(lengths.size())));
    }

    void nullDiffersFromEmptyString()
    {
        RowBatch batch(2);
        batch.beginRow();
        batch.appendNull();
        batch.appendCell("", 0);
        QVERIFY(batch.isNull(0, 0));
        QVERIFY(!batch.isNull(0, 1));
        QCOMPARE(batch.cell(0, 1).size(), 0);
    }

    void compactStorageCostsLittleMoreThanTheValues()
    {
        RowBatch batch(4);
        qsizetype valueBytes = 0;
        for (int r = 0; r < 10000; ++r) {
            batch.beginRow();
            for (int c = 0; c < 4; ++c) {
                const QByteArray v = QByteArray::number(r * 1000 + c);
                valueBytes += v.size();
                batch.appendCell(v.constData(), v.size());
            }
        }
        // One length byte per cell and a four-byte anchor every 16 rows.
        QCOMPARE(batch.byteSize(), valueBytes + 10000 * 4 + (10000 + 15) / 16 * 4);
        // Every row is still found exactly, anchored or not.
        for (int r : {0, 1, 15, 16, 17, 31, 32, 9999})
            QCOMPARE(batch.cell(r, 3), QByteArrayView(QByteArray::number(r * 1000 + 3)));
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
};

QTEST_GUILESS_MAIN(TestResultBuffer)
#include "tst_resultbuffer.moc"
