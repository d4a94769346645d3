#pragma once
#include <QTableView>

class ResultDelegate;

// The result grid. Built for millions of rows: fixed row heights, and column widths measured
// only over the first screenful of a result, never again per batch after that.
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

    // Opens the viewer for a cell's full value (what a double-click does).
    void showValue(const QModelIndex &index);

    static constexpr int kMaxInitialColumnWidth = 360;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void onModelReset();
    void onRowsInserted();

    ResultDelegate *m_delegate = nullptr;
    int m_measuredRows = 0;   // rows seen by the last measuring pass of this result
};
