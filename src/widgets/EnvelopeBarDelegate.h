#pragma once

#include <QStyledItemDelegate>

namespace allot {

/// \brief Draws an envelope's spending as a bar behind its amount: green while within budget,
/// amber near the end of it, red once overspent.
class EnvelopeBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
};

} // namespace allot
