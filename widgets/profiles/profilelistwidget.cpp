#include "profiles/profilelistwidget.h"

#include "common/colortagpicker.h"
#include "common/tesseraresources.h"

#include <QApplication>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kDetailRole = Qt::UserRole + 2;    // what the delegate draws under the name
constexpr int kPlainDetailRole = Qt::UserRole + 3;   // the same without a mark
constexpr int kPlainToolTipRole = Qt::UserRole + 4;
constexpr int kPadding = 6;

// Name on the first line, driver and server in smaller, quieter text below: the name is what
// people scan for, so it alone stays the item's text (and its keyboard search key).
class ProfileItemDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        const QFontMetrics fm(option.font);
        return {200, fm.height() + detailMetrics(option).height() + 2 * kPadding + 2};
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        opt.text.clear();
        opt.icon = QIcon();
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

        const bool selected = opt.state.testFlag(QStyle::State_Selected);
        const QRect r = opt.rect.adjusted(kPadding, kPadding, -kPadding, -kPadding);
        const int iconSize = 14;
        const QFontMetrics fm(opt.font);
        const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
        icon.paint(painter, QRect(r.left(), r.top() + (fm.height() - iconSize) / 2, iconSize, iconSize));

        const QRect text = r.adjusted(iconSize + kPadding, 0, 0, 0);
        painter->save();
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->setFont(opt.font);
        painter->drawText(QRect(text.left(), text.top(), text.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, text.width()));
        QFont small = opt.font;
        small.setPointSizeF(small.pointSizeF() * 0.88);
        const QFontMetrics sm(small);
        painter->setFont(small);
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
        painter->drawText(QRect(text.left(), text.top() + fm.height() + 2, text.width(), sm.height()),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          sm.elidedText(index.data(kDetailRole).toString(), Qt::ElideRight, text.width()));
        painter->restore();
    }

private:
    static QFontMetrics detailMetrics(const QStyleOptionViewItem &option)
    {
        QFont small = option.font;
        small.setPointSizeF(small.pointSizeF() * 0.88);
        return QFontMetrics(small);
    }
};

QString describe(const ConnectionProfile &p)
{
    if (p.dialect == Dialect::SQLite)
        return p.isDemo ? ProfileListWidget::tr("SQLite · demo database") : ProfileListWidget::tr("SQLite · %1").arg(p.database);
    const QString host = p.host.isEmpty() ? QStringLiteral("localhost") : p.host;
    return QStringLiteral("%1 · %2:%3").arg(Dialects::displayName(p.dialect), host).arg(p.effectivePort());
}
} // namespace

ProfileListWidget::ProfileListWidget(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setIconSize(QSize(14, 14));
    m_list->setUniformItemSizes(true);
    m_list->setItemDelegate(new ProfileItemDelegate(m_list));
    m_list->setTextElideMode(Qt::ElideRight);
    layout->addWidget(m_list, 1);

    m_connect = new QPushButton(TesseraResources::icon(QStringLiteral("connect")), tr("&Connect"), this);
    m_connect->setObjectName(QStringLiteral("connectProfileButton"));
    m_connect->setEnabled(false);
    layout->addWidget(m_connect);

    // itemActivated covers Enter and the platform's double- (or single-) click convention.
    connect(m_list, &QListWidget::itemActivated, this, &ProfileListWidget::requestOpen);
    connect(m_connect, &QPushButton::clicked, this, [this] { requestOpen(m_list->currentItem()); });
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        m_connect->setEnabled(item != nullptr);
        emit currentProfileChanged(item ? item->data(kIdRole).toString() : QString());
    });
}

void ProfileListWidget::setProfiles(const QList<ConnectionProfile> &profiles)
{
    const QString keep = currentProfileId();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const ConnectionProfile &p : profiles) {
        auto *item = new QListWidgetItem(ColorTagPicker::swatchIcon(p.colorTag), p.name, m_list);
        item->setData(kIdRole, p.id);
        item->setData(kDetailRole, describe(p));
        item->setData(kPlainDetailRole, describe(p));
        item->setToolTip(p.database.isEmpty() ? describe(p) : describe(p) + u'\n' + p.database);
        item->setData(kPlainToolTipRole, item->toolTip());
    }
    setCurrentProfileId(keep);
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_connect->setEnabled(m_list->currentItem() != nullptr);
    emit currentProfileChanged(currentProfileId());
}

QString ProfileListWidget::currentProfileId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(kIdRole).toString() : QString();
}

void ProfileListWidget::setCurrentProfileId(const QString &id)
{
    if (QListWidgetItem *item = itemOf(id))
        m_list->setCurrentItem(item);
}

QListWidgetItem *ProfileListWidget::itemOf(const QString &profileId) const
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(kIdRole).toString() == profileId)
            return m_list->item(i);
    }
    return nullptr;
}

QStringList ProfileListWidget::profileIds() const
{
    QStringList ids;
    for (int i = 0; i < m_list->count(); ++i)
        ids.append(m_list->item(i)->data(kIdRole).toString());
    return ids;
}

void ProfileListWidget::setMark(const QString &profileId, const QString &mark)
{
    QListWidgetItem *item = itemOf(profileId);
    if (!item)
        return;
    const QString plainDetail = item->data(kPlainDetailRole).toString();
    const QString plainToolTip = item->data(kPlainToolTipRole).toString();
    QFont font = m_list->font();
    font.setBold(!mark.isEmpty());
    item->setFont(font);
    item->setData(kDetailRole, mark.isEmpty() ? plainDetail : QStringLiteral("%1 · %2").arg(mark, plainDetail));
    item->setToolTip(mark.isEmpty() ? plainToolTip : plainToolTip + u'\n' + mark);
}

void ProfileListWidget::requestOpen(QListWidgetItem *item)
{
    if (item)
        emit openRequested(item->data(kIdRole).toString());
}
