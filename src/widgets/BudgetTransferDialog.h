#pragma once

#include "core/Money.h"

#include <QDialog>
#include <memory>

namespace Ui {
class BudgetTransferDialog;
}

namespace allot {

class BudgetSession;

/// \brief Moves budget between two of the person's envelopes for the month. Shows what the
/// source has available and refuses OK, saying why, when the amount is larger, unless the user
/// ticks "Allow overspending".
class BudgetTransferDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BudgetTransferDialog(BudgetSession& session, QWidget* parent = nullptr);
    ~BudgetTransferDialog() override;

    void accept() override;

private:
    void updateAvailable();
    void validate();

    std::unique_ptr<Ui::BudgetTransferDialog> m_ui;
    BudgetSession& m_session;
    MinorUnits m_available = 0;
};

} // namespace allot
