#pragma once
#include <QStyledItemDelegate>

// Draws SQL NULL as a grey italic "NULL" so it never reads like the string 'NULL'. Core has no
// QtGui, so this styling lives with the view rather than in ResultModel.
class ResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // Public so tests can check how a cell would be drawn without grabbing pixels.
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
