#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class HouseholdDialog;
}

namespace allot {

class BudgetSession;

/// \brief Manages the household: people, accounts, the person's categories and the currency.
/// Every button runs one action; the lists follow the budget after each commit.
class HouseholdDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HouseholdDialog(BudgetSession& session, QWidget* parent = nullptr);
    ~HouseholdDialog() override;

private:
    void reload();
    void addPerson();
    void deletePerson();
    void addAccount();
    void addCategory();
    void deleteCategory();
    void applyCurrency();

    std::unique_ptr<Ui::HouseholdDialog> m_ui;
    BudgetSession& m_session;
};

} // namespace allot
