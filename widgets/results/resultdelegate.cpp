#include "results/resultdelegate.h"

#include "results/resultmodel.h"

void ResultDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(ResultModel::IsNullRole).toBool())
        return;
    option->text = QStringLiteral("NULL");
    option->font.setItalic(true);
    option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
}
