#pragma once

#include "core/BudgetTypes.h"

#include <QDialog>
#include <memory>

namespace Ui {
class EntryDialog;
}

namespace allot {

class BudgetSession;

/// \brief Adds an expense or income, or edits an entry; saving runs the core's action.
class EntryDialog : public QDialog
{
    Q_OBJECT

public:
    /// A new expense (or income) for the session's person.
    EntryDialog(BudgetSession& session, bool income, QWidget* parent = nullptr);
    /// Edits \a entry. Splits and account transfers allow date, payee and memo only.
    EntryDialog(BudgetSession& session, const Entry& entry, QWidget* parent = nullptr);
    ~EntryDialog() override;

    void accept() override;
    /// The entry added or edited, once saved; 0 before.
    RowId savedId() const { return m_savedId; }

private:
    void setUp();

    std::unique_ptr<Ui::EntryDialog> m_ui;
    BudgetSession& m_session;
    bool m_income = false;
    Entry m_editing;
    RowId m_savedId = 0;
};

} // namespace allot
