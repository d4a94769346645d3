// The result grid on its own: NULL styling, copying, and the settings that keep it fast.
#include "results/resultdelegate.h"
#include "results/resultmodel.h"
#include "results/resultview.h"
#include "results/valueviewerdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>
#include <QScrollBar>
#include <QStyleOptionSlider>
#include <QTest>

namespace {

RowBatchPtr makeBatch(const QList<QStringList> &rows, int columns)
{
    auto batch = std::make_shared<RowBatch>(columns);
    for (const QStringList &row : rows) {
        batch->beginRow();
        for (int c = 0; c < columns; ++c) {
            if (row.at(c) == QStringLiteral("<null>")) {
                batch->appendNull();
            } else {
                const QByteArray bytes = row.at(c).toUtf8();
                batch->appendCell(bytes.constData(), bytes.size());
            }
        }
    }
    return batch;
}

ResultColumns twoColumns()
{
    ResultColumn id{QStringLiteral("id"), QStringLiteral("int4"), ColumnKind::Integer};
    ResultColumn name{QStringLiteral("name"), QStringLiteral("text"), ColumnKind::Text};
    return {id, name};
}

// rows numbered from first, in batches as the worker sends them: id, text. The first hundred
// ids are short, the later ones long (as in a table whose ids grew), so widths taken from the
// first rows are too narrow for them.
RowBatchPtr numberedBatch(int first, int count)
{
    auto batch = std::make_shared<RowBatch>(2);
    for (int i = first; i < first + count; ++i) {
        batch->beginRow();
        const QByteArray id = QByteArray::number(i <= 100 ? qint64(i) : qint64(i) * 10000019);
        batch->appendCell(id.constData(), id.size());
        batch->appendCell("x", 1);
    }
    batch->finish();
    return batch;
}

void fillNumbered(ResultModel &model, int rows)
{
    model.reset(twoColumns());
    for (int first = 1; first <= rows; first += 5000)
        model.appendBatch(numberedBatch(first, qMin(5000, rows - first + 1)));
}

// The text a cell would show after eliding to the column's width.
QString shownText(ResultView &view, const QModelIndex &index)
{
    QStyleOptionViewItem option;
    option.initFrom(&view);
    option.rect = view.visualRect(index);
    view.resultDelegate()->initStyleOption(&option, index);
    const int margin = view.style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, &view) + 1;
    return option.fontMetrics.elidedText(option.text, option.textElideMode, option.rect.width() - 2 * margin);
}

} // namespace

class TestResultView : public QObject
{
    Q_OBJECT

private slots:
    void nullIsDrawnGreyItalic()
    {
        ResultModel model;
        model.reset(twoColumns());
        model.appendBatch(makeBatch({{QStringLiteral("1"), QStringLiteral("<null>")},
                                     {QStringLiteral("2"), QStringLiteral("NULL")}}, 2));
        ResultView view;
        view.setModel(&model);

        QStyleOptionViewItem nullCell;
        nullCell.initFrom(&view);
        view.resultDelegate()->initStyleOption(&nullCell, model.index(0, 1));
        QCOMPARE(nullCell.text, QStringLiteral("NULL"));
        QVERIFY(nullCell.font.italic());
        QVERIFY(nullCell.palette.color(QPalette::Text) != view.palette().color(QPalette::Text));

        // The string 'NULL' is data and looks like data.
        QStyleOptionViewItem text;
        text.initFrom(&view);
        view.resultDelegate()->initStyleOption(&text, model.index(1, 1));
        QCOMPARE(text.text, QStringLiteral("NULL"));
        QVERIFY(!text.font.italic());
    }

