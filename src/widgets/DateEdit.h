#pragma once

#include <QDateEdit>

namespace allot {

/// \brief A date field that Tab leaves: the dialogs' forms promote their `dateEdit` to it.
///
/// A plain QDateEdit takes Tab to its next section (day, month, year) and gives it to the next
/// field only from the last one. Here one Tab moves to the next widget in the dialog's tab order
/// and Shift+Tab to the previous one; the arrow keys, Ctrl+arrow and typing (a complete section,
/// or the separator) still move between the sections.
class DateEdit : public QDateEdit
{
    Q_OBJECT

public:
    explicit DateEdit(QWidget* parent = nullptr);

protected:
    bool event(QEvent* event) override;
};

} // namespace allot
