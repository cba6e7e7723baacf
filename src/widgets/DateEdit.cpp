#include "widgets/DateEdit.h"

#include <QKeyEvent>

namespace allot {

DateEdit::DateEdit(QWidget* parent) : QDateEdit(parent) {}

bool DateEdit::event(QEvent* event)
{
    // QWidget::event asks focusNextPrevChild() on Tab, which QDateTimeEdit answers by moving
    // between its sections (and so does its keyPressEvent); ask QWidget's instead.
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool plain = !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
        const bool backward = key->key() == Qt::Key_Backtab ||
                              (key->key() == Qt::Key_Tab && key->modifiers() & Qt::ShiftModifier);
        if (plain && (backward || key->key() == Qt::Key_Tab) &&
            QWidget::focusNextPrevChild(!backward)) {
            event->accept();
            return true;
        }
    }
    return QDateEdit::event(event);
}

} // namespace allot
