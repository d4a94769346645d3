#include "results/resultview.h"

#include "results/resultdelegate.h"
#include "results/resultmodel.h"
#include "results/valueviewerdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>
#include <QScrollBar>
#include <QTimer>

namespace {

QString tsvField(const QString &value)
{
    // Spreadsheets read a quoted field across tabs and newlines, so only those need quoting.
    if (!value.contains(u'\t') && !value.contains(u'\n') && !value.contains(u'"') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

} // namespace

ResultView::ResultView(QWidget *parent)
    : QTableView(parent)
    , m_delegate(new ResultDelegate(this))
{
    setItemDelegate(m_delegate);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setCornerButtonEnabled(true);

    // Fixed heights: with Interactive or ResizeToContents the header would measure every row.
    QHeaderView *rows = verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 6);
    rows->setMinimumSectionSize(fontMetrics().height() + 2);
    rows->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);

    QHeaderView *columns = horizontalHeader();
    // Size columns from the rows on screen only: measuring a thousand rows stalls the GUI thread
    // for tens of milliseconds while a result streams in (measured by tessera-bench).
    columns->setResizeContentsPrecision(0);
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    columns->setHighlightSections(false);
    columns->setStretchLastSection(false);
    // A click on a header would only select the column: nothing sorts yet, so no pretence.
    columns->setSectionsClickable(false);

    connect(this, &QAbstractItemView::doubleClicked, this, &ResultView::showValue);
    // Dragging the slider or sending it to the end must reach the last row fetched, not the
    // last of the rows the model has told the view about so far.
    connect(verticalScrollBar(), &QScrollBar::sliderPressed, this, &ResultView::exposeAllRows);
    connect(verticalScrollBar(), &QScrollBar::actionTriggered, this, [this](int action) {
        if (action == QAbstractSlider::SliderToMaximum) {
            exposeAllRows();
            QTimer::singleShot(0, this, &QAbstractItemView::scrollToBottom);
        }
    });
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &ResultView::scheduleNumericFit);
}

void ResultView::setModel(QAbstractItemModel *model)
{
    if (QAbstractItemModel *old = this->model())
        disconnect(old, nullptr, this, nullptr);
    QTableView::setModel(model);
    m_measuredRows = 0;
    if (!model)
        return;
    connect(model, &QAbstractItemModel::modelReset, this, &ResultView::onModelReset);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ResultView::onRowsInserted);
    if (model->rowCount() > 0)
        onRowsInserted();
}

void ResultView::onModelReset()
{
    m_measuredRows = 0;
    m_numericWidths.clear();
    // Until rows come, size columns by their names so an empty result still reads well.
    resizeColumnsToContents();
}

void ResultView::onRowsInserted()
{
    scheduleNumericFit();
    // Drivers send the first row at once and the rest in bigger batches, so measuring only the
    // very first batch would size columns by one row. Measure until a screenful has been seen,
    // then never again: Qt measures just the rows in the viewport, so each pass is cheap, and
    // later batches keep whatever widths the person has by then.
    const int screenful = qMax(1, viewport()->height() / qMax(1, verticalHeader()->defaultSectionSize()));
    if (m_measuredRows >= screenful || !model())
        return;
    m_measuredRows = model()->rowCount();
    resizeColumnsToContents();
    QHeaderView *header = horizontalHeader();
    for (int c = 0; c < header->count(); ++c) {
        if (header->sectionSize(c) > kMaxInitialColumnWidth)
            header->resizeSection(c, kMaxInitialColumnWidth);
    }
}

void ResultView::exposeAllRows()
{
    QAbstractItemModel *m = model();
    if (!m || !m->canFetchMore({}))
        return;
    if (auto *results = qobject_cast<ResultModel *>(m))
        results->exposeAll();   // one insert instead of one per step
    while (m->canFetchMore({}))
        m->fetchMore({});
    executeDelayedItemsLayout();   // the scroll range covers the new rows before the drag moves
}

void ResultView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    scheduleNumericFit();   // more rows on screen, or the first time it is shown
}

