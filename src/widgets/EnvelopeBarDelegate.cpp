#include "widgets/EnvelopeBarDelegate.h"

#include "models/EnvelopeModel.h"

#include <QPainter>

namespace allot {

void EnvelopeBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                const QModelIndex& index) const
{
    const double fraction = index.data(EnvelopeModel::FractionRole).toDouble();
    const bool overspent = index.data(EnvelopeModel::OverspentRole).toBool();
    QColor color = overspent         ? QColor(0xE5, 0x39, 0x35)
                   : fraction > 0.85 ? QColor(0xFB, 0x8C, 0x00)
                                     : QColor(0x43, 0xA0, 0x47);
    color.setAlpha(90);
    const QRect area = option.rect.adjusted(2, 3, -2, -3);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0x9E, 0x9E, 0x9E, 40));
    painter->drawRoundedRect(area, 3, 3);
    QRect filled = area;
    filled.setWidth(int(area.width() * std::min(1.0, std::max(0.0, fraction))));
    painter->setBrush(color);
    painter->drawRoundedRect(filled, 3, 3);
    painter->restore();
    QStyledItemDelegate::paint(painter, option, index);
}

} // namespace allot
