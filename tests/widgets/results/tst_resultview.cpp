// The result grid on its own: NULL styling, copying, and the settings that keep it fast.
#include "results/resultdelegate.h"
#include "results/resultmodel.h"
#include "results/resultview.h"
#include "results/valueviewerdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QPlainTextEdit>
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
};

QTEST_MAIN(TestResultView)
#include "tst_resultview.moc"