QModelIndex ResultView::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers)
{
    if (action == MoveEnd && modifiers.testFlag(Qt::ControlModifier))
        exposeAllRows();
    return QTableView::moveCursor(action, modifiers);
}

void ResultView::scheduleNumericFit()
{
    // Once per turn of the event loop, however many batches or scroll steps came.
    if (m_fitScheduled)
        return;
    m_fitScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_fitScheduled = false;
        fitNumericColumnsToVisibleRows();
    });
}

void ResultView::fitNumericColumnsToVisibleRows()
{
    QAbstractItemModel *m = model();
    if (!m || m->rowCount() == 0 || !isVisible())
        return;
    const int columns = m->columnCount();
    if (m_numericWidths.size() != columns) {
        m_numericWidths = QList<int>(columns, -1);
        for (int c = 0; c < columns; ++c) {
            const auto kind = ColumnKind(m->index(0, c).data(ResultModel::ColumnKindRole).toInt());
            if (kind != ColumnKind::Integer && kind != ColumnKind::Decimal && kind != ColumnKind::Float)
                m_numericWidths[c] = 0;   // text may be elided; numbers may not
        }
    }
    // The rows on screen, never more: a fit must cost the same at row 10 and at row 10 million.
    const int first = qMax(0, rowAt(0));
    const int onScreen = viewport()->height() / qMax(1, verticalHeader()->defaultSectionSize()) + 1;
    int last = rowAt(viewport()->height() - 1);
    if (last < 0)
        last = qMin(m->rowCount() - 1, first + onScreen);
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    QHeaderView *header = horizontalHeader();
    for (int c = 0; c < columns; ++c) {
        if (m_numericWidths.at(c) == 0 || isColumnHidden(c))
            continue;
        int widest = 0;
        const int gridLine = showGrid() ? 1 : 0;   // the cell is drawn one pixel narrower
        for (int r = first; r <= last; ++r)
            widest = qMax(widest, itemDelegateForIndex(m->index(r, c))->sizeHint(option, m->index(r, c)).width() + gridLine);
        // Only a wider number than any seen so far widens the column: a column the person made
        // narrower on purpose stays as it is until a number would not fit.
        if (widest > m_numericWidths.at(c)) {
            m_numericWidths[c] = widest;
            if (widest > header->sectionSize(c))
                header->resizeSection(c, widest);
        }
    }
}

QString ResultView::selectionAsTsv() const
{
    const QItemSelectionModel *selection = selectionModel();
    if (!selection || !model() || !selection->hasSelection())
        return {};
    int top = INT_MAX, bottom = -1, left = INT_MAX, right = -1;
    const QItemSelection ranges = selection->selection();
    for (const QItemSelectionRange &r : ranges) {
        top = qMin(top, r.top());
        bottom = qMax(bottom, r.bottom());
        left = qMin(left, r.left());
        right = qMax(right, r.right());
    }
    const bool single = ranges.size() == 1;
    QString out;
    for (int row = top; row <= bottom; ++row) {
        for (int column = left; column <= right; ++column) {
            if (column > left)
                out += u'\t';
            const QModelIndex index = model()->index(row, column);
            if (single || selection->isSelected(index))
                out += tsvField(index.data(ResultModel::FullTextRole).toString());
        }
        out += u'\n';
    }
    return out;
}

void ResultView::copySelection() const
{
    const QString tsv = selectionAsTsv();
    if (!tsv.isEmpty())
        QApplication::clipboard()->setText(tsv);
}

void ResultView::showValue(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QString column = model()->headerData(index.column(), Qt::Horizontal).toString();
    const bool isNull = index.data(ResultModel::IsNullRole).toBool();
    const bool binary = ColumnKind(index.data(ResultModel::ColumnKindRole).toInt()) == ColumnKind::Binary;
    auto *dialog = new ValueViewerDialog(tr("%1, row %2").arg(column).arg(index.row() + 1),
                                         index.data(ResultModel::RawBytesRole).toByteArray(), binary, isNull, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ResultView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}
