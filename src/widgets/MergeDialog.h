#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class MergeDialog;
}

namespace allot {

class BudgetSession;

/// \brief Merges one of the person's categories into another, after showing how many entries
/// and how much budget will move.
class MergeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit MergeDialog(BudgetSession& session, QWidget* parent = nullptr);
    ~MergeDialog() override;

    void accept() override;

private:
    void updatePreview();

    std::unique_ptr<Ui::MergeDialog> m_ui;
    BudgetSession& m_session;
};

} // namespace allot
