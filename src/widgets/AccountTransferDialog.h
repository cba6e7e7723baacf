#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class AccountTransferDialog;
}

namespace allot {

class BudgetSession;

/// \brief Moves money from one account to another.
class AccountTransferDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AccountTransferDialog(BudgetSession& session, QWidget* parent = nullptr);
    ~AccountTransferDialog() override;

    void accept() override;

private:
    std::unique_ptr<Ui::AccountTransferDialog> m_ui;
    BudgetSession& m_session;
};

} // namespace allot
