#include "results/valueviewerdialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

ValueViewerDialog::ValueViewerDialog(const QString &title, const QString &value, bool isNull,
                                     QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);

    auto *text = new QPlainTextEdit(this);
    text->setObjectName(QStringLiteral("valueText"));
    text->setReadOnly(true);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setPlainText(value);
    if (isNull)
        text->setPlaceholderText(tr("NULL"));
    layout->addWidget(text);

    auto *info = new QLabel(isNull ? tr("NULL") : tr("%L1 characters").arg(value.size()), this);
    info->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *copy = buttons->addButton(tr("Copy"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, text, [text] {
        text->selectAll();
        text->copy();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(info, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
    resize(640, 420);
}
