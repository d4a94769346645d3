#include "common/colortagpicker.h"

#include <QColorDialog>
#include <QHBoxLayout>
#include <QPainter>
#include <QPixmap>
#include <QToolButton>

ColorTagPicker::ColorTagPicker(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    auto makeButton = [this, layout](const QString &color, const QString &tip) {
        auto *button = new QToolButton(this);
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setIcon(swatchIcon(color, 18));
        button->setIconSize(QSize(18, 18));
        button->setToolTip(tip);
        layout->addWidget(button);
        connect(button, &QToolButton::clicked, this, [this, color] { setColor(color); });
        return button;
    };
    m_noneButton = makeButton(QString(), tr("No colour"));
    m_noneButton->setObjectName(QStringLiteral("colorNone"));
    const QStringList names = {tr("Red (production)"), tr("Orange"), tr("Yellow"), tr("Green"),
                               tr("Blue"), tr("Purple")};
    const QStringList colors = presets();
    for (int i = 0; i < colors.size(); ++i)
        m_presetButtons.append(makeButton(colors.at(i), names.value(i)));

    m_customButton = new QToolButton(this);
    m_customButton->setObjectName(QStringLiteral("colorCustom"));
    m_customButton->setText(tr("Custom…"));
    m_customButton->setCheckable(true);
    m_customButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_customButton->setIconSize(QSize(14, 14));
    layout->addWidget(m_customButton);
    layout->addStretch(1);
    connect(m_customButton, &QToolButton::clicked, this, &ColorTagPicker::chooseCustom);
    updateChecks();
}

QStringList ColorTagPicker::presets()
{
    return {QStringLiteral("#d32f2f"), QStringLiteral("#f57c00"), QStringLiteral("#fbc02d"),
            QStringLiteral("#388e3c"), QStringLiteral("#1976d2"), QStringLiteral("#7b1fa2")};
}

void ColorTagPicker::setColor(const QString &color)
{
    const QString normalized = QColor(color).isValid() ? QColor(color).name() : QString();
    const bool changed = normalized != m_color;
    m_color = normalized;
    updateChecks();
    if (changed)
        emit colorChanged(m_color);
}

void ColorTagPicker::chooseCustom()
{
    // Non-blocking: the dialog reports back through a signal, like every dialog in Tessera.
    auto *dialog = new QColorDialog(QColor(m_color.isEmpty() ? presets().constLast() : m_color), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QColorDialog::colorSelected, this, [this](const QColor &c) { setColor(c.name()); });
    connect(dialog, &QDialog::rejected, this, &ColorTagPicker::updateChecks);
    dialog->open();
}

void ColorTagPicker::updateChecks()
{
    const QStringList colors = presets();
    bool isPreset = m_color.isEmpty();
    m_noneButton->setChecked(m_color.isEmpty());
    for (int i = 0; i < m_presetButtons.size(); ++i) {
        const bool on = colors.at(i) == m_color;
        m_presetButtons.at(i)->setChecked(on);
        isPreset = isPreset || on;
    }
    m_customButton->setChecked(!isPreset);
    m_customButton->setIcon(isPreset ? QIcon() : swatchIcon(m_color, 14));
}

QIcon ColorTagPicker::swatchIcon(const QString &color, int size)
{
    const qreal dpr = 2.0;   // sharp on high-DPI screens, harmless elsewhere
    QPixmap pixmap(QSize(size, size) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box(1.5, 1.5, size - 3, size - 3);
    const QColor c(color);
    if (c.isValid()) {
        painter.setPen(QPen(c.darker(140), 1));
        painter.setBrush(c);
    } else {
        painter.setPen(QPen(QColor(0xa0, 0xa0, 0xa0), 1, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
    }
    painter.drawRoundedRect(box, 3, 3);
    return QIcon(pixmap);
}
