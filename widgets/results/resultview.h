#pragma once
#include <QTableView>

class ResultDelegate;

// The result grid. Built for millions of rows: fixed row heights, and column widths measured
// only over the first screenful of a result, never again per batch after that, except that a
// number is never elided: numeric columns widen as wider values scroll into view (measured on
// the rows on screen only). The model tells the view about rows in steps; Ctrl+End and the
// scroll bar still reach the last fetched row in one step.
class ResultView : public QTableView
{
    Q_OBJECT
public:
    explicit ResultView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    ResultDelegate *resultDelegate() const { return m_delegate; }

    // The selected cells as tab-separated text: the selection's bounding box, one line per row,
    // unselected cells inside it empty, NULL as an empty field.
    QString selectionAsTsv() const;
    void copySelection() const;

public slots:
    void copy() { copySelection(); }   // Edit → Copy with the grid focused

public:

    // Opens the viewer for a cell's full value (what a double-click does).
    void showValue(const QModelIndex &index);

    static constexpr int kMaxInitialColumnWidth = 360;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void onModelReset();
    void onRowsInserted();
    void exposeAllRows();                  // every fetched row, so the scroll range covers them
    void scheduleNumericFit();
    void fitNumericColumnsToVisibleRows();

    ResultDelegate *m_delegate = nullptr;
    int m_measuredRows = 0;   // rows seen by the last measuring pass of this result
    QList<int> m_numericWidths;   // per column: the widest number seen so far (0: not numeric)
    bool m_fitScheduled = false;
};
