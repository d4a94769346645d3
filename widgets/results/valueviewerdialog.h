#pragma once
#include <QDialog>

// Shows one cell's full value (the grid elides long and multi-line values), read-only.
class ValueViewerDialog : public QDialog
{
    Q_OBJECT
public:
    ValueViewerDialog(const QString &title, const QString &value, bool isNull, QWidget *parent = nullptr);
};
