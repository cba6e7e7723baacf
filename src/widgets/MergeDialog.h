#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class MergeDialog;
}

namespace allot {

class BudgetSession;

/// \brief Merges one of the person's categories into another, after showing how many entries
/// and how much budget will move. The summary wraps, and the dialog grows to show all of it.
class MergeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit MergeDialog(BudgetSession& session, QWidget* parent = nullptr);
    ~MergeDialog() override;

    void accept() override;

protected:
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void updatePreview();

    std::unique_ptr<Ui::MergeDialog> m_ui;
    BudgetSession& m_session;
};

} // namespace allot
