// The window never acts where the person did not point: with no budget open the actions that
// need one are disabled and the window says what to do (Ctrl+H, Add crashed it); Delete, Edit
// and Split act only on a visibly selected row (after a dialog closed, the first row became
// current without being selected, and Delete deleted it at once); deleting asks first; a new or
// edited entry stays selected (offscreen).

#include "actions/Lookup.h"
#include "app/Application.h"
#include "models/BudgetSession.h"
#include "models/RegisterModel.h"
#include "support/TestBudget.h"
#include "support/WindowTest.h"
#include "widgets/EntryDialog.h"
#include "widgets/ErrorDialog.h"
#include "widgets/MainWindow.h"
#include "widgets/SplitDialog.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeView>

using namespace allot;
using namespace allot::test;

namespace {

const Month kNovember{2026, 11};

QAction* action(QWidget* window, const char* name)
{
    auto* found = window->findChild<QAction*>(QString::fromLatin1(name));
    if (!found)
        qFatal("no action %s", name);
    return found;
}

} // namespace

class TestWindowSafety : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;
    std::unique_ptr<TestBudget> m_budget;
    std::unique_ptr<BudgetSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QSignalSpy> m_errors;
    RowId m_rent = 0;
    RowId m_lunch = 0;

    QTreeView* registerView() { return m_window->findChild<QTreeView*>("registerView"); }

    void settle()
    {
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
    }

    void openWindow(const QString& path)
    {
        m_session = std::make_unique<BudgetSession>();
        m_session->setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        m_session->setMonth(kNovember);
        m_window = std::make_unique<MainWindow>(*m_session);
        m_window->errorPresenter().setEnabled(false);
        m_errors = std::make_unique<QSignalSpy>(&m_session->errors(), &ErrorReporter::reported);
        m_window->openBudget(path, false);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        settle();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        initResources();
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        qRegisterMetaType<allot::Error>();
    }

    void init()
    {
        m_budget = std::make_unique<TestBudget>();
        m_rent = addExpense(m_budget->db(), m_budget->alice, m_budget->rent, 120000,
                            m_budget->checking, QDate(2026, 11, 1));
        m_lunch = addExpense(m_budget->db(), m_budget->alice, m_budget->food, 1250,
                             m_budget->checking, QDate(2026, 11, 4));
        m_budget->close();
    }

    void cleanup()
    {
        m_window.reset();
        m_errors.reset();
        m_session.reset();
        m_budget.reset();
    }

    // A refused file leaves no budget open: the window says so and how to open one, and
    // nothing that needs a budget can be started, by menu, shortcut or slot.
    void withNoBudgetOpenTheWindowSaysWhatToDo()
    {
        const QString notABudget = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile file(notABudget);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("shopping list: bread, milk\n");
        file.close();
        openWindow(notABudget);
        QVERIFY(!m_session->isOpen());
        QCOMPARE(m_errors->size(), 1); // the refusal, said once

        auto* pages = m_window->findChild<QStackedWidget*>(QStringLiteral("pages"));
        QVERIFY(pages);
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("welcomePage"));
        QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("welcomeTitle"))->isVisible());
        for (const char* name : {"householdAction", "addExpenseAction", "addIncomeAction",
                                 "splitAction", "transferBudgetAction", "transferAccountsAction",
                                 "mergeAction", "importAction", "exportAction", "backupAction",
                                 "restoreAction", "editEntryAction", "deleteEntryAction"})
            QVERIFY2(!action(m_window.get(), name)->isEnabled(), name);
        for (const char* name : {"newAction", "openAction", "quitAction"})
            QVERIFY2(action(m_window.get(), name)->isEnabled(), name);

        // The crash: Ctrl+H, then Add on People. Whatever opens is driven; nothing may.
        auto opened = whenDialogOpens<QDialog>(
            [](QDialog* dialog) {
                if (auto* add = dialog->findChild<QPushButton*>(QStringLiteral("addPersonButton")))
                    add->click();
            },
            300);
        QTest::keyClick(m_window.get(), Qt::Key_H, Qt::ControlModifier);
        QTest::qWait(400);
        QVERIFY(!*opened);
        m_window->manageHousehold();
        m_window->addExpense();
        m_window->splitEntry();
        QVERIFY(!QApplication::activeModalWidget());
        // An action run with no budget is refused, saying what to do.
        QVERIFY(!m_session->perform(QStringLiteral("Add a person"),
                                    [](Database&) { return Status(); }));
        QVERIFY2(m_errors->last().at(1).value<Error>().message.contains(
                     QStringLiteral("no budget is open")),
                 qPrintable(m_errors->last().at(1).value<Error>().message));

        // Opening a budget shows it and enables what it allows.
        QVERIFY(m_window->openBudget(m_budget->path(), false));
        settle();
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("mainSplitter"));
        QVERIFY(action(m_window.get(), "householdAction")->isEnabled());
        QVERIFY(action(m_window.get(), "addExpenseAction")->isEnabled());
    }

    // After a dialog closed, the first row is current but not selected: Delete, Edit and Split
    // leave it alone.
    void onlyASelectedRowIsActedOn()
    {
        openWindow(m_budget->path());
        const QString before = dump(m_session->database());
        auto closed = whenDialogOpens<EntryDialog>([](EntryDialog* dialog) { dialog->reject(); });
        m_window->addExpense();
        QVERIFY(*closed);
        settle();
        QTreeView* view = registerView();
        view->setFocus();
        settle();
        // Focus makes a row current, as Qt does, without selecting it.
        view->selectionModel()->setCurrentIndex(m_window->registerModel().index(0, 0),
                                                QItemSelectionModel::NoUpdate);
        QVERIFY(view->currentIndex().isValid());
        QVERIFY(view->selectionModel()->selectedRows().isEmpty());
        QVERIFY(!action(m_window.get(), "deleteEntryAction")->isEnabled());
        QVERIFY(!action(m_window.get(), "editEntryAction")->isEnabled());
        QTest::keyClick(view, Qt::Key_Delete);
        settle();
        QVERIFY(!QApplication::activeModalWidget());
        QCOMPARE(dump(m_session->database()), before);
        // Split opens a new split, not one of the current row.
        auto split = whenDialogOpens<SplitDialog>([](SplitDialog* dialog) {
            auto* total = dialog->findChild<QLineEdit*>(QStringLiteral("totalLineEdit"));
            QVERIFY(total);
            QVERIFY(total->isEnabled());
            QVERIFY(total->text().isEmpty());
            dialog->reject();
        });
        m_window->splitEntry();
        QVERIFY(*split);
        QCOMPARE(dump(m_session->database()), before);
    }

    // Deleting a selected row asks, naming the entry; Cancel keeps it, Delete deletes it.
    void deletingAsksFirst()
    {
        openWindow(m_budget->path());
        QTreeView* view = registerView();
        view->setFocus();
        const QModelIndex rent = m_window->registerModel().indexOfEntry(m_rent);
        QVERIFY(rent.isValid());
        view->setCurrentIndex(rent);
        QVERIFY(view->selectionModel()->isSelected(rent));
        QVERIFY(action(m_window.get(), "deleteEntryAction")->isEnabled());
        const QString before = dump(m_session->database());

        QString question;
        auto asked = answerNextQuestion(QMessageBox::RejectRole, &question);
        QTest::keyClick(view, Qt::Key_Delete);
        QVERIFY(*asked);
        question.replace(QChar::Nbsp, QLatin1Char(' ')); // the details do not break
        QVERIFY2(question.contains(QStringLiteral("€1,200.00")) &&
                     question.contains(QStringLiteral("expense")) &&
                     question.contains(QStringLiteral("Corner shop")),
                 qPrintable(question));
        settle();
        QCOMPARE(dump(m_session->database()), before);

        auto confirmed = answerNextQuestion(QMessageBox::DestructiveRole);
        view->setCurrentIndex(m_window->registerModel().indexOfEntry(m_rent));
        QVERIFY(action(m_window.get(), "deleteEntryAction")->isEnabled());
        m_window->activateWindow(); // as the question closing gives it back
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(view, Qt::Key_Delete);
        QVERIFY(*confirmed);
        settle();
        QVERIFY(!lookup::entryById(m_session->database().engine(), m_rent).ok());
        QVERIFY(lookup::entryById(m_session->database().engine(), m_lunch).ok());
        QVERIFY2(m_errors->isEmpty(), "the delete failed");
    }

    // A new entry, and an edited one, is the selected row afterwards.
    void aNewOrEditedEntryStaysSelected()
    {
        openWindow(m_budget->path());
        auto added = whenDialogOpens<EntryDialog>([](EntryDialog* dialog) {
            auto* amount = dialog->findChild<QLineEdit*>(QStringLiteral("amountLineEdit"));
            QTest::keyClicks(amount, QStringLiteral("7.30"));
            auto* account = dialog->findChild<QComboBox*>(QStringLiteral("accountCombo"));
            account->setCurrentIndex(account->findText(QStringLiteral("Visa"))); // may owe
            auto* category = dialog->findChild<QComboBox*>(QStringLiteral("categoryCombo"));
            category->setCurrentIndex(category->findText(QStringLiteral("Food")));
            dialog->findChild<QDateEdit*>(QStringLiteral("dateEdit"))->setDate(QDate(2026, 11, 20));
            dialog->findChild<QLineEdit*>(QStringLiteral("payeeLineEdit"))
                ->setText(QStringLiteral("Bakery"));
            dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))
                ->button(QDialogButtonBox::Ok)
                ->click();
        });
        m_window->addExpense();
        QVERIFY(*added);
        settle();
        QVERIFY2(m_errors->isEmpty(), "the expense was not added");
        QTreeView* view = registerView();
        const QModelIndexList selected = view->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().siblingAtColumn(RegisterModel::Payee).data().toString(),
                 QStringLiteral("Bakery"));
        QCOMPARE(view->currentIndex().row(), selected.first().row());
        QVERIFY(action(m_window.get(), "deleteEntryAction")->isEnabled());

        // Edited: the lunch, selected, moved to another day, stays selected.
        view->setCurrentIndex(m_window->registerModel().indexOfEntry(m_lunch));
        auto edited = whenDialogOpens<EntryDialog>([](EntryDialog* dialog) {
            dialog->findChild<QDateEdit*>(QStringLiteral("dateEdit"))->setDate(QDate(2026, 11, 30));
            dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))
                ->button(QDialogButtonBox::Ok)
                ->click();
        });
        m_window->editEntry();
        QVERIFY(*edited);
        settle();
        const QModelIndexList after = view->selectionModel()->selectedRows();
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.first().data(RegisterModel::EntryIdRole).toLongLong(), m_lunch);
        QCOMPARE(after.first().row(), 2); // last, by date
    }

    // An expense that takes Checking below zero is asked, as a transfer is (it went through
    // silently): Cancel records nothing and keeps the dialog open, Record Anyway records it.
    void anExpenseBelowZeroIsAskedFirst()
    {
        openWindow(m_budget->path());
        const QString before = dump(m_session->database());
        QString question;
        const auto spend = [&](QMessageBox::ButtonRole answer) {
            return whenDialogOpens<EntryDialog>([&, answer](EntryDialog* dialog) {
                QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("amountLineEdit")),
                                 QStringLiteral("900"));
                auto* account = dialog->findChild<QComboBox*>(QStringLiteral("accountCombo"));
                account->setCurrentIndex(account->findText(QStringLiteral("Checking")));
                auto* category = dialog->findChild<QComboBox*>(QStringLiteral("categoryCombo"));
                category->setCurrentIndex(category->findText(QStringLiteral("Food")));
                auto asked = answerNextQuestion(answer, &question);
                dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))
                    ->button(QDialogButtonBox::Ok)
                    ->click();
                QVERIFY(*asked);
                QCOMPARE(dialog->isVisible(), answer == QMessageBox::RejectRole);
            });
        };
        auto cancelled = spend(QMessageBox::RejectRole);
        m_window->addExpense();
        QVERIFY(*cancelled);
        question.replace(QChar::Nbsp, QLatin1Char(' '));
        // Checking: 1,000.00 opening, less 1,200.00 rent and 12.50 lunch.
        QVERIFY2(question.contains(QStringLiteral("the checking account Checking")) &&
                     question.contains(QStringLiteral("It has -€212.50; afterwards it would "
                                                      "have -€1,112.50.")),
                 qPrintable(question));
        settle();
        QVERIFY(m_errors->isEmpty());
        QCOMPARE(dump(m_session->database()), before);

        auto recorded = spend(QMessageBox::AcceptRole);
        m_window->addExpense();
        QVERIFY(*recorded);
        settle();
        QVERIFY2(m_errors->isEmpty(), "the confirmed expense was refused");
        QVERIFY(dump(m_session->database()) != before);
    }
};

QTEST_MAIN(TestWindowSafety)
#include "tst_windowsafety.moc"