    void copiesSelectionAsTsv()
    {
        ResultModel model;
        model.reset(twoColumns());
        model.appendBatch(makeBatch({{QStringLiteral("1"), QStringLiteral("plain")},
                                     {QStringLiteral("2"), QStringLiteral("tab\there")},
                                     {QStringLiteral("3"), QStringLiteral("<null>")}}, 2));
        ResultView view;
        view.setModel(&model);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.selectAll();
        QCOMPARE(view.selectionAsTsv(), QStringLiteral("1\tplain\n2\t\"tab\there\"\n3\t\n"));

        view.clearSelection();
        view.selectionModel()->select(model.index(0, 1), QItemSelectionModel::Select);
        view.selectionModel()->select(model.index(2, 0), QItemSelectionModel::Select);
        QCOMPARE(view.selectionAsTsv(), QStringLiteral("\tplain\n\t\n3\t\n"));

        view.setFocus();
        QApplication::clipboard()->clear();
        QTest::keySequence(&view, QKeySequence::Copy);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("\tplain\n\t\n3\t\n"));
    }

    void rowHeightsFixedAndColumnsMeasuredOnce()
    {
        ResultModel model;
        ResultView view;
        view.setModel(&model);
        view.resize(600, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
        QVERIFY(view.alternatingRowColors());

        model.reset(twoColumns());
        // A first batch of one row (drivers send the first row at once) does not settle the
        // widths: the rows that fill the first screen still count...
        model.appendBatch(makeBatch({{QStringLiteral("1"), QStringLiteral("short")}}, 2));
        const int afterOneRow = view.columnWidth(1);
        QList<QStringList> screenful;
        for (int i = 0; i < 100; ++i)
            screenful.append({QString::number(i), QStringLiteral("a bit longer")});
        model.appendBatch(makeBatch(screenful, 2));
        const int measured = view.columnWidth(1);
        QVERIFY(measured > afterOneRow);
        // ...but once a screenful was measured, later batches never trigger another pass.
        model.appendBatch(makeBatch({{QStringLiteral("2"), QString(80, u'w')}}, 2));
        QCOMPARE(view.columnWidth(1), measured);

        // A new result measures again, and caps absurd widths.
        model.reset(twoColumns());
        model.appendBatch(makeBatch({{QStringLiteral("3"), QString(500, u'w')}}, 2));
        QCOMPARE(view.columnWidth(1), ResultView::kMaxInitialColumnWidth);
        QCOMPARE(model.rowCount(), 1);
    }

    void doubleClickShowsFullValue()
    {
        ResultModel model;
        model.reset(twoColumns());
        const QString longValue = QStringLiteral("line one\nline two ") + QString(300, u'x');
        model.appendBatch(makeBatch({{QStringLiteral("1"), longValue}}, 2));
        ResultView view;
        view.setModel(&model);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.showValue(model.index(0, 1));
        auto *dialog = view.findChild<ValueViewerDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QPlainTextEdit *>()->toPlainText(), longValue);
        QVERIFY(dialog->findChild<QPlainTextEdit *>()->isReadOnly());
        dialog->close();
    }

    // Widths come from the first rows, but a number never shrinks to "…": the id column widens
    // as longer ids scroll into view.
    void numbersAreNeverElided()
    {
        // As in a tab: the grid is on screen when the rows stream in.
        ResultModel model;
        ResultView view;
        view.setModel(&model);
        view.resize(500, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        fillNumbered(model, 200000);
        model.exposeAll();
        QTRY_VERIFY(view.verticalScrollBar()->maximum() > 150000 * view.verticalHeader()->defaultSectionSize());
        // Sized by the short first ids.
        QTRY_VERIFY(view.columnWidth(0) < view.fontMetrics().horizontalAdvance(QStringLiteral("99999999999")));
        const int narrow = view.columnWidth(0);
        for (const int row : {150000, 199999}) {
            view.scrollTo(model.index(row, 0), QAbstractItemView::PositionAtCenter);
            const QModelIndex index = model.index(row, 0);
            QTRY_COMPARE(shownText(view, index), index.data().toString());
        }
        QVERIFY(view.columnWidth(0) > narrow);
    }

    // With 200,000 rows fetched, Ctrl+End goes to the last one at once, not 10,000 rows on.
    void ctrlEndReachesTheLastFetchedRow()
    {
        ResultModel model;
        fillNumbered(model, 200000);
        QCOMPARE(model.rowCount(), ResultModel::exposeStep);   // the view is told in steps
        ResultView view;
        view.setModel(&model);
        view.resize(500, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setCurrentIndex(model.index(0, 0));
        view.setFocus();
        QTest::keyClick(&view, Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(view.currentIndex().row(), 199999);
        QCOMPARE(model.index(view.currentIndex().row(), 0).data().toString(), QString::number(200000LL * 10000019));
        QTRY_VERIFY(view.rowAt(view.viewport()->height() - 2) == 199999);
    }

    // Dragging the scroll bar's slider to the bottom shows the last fetched row.
    void draggingTheSliderToTheBottomReachesTheLastRow()
    {
        ResultModel model;
        fillNumbered(model, 200000);
        ResultView view;
        view.setModel(&model);
        view.resize(500, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QScrollBar *bar = view.verticalScrollBar();
        QStyleOptionSlider option;
        option.initFrom(bar);
        option.orientation = Qt::Vertical;
        option.minimum = bar->minimum();
        option.maximum = bar->maximum();
        option.sliderPosition = bar->sliderPosition();
        option.sliderValue = bar->value();
        option.pageStep = bar->pageStep();
        option.singleStep = bar->singleStep();
        const QRect handle = bar->style()->subControlRect(QStyle::CC_ScrollBar, &option, QStyle::SC_ScrollBarSlider, bar);
        QVERIFY(handle.isValid());
        QTest::mousePress(bar, Qt::LeftButton, Qt::NoModifier, handle.center());
        QTest::mouseMove(bar, QPoint(handle.center().x(), bar->height() / 2));
        QTest::mouseMove(bar, QPoint(handle.center().x(), bar->height() + 200));
        QTest::mouseRelease(bar, Qt::LeftButton, Qt::NoModifier, QPoint(handle.center().x(), bar->height() + 200));
        QCOMPARE(bar->value(), bar->maximum());
        QTRY_COMPARE(view.rowAt(view.viewport()->height() - 2), 199999);
    }

    // Clicking a header does not pretend to sort (or select the column).
    void headerClickDoesNothing()
    {
        ResultModel model;
        fillNumbered(model, 10);
        ResultView view;
        view.setModel(&model);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(!view.horizontalHeader()->sectionsClickable());
        const int x = view.horizontalHeader()->sectionViewportPosition(0) + 5;
        QTest::mouseClick(view.horizontalHeader()->viewport(), Qt::LeftButton, Qt::NoModifier, QPoint(x, 5));
        QVERIFY(!view.selectionModel()->isColumnSelected(0, {}));
    }

    // A 50 MB value opens in well under a second with its first part, the GUI keeps running
    // (a timer keeps ticking), and Save to File writes all of it.
    void hugeValueOpensAtOnceAndSavesWhole()
    {
        QByteArray huge;
        huge.reserve(50 * 1024 * 1024);
        const QByteArray line = QByteArray(99, 'v') + '\n';
        while (huge.size() < 50 * 1024 * 1024)
            huge += line;
        ResultModel model;
        model.reset(twoColumns());
        auto batch = std::make_shared<RowBatch>(2);
        batch->beginRow();
        batch->appendCell("1", 1);
        batch->appendCell(huge.constData(), huge.size());
        batch->finish();
        model.appendBatch(batch);
        ResultView view;
        view.setModel(&model);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        QElapsedTimer clock;
        clock.start();
        view.showValue(model.index(0, 1));
        auto *dialog = view.findChild<ValueViewerDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        const qint64 openMs = clock.elapsed();
        QVERIFY2(openMs < 1000, qPrintable(QString::number(openMs)));
        int ticks = 0;
        QTimer timer;
        connect(&timer, &QTimer::timeout, this, [&ticks] { ++ticks; });
        timer.start(10);
        QTRY_VERIFY_WITH_TIMEOUT(ticks >= 20, 2000);
        auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("valueText"));
        QCOMPARE(text->toPlainText().size(), ValueViewerDialog::kFirstPartChars);
        QVERIFY(!dialog->isShowingAll());
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("showAllButton"))->isVisible());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("valueInfo"))->text().contains(QStringLiteral("Save to File")));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("value.txt"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
        auto *files = dialog->findChild<QFileDialog *>();
        QVERIFY(files);
        emit files->fileSelected(path);
        auto *info = dialog->findChild<QLabel *>(QStringLiteral("valueInfo"));
        QTRY_VERIFY_WITH_TIMEOUT(info->text().startsWith(QStringLiteral("Saved to ")), 10000);
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.size(), qint64(huge.size()));
        QVERIFY(saved.readAll() == huge);
        files->close();
        dialog->close();
    }

    // Binary values show as a hex dump too.
    void binaryValueHasAHexView()
    {
        ResultModel model;
        model.reset({{QStringLiteral("data"), QStringLiteral("bytea"), ColumnKind::Binary}});
        const QByteArray stored("\\x00ff414243");
        auto batch = std::make_shared<RowBatch>(1);
        batch->beginRow();
        batch->appendCell(stored.constData(), stored.size());
        batch->finish();
        model.appendBatch(batch);
        ResultView view;
        view.setModel(&model);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.showValue(model.index(0, 0));
        auto *dialog = view.findChild<ValueViewerDialog *>();
        QVERIFY(dialog);
        auto *hex = dialog->findChild<QPushButton *>(QStringLiteral("hexButton"));
        QVERIFY(hex->isVisibleTo(dialog));
        hex->click();
        const QString dump = dialog->findChild<QPlainTextEdit *>(QStringLiteral("valueText"))->toPlainText();
        QVERIFY2(dump.startsWith(QStringLiteral("00000000  00 ff 41 42 43")), qPrintable(dump));
        QVERIFY(dump.contains(QStringLiteral("..ABC")));
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("valueInfo"))->text(), QStringLiteral("5 bytes"));
        dialog->close();
    }
};

QTEST_MAIN(TestResultView)
#include "tst_resultview.moc"
