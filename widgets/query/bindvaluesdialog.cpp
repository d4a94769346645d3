#include "query/bindvaluesdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

BindValuesDialog::BindValuesDialog(const QStringList &names, const QVariantMap &remembered, QWidget *parent)
    : QDialog(parent)
    , m_names(names)
{
    setObjectName(QStringLiteral("bindValuesDialog"));
    setWindowTitle(tr("Bind Variables"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(names.size() == 1 ? tr("The statement has a placeholder. Its value:")
                                               : tr("The statement has placeholders. Their values:"),
                             this);
    layout->addWidget(intro);

    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    for (int row = 0; row < names.size(); ++row) {
        const QString &name = names.at(row);
        auto *label = new QLabel(QLatin1Char(':') + name, this);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("value_") + name);
        edit->setMinimumWidth(240);
        label->setBuddy(edit);
        auto *null = new QCheckBox(tr("NULL"), this);
        null->setObjectName(QStringLiteral("null_") + name);
        null->setToolTip(tr("Send SQL NULL instead of a text value"));
        // An empty text is an empty string, not NULL: the two mean different things to SQL.
        connect(null, &QCheckBox::toggled, edit, [edit](bool on) {
            edit->setEnabled(!on);
            edit->setPlaceholderText(on ? QStringLiteral("NULL") : QString());
        });
        if (remembered.contains(name)) {
            const QVariant v = remembered.value(name);
            if (v.isNull())
                null->setChecked(true);
            else
                edit->setText(v.toString());
        }
        grid->addWidget(label, row, 0);
        grid->addWidget(edit, row, 1);
        grid->addWidget(null, row, 2);
        m_edits.append(edit);
        m_nulls.append(null);
    }
    layout->addLayout(grid);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Run"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("runButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    for (int i = 0; i < m_edits.size(); ++i) {
        if (m_edits.at(i)->isEnabled()) {
            m_edits.at(i)->setFocus();
            m_edits.at(i)->selectAll();
            break;
        }
    }
}

QVariantMap BindValuesDialog::values() const
{
    QVariantMap out;
    for (int i = 0; i < m_names.size(); ++i)
        out.insert(m_names.at(i), m_nulls.at(i)->isChecked() ? QVariant() : QVariant(m_edits.at(i)->text()));
    return out;
}

QLineEdit *BindValuesDialog::valueEdit(const QString &name) const
{
    const qsizetype i = m_names.indexOf(name);
    return i < 0 ? nullptr : m_edits.at(i);
}

QCheckBox *BindValuesDialog::nullCheck(const QString &name) const
{
    const qsizetype i = m_names.indexOf(name);
    return i < 0 ? nullptr : m_nulls.at(i);
}
