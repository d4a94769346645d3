#include "query/tabbanner.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

TabBanner::TabBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("tabBanner"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 5, 6, 5);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("tabBannerText"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);   // server messages are text, never markup
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_label, 1);
    m_button = new QPushButton(this);
    m_button->setObjectName(QStringLiteral("tabBannerButton"));
    connect(m_button, &QPushButton::clicked, this, [this] {
        if (m_action)
            m_action->trigger();
        else
            emit buttonClicked();
    });
    layout->addWidget(m_button);
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Dismiss"));
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    layout->addWidget(close);
    m_dismiss = close;
    hide();
}

void TabBanner::showMessage(const QString &text, Level level, QAction *action)
{
    showMessage(text, level, action ? action->text() : QString());
    m_action = action;
}

QAction *TabBanner::action() const
{
    return isHidden() ? nullptr : m_action.data();
}

void TabBanner::showMessage(const QString &text, Level level, const QString &buttonText)
{
    m_action = nullptr;
    m_level = level;
    QString background, border, color;
    QString weight = QStringLiteral("bold");
    switch (level) {
    case Level::Info:
        background = QStringLiteral("#e8f1fb"), border = QStringLiteral("#90b8e0"), color = QStringLiteral("#0d3c61");
        weight = QStringLiteral("normal");
        break;
    case Level::Warning:
        background = QStringLiteral("#fff4e5"), border = QStringLiteral("#f0b357"), color = QStringLiteral("#5d3a00");
        break;
    case Level::Error:
        background = QStringLiteral("#fdecea"), border = QStringLiteral("#e57373"), color = QStringLiteral("#7f1d1d");
        break;
    }
    setStyleSheet(QStringLiteral("#tabBanner { background: %1; border-bottom: 1px solid %2; }"
                                 "#tabBannerText { color: %3; font-weight: %4; }")
                      .arg(background, border, color, weight));
    m_label->setText(text);
    m_button->setText(buttonText);
    m_button->setVisible(!buttonText.isEmpty());
    // A banner that offers the way out (Connect) stays until it is taken.
    m_dismiss->setVisible(buttonText.isEmpty());
    show();
}

QString TabBanner::text() const
{
    return isHidden() ? QString() : m_label->text();
}
