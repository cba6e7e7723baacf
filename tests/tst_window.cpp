#include "actions/BudgetQueries.h"
#include "actions/CategoryActions.h"
#include "actions/HouseholdActions.h"
#include "actions/Lookup.h"
#include "actions/SplitEntry.h"
#include "app/Application.h"
#include "models/AccountModel.h"
#include "models/BudgetSession.h"
#include "models/EnvelopeModel.h"
#include "models/RegisterModel.h"
#include "models/UndoStackMirror.h"
#include "storage/Backups.h"
#include "storage/SqlStatement.h"
#include "support/TestBudget.h"
#include "support/WindowTest.h"
#include "widgets/AccountTransferDialog.h"
#include "widgets/BudgetTransferDialog.h"
#include "widgets/EntryDialog.h"
#include "widgets/ErrorDialog.h"
#include "widgets/HouseholdDialog.h"
#include "widgets/ImportDialog.h"
#include "widgets/MainWindow.h"
#include "widgets/MergeDialog.h"
#include "widgets/SplitDialog.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTreeView>
#include <QUndoStack>

using namespace allot;
using namespace allot::test;

namespace {

const Month kNovember{2026, 11};

template <typename T> T* child(QWidget* parent, const char* name)
{
    T* found = parent->findChild<T*>(QString::fromLatin1(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

void clickOk(QDialog* dialog)
{
    QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
}

void chooseText(QComboBox* combo, const QString& text)
{
    const int index = combo->findText(text);
    QVERIFY2(index >= 0, qPrintable(text));
    combo->setCurrentIndex(index);
}

void type(QWidget* parent, const char* name, const QString& text)
{
    auto* edit = child<QLineEdit>(parent, name);
    edit->clear();
    QTest::keyClicks(edit, text);
}

} // namespace

class TestWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestBudget> m_budget;
    std::unique_ptr<BudgetSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QSignalSpy> m_errors;
    RowId m_lunch = 0;
    QTemporaryDir m_settingsDir;

    TestBudget& b() { return *m_budget; }
    Database& db() { return m_session->database(); }

    // What the window shows: every model's contents.
    QStringList shown()
    {
        QCoreApplication::processEvents();
        return modelContents(m_window->registerModel()) + modelContents(m_window->envelopeModel()) +
               modelContents(m_window->accountModel());
    }

    // Waits until the views have refreshed after a commit (the refresh is queued).
    void settle()
    {
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
    }

    QString lastErrorText() const
    {
        if (m_errors->isEmpty())
            return QString();
        return m_errors->last().at(1).value<Error>().message;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Recent files and other settings go to this test's own folder.
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        qRegisterMetaType<allot::Error>();
    }

    void init()
    {
        m_budget = std::make_unique<TestBudget>();
        m_lunch = addExpense(b().db(), b().alice, b().food, 1250, b().checking, QDate(2026, 11, 4));
        addExpense(b().db(), b().alice, b().fun, 3000, b().visa, QDate(2026, 11, 9));
        ALLOT_VERIFY_OK(household::setCurrency(b().db(), QStringLiteral("USD")));
        m_budget->close();
        m_session = std::make_unique<BudgetSession>();
        m_session->setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        m_session->setMonth(kNovember);
        m_window = std::make_unique<MainWindow>(*m_session);
        m_window->errorPresenter().setEnabled(false);
        m_errors = std::make_unique<QSignalSpy>(&m_session->errors(), &ErrorReporter::reported);
        QVERIFY(m_window->openBudget(b().path(), false));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        settle();
    }

    void cleanup()
    {
        m_window.reset();
        m_errors.reset();
        m_session.reset();
        m_budget.reset();
    }

    void showsTheMonthInEveryView()
    {
        QCOMPARE(m_window->registerModel().rowCount(), 2);
        QCOMPARE(m_window->envelopeModel().rowCount(), 3);
        QCOMPARE(m_window->accountModel().rowCount(), 3);
        const QStringList envelopes = modelContents(m_window->envelopeModel());
        QCOMPARE(envelopes.at(0), QStringLiteral("Food|$400.00|$12.50|$387.50"));
        QVERIFY(m_errors->isEmpty());
    }

    void modelsPassTheModelTester()
    {
        // Splits give the register children; 450 rows make it read several pages.
        NewSplit split;
        split.personId = b().alice;
        split.date = QDate(2026, 11, 12);
        split.total = 900;
        split.parts = {{b().food, 400, {}}, {b().fun, 500, {}}};
        ALLOT_VERIFY_OK(splits::add(db(), split));
        for (int i = 0; i < 450; ++i)
            addExpense(db(), b().alice, b().rent, 100 + i, b().checking,
                       QDate(2026, 11, 1 + i % 28));
        settle();
        QAbstractItemModelTester registerTester(
            &m_window->registerModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester envelopeTester(
            &m_window->envelopeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester accountTester(
            &m_window->accountModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        RegisterModel& reg = m_window->registerModel();
        QCOMPARE(reg.rowCount(), 453);
        // Read every row, last first: each page is fetched by keyset after a key lookup.
        for (int row = reg.rowCount() - 1; row >= 0; --row)
            QVERIFY(reg.index(row, RegisterModel::Amount).data().isValid());
        QVERIFY(reg.pagesHeld() <= RegisterModel::kPagesKept);
        reg.sort(RegisterModel::Amount, Qt::DescendingOrder);
        QCOMPARE(reg.index(0, RegisterModel::Amount).data(RegisterModel::AmountRole).toLongLong(),
                 qint64(-100));
        reg.sort(RegisterModel::Date, Qt::AscendingOrder);
        QVERIFY(m_errors->isEmpty());
    }

    void registerSearchAndCategoryFilter()
    {
        RegisterModel& reg = m_window->registerModel();
        reg.setSearch(QStringLiteral("corner"));
        QCOMPARE(reg.rowCount(), 2);
        reg.setSearch(QStringLiteral("no such payee"));
        QCOMPARE(reg.rowCount(), 0);
        reg.setSearch(QStringLiteral("100%"));
        QCOMPARE(reg.rowCount(), 0);
        reg.setSearch(QString());
        reg.setCategoryFilter(b().fun);
        QCOMPARE(reg.rowCount(), 1);
        QCOMPARE(reg.index(0, RegisterModel::Category).data().toString(), QStringLiteral("Fun"));
    }

    // ---- add, edit, delete --------------------------------------------------------------

    void addsAnExpenseThroughTheDialog()
    {
        auto ran = whenDialogOpens<EntryDialog>([&](EntryDialog* dialog) {
            type(dialog, "amountLineEdit", QStringLiteral("42.10"));
            chooseText(child<QComboBox>(dialog, "categoryCombo"), QStringLiteral("Rent"));
            chooseText(child<QComboBox>(dialog, "accountCombo"), QStringLiteral("Checking"));
            child<QDateEdit>(dialog, "dateEdit")->setDate(QDate(2026, 11, 20));
            type(dialog, "payeeLineEdit", QStringLiteral("Landlord"));
            clickOk(dialog);
            QVERIFY(!dialog->isVisible());
        });
        m_window->addExpense();
        QVERIFY(*ran);
        settle();
        QVERIFY2(m_errors->isEmpty(), qPrintable(lastErrorText()));
        QCOMPARE(m_window->registerModel().rowCount(), 3);
        auto entries = queries::entries(db(), b().alice, kNovember, b().rent);
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->at(0).amount, -4210);
        QCOMPARE(entries->at(0).payee, QStringLiteral("Landlord"));
        QVERIFY(modelContents(m_window->envelopeModel())
                    .contains(QStringLiteral("Rent|$900.00|$42.10|$857.90")));
    }

    void refusesAnAmountThatIsNotOneInTheDialog()
    {
        const QString before = dump(db());
        auto ran = whenDialogOpens<EntryDialog>([&](EntryDialog* dialog) {
            type(dialog, "amountLineEdit", QStringLiteral("12.345"));
            clickOk(dialog);
            QVERIFY(dialog->isVisible());
            QCOMPARE(child<QLabel>(dialog, "problemLabel")->text(),
                     QStringLiteral("\"12.345\" is not an amount"));
        });
        m_window->addExpense();
        QVERIFY(*ran);
        QCOMPARE(dump(db()), before);
    }

    void editsAnEntryThroughTheDialog()
    {
        auto* view = m_window->findChild<QTreeView*>(QStringLiteral("registerView"));
        view->setCurrentIndex(m_window->registerModel().index(0, 0));
        auto ran = whenDialogOpens<EntryDialog>([&](EntryDialog* dialog) {
            QCOMPARE(child<QLineEdit>(dialog, "amountLineEdit")->text(), QStringLiteral("12.50"));
            type(dialog, "amountLineEdit", QStringLiteral("13"));
            type(dialog, "memoLineEdit", QStringLiteral("with dessert"));
            clickOk(dialog);
        });
        m_window->editEntry();
        QVERIFY(*ran);
        settle();
        auto entry = lookup::entryById(db().engine(), m_lunch);
        QCOMPARE(entry->amount, -1300);
        QCOMPARE(entry->memo, QStringLiteral("with dessert"));
        QCOMPARE(m_window->registerModel().index(0, RegisterModel::Memo).data().toString(),
                 QStringLiteral("with dessert"));
    }

    void deletesTheSelectedEntryWithTheDeleteKey()
    {
        auto* view = m_window->findChild<QTreeView*>(QStringLiteral("registerView"));
        view->setFocus();
        view->setCurrentIndex(m_window->registerModel().index(0, 0));
        // Deleting asks first (tst_windowsafety tests the question).
        auto asked = answerNextQuestion(QMessageBox::DestructiveRole);
        QTest::keyClick(view, Qt::Key_Delete);
        QVERIFY(*asked);
        settle();
        QVERIFY(!lookup::entryById(db().engine(), m_lunch).ok());
        QCOMPARE(m_window->registerModel().rowCount(), 1);
    }

    // ---- budget transfer ------------------------------------------------------------------

    void transfersBudgetAndRefusesTooMuch()
    {
        auto ran = whenDialogOpens<BudgetTransferDialog>([&](BudgetTransferDialog* dialog) {
            chooseText(child<QComboBox>(dialog, "fromCategoryCombo"), QStringLiteral("Fun"));
            chooseText(child<QComboBox>(dialog, "toCategoryCombo"), QStringLiteral("Food"));
            QCOMPARE(child<QLabel>(dialog, "availableLabel")->text(), QStringLiteral("$70.00"));
            auto* ok = child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
            type(dialog, "amountLineEdit", QStringLiteral("70.01"));
            QVERIFY(!ok->isEnabled());
            QCOMPARE(
                child<QLabel>(dialog, "problemLabel")->text(),
                QStringLiteral(
                    "Fun has only $70.00 available. Tick \"Allow overspending\" to move more."));
            child<QCheckBox>(dialog, "allowOverspendCheckBox")->setChecked(true);
            QVERIFY(ok->isEnabled());
            child<QCheckBox>(dialog, "allowOverspendCheckBox")->setChecked(false);
            type(dialog, "amountLineEdit", QStringLiteral("20"));
            QVERIFY(ok->isEnabled());
            clickOk(dialog);
        });
        m_window->transferBudget();
        QVERIFY(*ran);
        settle();
        QVERIFY(m_errors->isEmpty());
        const QStringList envelopes = modelContents(m_window->envelopeModel());
        QCOMPARE(envelopes.at(0), QStringLiteral("Food|$420.00|$12.50|$407.50"));
        QCOMPARE(envelopes.at(1), QStringLiteral("Fun|$80.00|$30.00|$50.00"));
        QCOMPARE(m_window->undoMirror().stack().undoText(),
                 QStringLiteral("Transfer 20.00 from Fun to Food"));
    }

    // ---- account transfer -----------------------------------------------------------------

    void transfersBetweenAccounts()
    {
        auto ran = whenDialogOpens<AccountTransferDialog>([&](AccountTransferDialog* dialog) {
            chooseText(child<QComboBox>(dialog, "fromAccountCombo"), QStringLiteral("Checking"));
            chooseText(child<QComboBox>(dialog, "toAccountCombo"), QStringLiteral("Savings"));
            type(dialog, "amountLineEdit", QStringLiteral("100"));
            clickOk(dialog);
        });
        m_window->transferBetweenAccounts();
        QVERIFY(*ran);
        settle();
        QVERIFY(m_errors->isEmpty());
        QVERIFY(
            modelContents(m_window->accountModel()).contains(QStringLiteral("Savings|$100.00")));
    }

    // Below zero is asked, as for an expense (tst_windowsafety): Cancel keeps the dialog open
    // and changes nothing; Record Anyway records it.
    void anAccountTransferBelowZeroIsAskedFirst()
    {
        const QString before = dump(db());
        const QStringList shownBefore = shown();
        QString question;
        const auto transferFive = [&](QMessageBox::ButtonRole answer) {
            return whenDialogOpens<AccountTransferDialog>([&, answer](AccountTransferDialog* d) {
                chooseText(child<QComboBox>(d, "fromAccountCombo"), QStringLiteral("Savings"));
                chooseText(child<QComboBox>(d, "toAccountCombo"), QStringLiteral("Checking"));
                type(d, "amountLineEdit", QStringLiteral("5"));
                auto asked = answerNextQuestion(answer, &question);
                clickOk(d);
                QVERIFY(*asked);
                QCOMPARE(d->isVisible(), answer == QMessageBox::RejectRole);
            });
        };
        auto cancelled = transferFive(QMessageBox::RejectRole);
        m_window->transferBetweenAccounts();
        QVERIFY(*cancelled);
        QVERIFY2(question.contains(QStringLiteral("This takes the savings account Savings below "
                                                  "zero.")) &&
                     question.contains(QStringLiteral("It has $0.00; afterwards it would have "
                                                      "-$5.00.")),
                 qPrintable(question));
        settle();
        QVERIFY(m_errors->isEmpty());
        QCOMPARE(dump(db()), before);
        QCOMPARE(shown(), shownBefore);

        auto recorded = transferFive(QMessageBox::AcceptRole);
        m_window->transferBetweenAccounts();
        QVERIFY(*recorded);
        settle();
        QVERIFY2(m_errors->isEmpty(), qPrintable(lastErrorText()));
        QVERIFY(modelContents(m_window->accountModel()).contains(QStringLiteral("Savings|-$5.00")));
    }

    // ---- split ----------------------------------------------------------------------------

    void splitsAnExpenseWithARunningRemainder()
    {
        auto ran = whenDialogOpens<SplitDialog>([&](SplitDialog* dialog) {
            type(dialog, "totalLineEdit", QStringLiteral("60"));
            auto* ok = child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
            chooseText(dialog->partCategory(0), QStringLiteral("Food"));
            chooseText(dialog->partCategory(1), QStringLiteral("Fun"));
            QTest::keyClicks(dialog->partAmount(0), QStringLiteral("45"));
            QCOMPARE(child<QLabel>(dialog, "remainderLabel")->text(),
                     QStringLiteral("Remaining: $15.00"));
            QVERIFY(!ok->isEnabled());
            QTest::keyClicks(dialog->partAmount(1), QStringLiteral("16"));
            QCOMPARE(child<QLabel>(dialog, "problemLabel")->text(),
                     QStringLiteral("The parts are $1.00 more than the total."));
            QVERIFY(!ok->isEnabled());
            dialog->partAmount(1)->clear();
            QTest::keyClicks(dialog->partAmount(1), QStringLiteral("15"));
            QCOMPARE(child<QLabel>(dialog, "remainderLabel")->text(),
                     QStringLiteral("Remaining: $0.00"));
            QVERIFY(ok->isEnabled());
            type(dialog, "payeeLineEdit", QStringLiteral("Market"));
            clickOk(dialog);
        });
        m_window->splitEntry();
        QVERIFY(*ran);
        settle();
        QVERIFY2(m_errors->isEmpty(), qPrintable(lastErrorText()));
        RegisterModel& reg = m_window->registerModel();
        QCOMPARE(reg.rowCount(), 3);
        const QStringList rows = modelContents(reg);
        QVERIFY2(rows.contains(QStringLiteral("  |||Food|-$45.00|")),
                 qPrintable(rows.join(QLatin1Char('\n'))));
        QVERIFY(rows.contains(QStringLiteral("  |||Fun|-$15.00|")));
    }

    // ---- merge ----------------------------------------------------------------------------

    void mergesCategoriesAfterShowingWhatMoves()
    {
        auto ran = whenDialogOpens<MergeDialog>([&](MergeDialog* dialog) {
            chooseText(child<QComboBox>(dialog, "fromCategoryCombo"), QStringLiteral("Fun"));
            chooseText(child<QComboBox>(dialog, "toCategoryCombo"), QStringLiteral("Food"));
            QCOMPARE(child<QLabel>(dialog, "previewLabel")->text(),
                     QStringLiteral("Moves to Food: entries 1, budget moves 0, monthly budget "
                                    "$100.00. Then Fun is deleted."));
            clickOk(dialog);
        });
        m_window->mergeCategories();
        QVERIFY(*ran);
        settle();
        QCOMPARE(m_window->envelopeModel().rowCount(), 2);
        QCOMPARE(modelContents(m_window->envelopeModel()).at(0),
                 QStringLiteral("Food|$500.00|$42.50|$457.50"));
    }

    // ---- undo and redo --------------------------------------------------------------------

    void undoAndRedoFromTheEditMenu()
    {
        const QStringList before = shown();
        ALLOT_VERIFY_OK(categories::merge(db(), b().alice, b().fun, b().food));
        settle();
        const QStringList merged = shown();
        QVERIFY(merged != before);
        auto* undo = m_window->findChild<QAction*>(QStringLiteral("undoAction"));
        auto* redo = m_window->findChild<QAction*>(QStringLiteral("redoAction"));
        QCOMPARE(undo->text(), QStringLiteral("Undo Merge Fun into Food"));
        QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
        undo->trigger();
        settle();
        QCOMPARE(shown(), before);
        QCOMPARE(redo->text(), QStringLiteral("Redo Merge Fun into Food"));
        redo->trigger();
        settle();
        QCOMPARE(shown(), merged);
        // The history is in the file: a new window on it can undo the merge.
        m_window.reset();
        m_session = std::make_unique<BudgetSession>();
        m_session->setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        m_session->setMonth(kNovember);
        m_window = std::make_unique<MainWindow>(*m_session);
        QVERIFY(m_window->openBudget(b().path(), false));
        settle();
        QCOMPARE(m_window->findChild<QAction*>(QStringLiteral("undoAction"))->text(),
                 QStringLiteral("Undo Merge Fun into Food"));
    }

    // ---- failures -------------------------------------------------------------------------

    void aCategoryDeletedByAnotherConnectionWhileTheDialogIsOpen()
    {
        auto ran = whenDialogOpens<EntryDialog>([&](EntryDialog* dialog) {
            type(dialog, "amountLineEdit", QStringLiteral("5"));
            chooseText(child<QComboBox>(dialog, "categoryCombo"), QStringLiteral("Rent"));
            {
                // Another program deletes the category the dialog still offers.
                auto other = Database::open(b().path());
                ALLOT_VERIFY_OK(other);
                ALLOT_VERIFY_OK(categories::remove(*other.value(), b().rent));
            }
            const QString before = dump(db());
            clickOk(dialog);
            QVERIFY(dialog->isVisible());
            QCOMPARE(m_errors->size(), 1);
            QCOMPARE(lastErrorText(),
                     QStringLiteral("Could not add the expense: category %1 does not exist")
                         .arg(b().rent));
            QCOMPARE(dump(db()), before);
        });
        m_window->addExpense();
        QVERIFY(*ran);
    }

    void aCategoryDeletedWhileTheTransferOrMergeDialogIsOpen_data()
    {
        QTest::addColumn<bool>("merge");
        QTest::newRow("budget transfer") << false;
        QTest::newRow("merge") << true;
    }

    void aCategoryDeletedWhileTheTransferOrMergeDialogIsOpen()
    {
        QFETCH(bool, merge);
        const auto deleteRentElsewhere = [&] {
            auto other = Database::open(b().path());
            ALLOT_VERIFY_OK(other);
            ALLOT_VERIFY_OK(categories::remove(*other.value(), b().rent));
        };
        const auto expectRefused = [&](QDialog* dialog, const QString& before) {
            QVERIFY(dialog->isVisible());
            QCOMPARE(m_errors->size(), 1);
            QCOMPARE(m_errors->last().at(1).value<Error>().kind, ErrorKind::NotFound);
            QVERIFY2(lastErrorText().endsWith(
                         QStringLiteral("category %1 does not exist").arg(b().rent)),
                     qPrintable(lastErrorText()));
            QCOMPARE(dump(db()), before);
        };
        std::shared_ptr<bool> ran;
        if (merge) {
            ran = whenDialogOpens<MergeDialog>([&](MergeDialog* dialog) {
                chooseText(child<QComboBox>(dialog, "fromCategoryCombo"), QStringLiteral("Rent"));
                chooseText(child<QComboBox>(dialog, "toCategoryCombo"), QStringLiteral("Food"));
                deleteRentElsewhere();
                const QString before = dump(db());
                clickOk(dialog);
                expectRefused(dialog, before);
            });
            m_window->mergeCategories();
        } else {
            ran = whenDialogOpens<BudgetTransferDialog>([&](BudgetTransferDialog* dialog) {
                chooseText(child<QComboBox>(dialog, "fromCategoryCombo"), QStringLiteral("Food"));
                chooseText(child<QComboBox>(dialog, "toCategoryCombo"), QStringLiteral("Rent"));
                type(dialog, "amountLineEdit", QStringLiteral("10"));
                deleteRentElsewhere();
                const QString before = dump(db());
                clickOk(dialog);
                expectRefused(dialog, before);
            });
            m_window->transferBudget();
        }
        QVERIFY(*ran);
    }

    void managesTheHousehold()
    {
        auto ran = whenDialogOpens<HouseholdDialog>([&](HouseholdDialog* dialog) {
            type(dialog, "personNameLineEdit", QStringLiteral("Carol"));
            QTest::mouseClick(child<QPushButton>(dialog, "addPersonButton"), Qt::LeftButton);
            settle();
            QCOMPARE(child<QListWidget>(dialog, "peopleList")->count(), 3);
            type(dialog, "categoryNameLineEdit", QStringLiteral("Books"));
            type(dialog, "budgetLineEdit", QStringLiteral("25.5"));
            QTest::mouseClick(child<QPushButton>(dialog, "addCategoryButton"), Qt::LeftButton);
            settle();
            QVERIFY(child<QListWidget>(dialog, "categoriesList")
                        ->findItems(QStringLiteral("Books — $25.50"), Qt::MatchExactly)
                        .size() == 1);
            type(dialog, "accountNameLineEdit", QStringLiteral("Wallet"));
            chooseText(child<QComboBox>(dialog, "accountKindCombo"), QStringLiteral("Cash"));
            type(dialog, "openingLineEdit", QStringLiteral("40"));
            QTest::mouseClick(child<QPushButton>(dialog, "addAccountButton"), Qt::LeftButton);
            settle();
            QCOMPARE(child<QListWidget>(dialog, "accountsList")->count(), 4);
            // A bad currency is refused with a reason and changes nothing.
            const QString before = dump(db());
            type(dialog, "currencyLineEdit", QStringLiteral("E1"));
            QTest::mouseClick(child<QPushButton>(dialog, "applyCurrencyButton"), Qt::LeftButton);
            QCOMPARE(m_errors->size(), 1);
            QVERIFY(lastErrorText().contains(QStringLiteral("is not a currency code")));
            QCOMPARE(dump(db()), before);
            type(dialog, "currencyLineEdit", QStringLiteral("eur"));
            QTest::mouseClick(child<QPushButton>(dialog, "applyCurrencyButton"), Qt::LeftButton);
            settle();
        });
        m_window->manageHousehold();
        QVERIFY(*ran);
        settle();
        QVERIFY(modelContents(m_window->accountModel()).contains(QStringLiteral("Wallet|€40.00")));
        QCOMPARE(m_window->undoMirror().stack().undoText(), QStringLiteral("Set currency to EUR"));
    }

    // A fault forced inside each action's transaction: one error report, nothing changed, in
    // the file and in the views.
    void aFaultInsideEveryActionChangesNothing_data()
    {
        QTest::addColumn<int>("action");
        for (int i = 0; i < 9; ++i) {
            static const char* names[] = {
                "add",   "edit", "delete", "budget transfer", "account transfer", "split",
                "merge", "undo", "redo"};
            QTest::newRow(names[i]) << i;
        }
    }

    void aFaultInsideEveryActionChangesNothing()
    {
        QFETCH(int, action);
        if (action >= 7) {
            ALLOT_VERIFY_OK(categories::merge(db(), b().alice, b().fun, b().food));
            settle();
            if (action == 8) {
                m_window->undoMirror().stack().undo();
                settle();
            }
        }
        const QString before = dump(db());
        const QStringList shownBefore = shown();
        db().engine().failStatement(3);
        auto* view = m_window->findChild<QTreeView*>(QStringLiteral("registerView"));
        view->setCurrentIndex(m_window->registerModel().index(0, 0));
        std::shared_ptr<bool> ran;
        switch (action) {
        case 0:
            ran = whenDialogOpens<EntryDialog>([&](EntryDialog* d) {
                type(d, "amountLineEdit", QStringLiteral("5"));
                clickOk(d);
            });
            m_window->addExpense();
            break;
        case 1:
            ran = whenDialogOpens<EntryDialog>([&](EntryDialog* d) {
                type(d, "amountLineEdit", QStringLiteral("5"));
                clickOk(d);
            });
            m_window->editEntry();
            break;
        case 2:
            ran = answerNextQuestion(QMessageBox::DestructiveRole);
            m_window->deleteEntry();
            break;
        case 3:
            ran = whenDialogOpens<BudgetTransferDialog>([&](BudgetTransferDialog* d) {
                type(d, "amountLineEdit", QStringLiteral("5"));
                clickOk(d);
            });
            m_window->transferBudget();
            break;
        case 4:
            ran = whenDialogOpens<AccountTransferDialog>([&](AccountTransferDialog* d) {
                type(d, "amountLineEdit", QStringLiteral("5"));
                clickOk(d);
            });
            m_window->transferBetweenAccounts();
            break;
        case 5:
            view->setCurrentIndex(QModelIndex()); // a new split, not the selected entry's
            ran = whenDialogOpens<SplitDialog>([&](SplitDialog* d) {
                type(d, "totalLineEdit", QStringLiteral("5"));
                QTest::keyClicks(d->partAmount(0), QStringLiteral("4"));
                QTest::keyClicks(d->partAmount(1), QStringLiteral("1"));
                clickOk(d);
            });
            m_window->splitEntry();
            break;
        case 6:
            ran = whenDialogOpens<MergeDialog>([&](MergeDialog* d) { clickOk(d); });
            m_window->mergeCategories();
            break;
        case 7:
            m_window->undoMirror().stack().undo();
            ran = std::make_shared<bool>(true);
            break;
        case 8:
            m_window->undoMirror().stack().redo();
            ran = std::make_shared<bool>(true);
            break;
        }
        QVERIFY(*ran);
        settle();
        QVERIFY2(db().engine().faultFired(), "the action did not reach its third statement");
        db().engine().failStatement(0);
        QCOMPARE(m_errors->size(), 1);
        QCOMPARE(m_errors->last().at(1).value<Error>().kind, ErrorKind::Injected);
        QVERIFY(!db().engine().inTransaction());
        QCOMPARE(dump(db()), before);
        QCOMPARE(shown(), shownBefore);
    }

    void theErrorDialogSaysWhatWhyAndThatNothingChanged()
    {
        m_window->errorPresenter().setEnabled(true);
        QString text, informative, detail, title;
        auto closedBox = whenDialogOpens<QMessageBox>([&](QMessageBox* box) {
            title = box->windowTitle();
            text = box->text();
            informative = box->informativeText();
            detail = box->detailedText();
            box->accept();
        });
        auto ran = whenDialogOpens<AccountTransferDialog>([&](AccountTransferDialog* dialog) {
            chooseText(child<QComboBox>(dialog, "fromAccountCombo"), QStringLiteral("Checking"));
            chooseText(child<QComboBox>(dialog, "toAccountCombo"), QStringLiteral("Savings"));
            type(dialog, "amountLineEdit", QStringLiteral("5"));
            child<QLineEdit>(dialog, "memoLineEdit")->setText(QString(501, QLatin1Char('m')));
            clickOk(dialog); // the error dialog opens (and is closed) inside this click
        });
        m_window->transferBetweenAccounts();
        QVERIFY(*ran);
        QTRY_VERIFY(*closedBox);
        QCOMPARE(title, QStringLiteral("Transfer between accounts failed"));
        QVERIFY2(text.startsWith(QStringLiteral("Could not transfer between accounts: the memo ")),
                 qPrintable(text));
        QCOMPARE(informative, QStringLiteral("Nothing was changed."));
        QVERIFY(detail.contains(QStringLiteral("Kind: refused")));
    }

    void aLongActionShowsProgressAndCancellingRollsItBack()
    {
        const QString before = dump(db());
        const QStringList shownBefore = shown();
        auto ran = whenDialogOpens<QProgressDialog>([](QProgressDialog* progress) {
            QCOMPARE(progress->objectName(), QStringLiteral("longWorkDialog"));
            QCOMPARE(progress->labelText(), QStringLiteral("Recount everything…"));
            QTest::mouseClick(progress->findChild<QPushButton*>(), Qt::LeftButton);
        });
        const bool done = m_session->perform(QStringLiteral("Recount everything"), [](Database& d) {
            return d.engine().atomic([&d](Transaction&) -> Status {
                if (Status s =
                        SqlStatement(d.engine(), QStringLiteral("DELETE FROM budget_move")).exec();
                    !s)
                    return s;
                // Minutes of work, unless cancelled.
                return SqlStatement(
                           d.engine(),
                           QStringLiteral(
                               "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT "
                               "i + 1 FROM n WHERE i < 4000000000) SELECT count(*) FROM n"))
                    .exec();
            });
        });
        QVERIFY(!done);
        QVERIFY(*ran);
        QCOMPARE(m_errors->size(), 1);
        QCOMPARE(m_errors->last().at(1).value<Error>().kind, ErrorKind::Cancelled);
        QCOMPARE(dump(db()), before);
        QCOMPARE(shown(), shownBefore);
        QVERIFY(!db().engine().inTransaction());
    }

    void importsABankFileThroughTheDialog()
    {
        const QString path = m_settingsDir.filePath(QStringLiteral("statement.csv"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("Booking date;Description;Amount;Category\r\n"
                       "03.11.2026;Corner shop;-12,50;Food\r\n"
                       "05.11.2026;Employer;1.500,00;Salary\r\n"
                       "06.11.2026;Cafe;unknown;Food\r\n");
        }
        const QString before = dump(db());
        auto ran = whenDialogOpens<ImportDialog>([&](ImportDialog* dialog) {
            QVERIFY(dialog->preview());
            QCOMPARE(dialog->preview()->transactions.size(), 2);
            auto* table = child<QTableWidget>(dialog, "previewTable");
            QCOMPARE(table->rowCount(), 2);
            QCOMPARE(table->item(0, 4)->text(), QStringLiteral("-$12.50"));
            // All or nothing refuses a file with an unreadable row, and says which.
            chooseText(child<QComboBox>(dialog, "accountCombo"), QStringLiteral("Checking"));
            clickOk(dialog);
            QCOMPARE(m_errors->size(), 1);
            QVERIFY2(lastErrorText().startsWith(QStringLiteral("line 4")),
                     qPrintable(lastErrorText()));
            QCOMPARE(dump(db()), before);
            // "Salary" is not a category of Alice's: create it; then skip the unreadable row.
            auto* choice = dialog->findChild<QComboBox*>(QStringLiteral("categoryChoice0"));
            QVERIFY(choice);
            choice->setCurrentIndex(1);
            child<QComboBox>(dialog, "modeCombo")->setCurrentIndex(1);
            clickOk(dialog);
        });
        auto report = whenDialogOpens<QMessageBox>([](QMessageBox* box) {
            QCOMPARE(box->objectName(), QStringLiteral("importReport"));
            QCOMPARE(box->text(),
                     QStringLiteral("Imported: 2. Already in the account: 0. Skipped: 1."));
            box->accept();
        });
        // The File menu has the action; the test hands the file name to what it triggers.
        QVERIFY(m_window->findChild<QMenu*>(QStringLiteral("fileMenu"))
                    ->actions()
                    .contains(m_window->findChild<QAction*>(QStringLiteral("importAction"))));
        m_window->importFile(path);
        QVERIFY(*ran);
        QTRY_VERIFY(*report);
        settle();
        QCOMPARE(m_errors->size(), 1);
        QVERIFY(lookup::categoryByName(db().engine(), b().alice, QStringLiteral("Salary")).ok());
        QCOMPARE(queries::entries(db(), b().alice, kNovember, b().food)->size(), 2);
        QCOMPARE(m_window->undoMirror().stack().undoText(), QStringLiteral("Import statement.csv"));
    }

    void backsUpAndRestoresFromTheWindow()
    {
        m_window->backUp();
        const QStringList kept = backups::list(b().path());
        QCOMPARE(kept.size(), 1);
        const QStringList before = shown();
        ALLOT_VERIFY_OK(categories::merge(db(), b().alice, b().fun, b().food));
        settle();
        QVERIFY(shown() != before);
        m_window->restoreBackup(kept.first());
        settle();
        QVERIFY(m_session->isOpen());
        QCOMPARE(shown(), before);
        QVERIFY2(m_errors->isEmpty(), qPrintable(lastErrorText()));
    }

    void noticesWhatAnotherProcessWrote()
    {
        QCOMPARE(m_window->registerModel().rowCount(), 2);
        {
            // Another program (allot-cli, a second window) writes to the same file.
            auto other = Database::open(b().path());
            ALLOT_VERIFY_OK(other);
            addExpense(*other.value(), b().alice, b().rent, 90000, b().checking,
                       QDate(2026, 11, 1));
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_window->registerModel().rowCount(), 3, 5000);
        QVERIFY(modelContents(m_window->envelopeModel())
                    .contains(QStringLiteral("Rent|$900.00|$900.00|$0.00")));
        QCOMPARE(m_window->undoMirror().stack().undoText(), QStringLiteral("Expense 900.00 Rent"));
    }

    void keyboardShortcutsOpenTheDialogs()
    {
        auto ran =
            whenDialogOpens<BudgetTransferDialog>([](BudgetTransferDialog* d) { d->reject(); });
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_T));
        QTRY_VERIFY(*ran);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        auto ranExpense = whenDialogOpens<EntryDialog>([](EntryDialog* d) { d->reject(); });
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_E));
        QTRY_VERIFY(*ranExpense);
    }

    void remembersTheFileForTheNextStart()
    {
        QCOMPARE(QSettings().value(QStringLiteral("recentFiles")).toStringList().value(0),
                 QFileInfo(b().path()).absoluteFilePath());
        bool create = true;
        QCOMPARE(chooseStartupFile(StartupOptions{}, &create),
                 QFileInfo(b().path()).absoluteFilePath());
        QVERIFY(!create);
        StartupOptions given;
        given.file = QStringLiteral("/somewhere/else.allot");
        QCOMPARE(chooseStartupFile(given, &create), given.file);
        const StartupOptions parsed =
            parseStartupArguments({QStringLiteral("allot"), QStringLiteral("--lang"),
                                   QStringLiteral("fr"), QStringLiteral("home.allot")});
        QCOMPARE(parsed.file, QStringLiteral("home.allot"));
        QCOMPARE(parsed.language, QStringLiteral("fr"));
        QVERIFY(!parseStartupArguments(
                     {QStringLiteral("allot"), QStringLiteral("a"), QStringLiteral("b")})
                     .error.isEmpty());
    }

    void translationsChangeWhatTheWindowSays()
    {
        auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
        QVERIFY(installTranslations(*app, QStringLiteral("de")));
        MainWindow german(*m_session);
        QCOMPARE(german.findChild<QMenu*>(QStringLiteral("fileMenu"))->title(),
                 QStringLiteral("&Datei"));
        QVERIFY(installTranslations(*app, QStringLiteral("fr")));
        MainWindow french(*m_session);
        QCOMPARE(french.findChild<QMenu*>(QStringLiteral("fileMenu"))->title(),
                 QStringLiteral("&Fichier"));
        installTranslations(*app, QStringLiteral("en_US"));
    }
};

QTEST_MAIN(TestWindow)
#include "tst_window.moc"
