#pragma once

#include "core/BudgetTypes.h"
#include <QMainWindow>

#include <QTimer>
#include <memory>

namespace Ui {
class MainWindow;
}

class QLabel;
class QStackedWidget;

namespace allot {

class AccountModel;
class BudgetSession;
class EnvelopeModel;
class ErrorDialogPresenter;
class RegisterModel;
class ReportsView;
class UndoStackMirror;
class WelcomePage;
struct Entry;

/// \brief Allot's window: accounts and envelopes on the left, the register and the reports in
/// the middle, every action from menus, toolbar and shortcuts. All changes go through the core's
/// actions via the session; failures arrive through the session's ErrorReporter.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(BudgetSession& session, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens a budget file (creating it when \a create) and remembers it in the recent files.
    bool openBudget(const QString& path, bool create);

    RegisterModel& registerModel() { return *m_register; }
    EnvelopeModel& envelopeModel() { return *m_envelopes; }
    AccountModel& accountModel() { return *m_accounts; }
    UndoStackMirror& undoMirror() { return *m_undo; }
    ErrorDialogPresenter& errorPresenter() { return *m_presenter; }

public slots:
    void addExpense();
    void addIncome();
    void editEntry();
    void deleteEntry();
    void splitEntry();
    void transferBudget();
    void transferBetweenAccounts();
    void mergeCategories();
    void manageHousehold();
    void importFile(const QString& path = {});
    void exportEntries(const QString& path = {});
    void backUp();
    /// Restores \a backup (asks which when empty) over the open budget and reopens it.
    void restoreBackup(const QString& backup = {});

private:
    void setUpActions();
    void newBudget();
    void openBudgetDialog();
    void rememberRecent(const QString& path);
    void rebuildRecentMenu();
    void reloadPeople();
    void reloadCategoryFilter();
    void refreshReports();
    void updateStatus();
    void updateMonthEdit();
    /// Enables what the open budget, the person and the register's selection allow; shows the
    /// welcome page while no budget is open.
    void updateActions();
    /// The register's entry that is selected (highlighted), not merely current: Delete, Edit
    /// and Split act on nothing else.
    const Entry* selectedEntry() const;
    /// Selects entry \a id once the register shows it (after the commit's refresh).
    void selectWhenShown(RowId id);
    /// Asks before deleting \a entry, describing it; true to go on.
    bool confirmDelete(const Entry& entry);
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    BudgetSession& m_session;
    AccountModel* m_accounts = nullptr;
    EnvelopeModel* m_envelopes = nullptr;
    RegisterModel* m_register = nullptr;
    UndoStackMirror* m_undo = nullptr;
    ErrorDialogPresenter* m_presenter = nullptr;
    ReportsView* m_reports = nullptr;
    QStackedWidget* m_pages = nullptr;
    WelcomePage* m_welcome = nullptr;
    RowId m_selectAfterReload = 0;
    QLabel* m_fileLabel = nullptr;
    QLabel* m_totalsLabel = nullptr;
    QTimer m_searchDelay;
    bool m_updating = false;
};

} // namespace allot
