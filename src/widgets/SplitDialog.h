#pragma once

#include "core/BudgetTypes.h"

#include <QDialog>
#include <memory>

namespace Ui {
class SplitDialog;
}

class QComboBox;
class QLineEdit;

namespace allot {

class BudgetSession;

/// \brief Spreads one expense over two or more categories. A running remainder shows what is
/// left to place; OK is enabled only when it is exactly zero.
class SplitDialog : public QDialog
{
    Q_OBJECT

public:
    /// A new split expense for the session's person.
    explicit SplitDialog(BudgetSession& session, QWidget* parent = nullptr);
    /// Splits an existing expense or income (or re-splits a split).
    SplitDialog(BudgetSession& session, const Entry& entry, QWidget* parent = nullptr);
    ~SplitDialog() override;

    void accept() override;

    /// Adds a part row; returns its row number.
    int addPart(RowId categoryId = 0, const QString& amount = {});
    QComboBox* partCategory(int row) const;
    QLineEdit* partAmount(int row) const;

private:
    void setUp();
    void recalculate();

    std::unique_ptr<Ui::SplitDialog> m_ui;
    BudgetSession& m_session;
    Entry m_existing;
};

} // namespace allot
