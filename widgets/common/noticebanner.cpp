#include "common/noticebanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

NoticeBanner::NoticeBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("noticeBanner"));
    setStyleSheet(QStringLiteral("#noticeBanner { background: #fff4e5; border-bottom: 1px solid #f0b357; }"
                                 "#noticeBanner QLabel { color: #5d3a00; }"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("noticeText"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_label, 1);
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Dismiss"));
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    layout->addWidget(close, 0, Qt::AlignTop);
    hide();
}

void NoticeBanner::showNotice(const QString &text)
{
    m_label->setText(text);
    show();
}

QString NoticeBanner::text() const
{
    return isHidden() ? QString() : m_label->text();
}
