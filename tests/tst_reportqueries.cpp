#include "actions/BudgetQueries.h"
#include "actions/EntryActions.h"
#include "actions/RegisterQuery.h"
#include "actions/ReportQueries.h"
#include "actions/SplitEntry.h"
#include "actions/Transfers.h"
#include "support/TestBudget.h"
#include "widgets/ReportsView.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QTest>

using namespace allot;
using namespace allot::test;

namespace {

const Month kNovember{2026, 11};

RowId addIncome(Database& db, RowId person, RowId category, MinorUnits amount, const QDate& date,
                RowId account = 0)
{
    EntryDraft d;
    d.personId = person;
    d.categoryId = category;
    d.accountId = account;
    d.date = date;
    d.amount = amount;
    d.income = true;
    d.payee = QStringLiteral("Payer");
    auto id = entries::add(db, d);
    if (!id)
        qFatal("income failed: %s", qPrintable(id.error().message));
    return *id;
}

} // namespace

class TestReportQueries : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestBudget> m_budget;
    TestBudget& b() { return *m_budget; }
    Database& db() { return m_budget->db(); }

    /// Alice's November 2026, with its neighbours:
    /// - Food: 50.00 on the 1st, 20.00 on the 30th, 60.00 of a split on the 12th -> 130.00;
    /// - Fun: 40.00 of the same split, 30.00 income on the 15th -> 10.00;
    /// - Rent: 1000.00 income on the 2nd -> -1000.00;
    /// - 99.00 Food on 31 October, 7.00 Food on 1 December;
    /// - 50.00 budget moved from Food to Fun in November;
    /// - an account transfer and Bob's expense, neither of which is Alice's spending.
    void addAliceNovember()
    {
        addExpense(db(), b().alice, b().food, 5000, b().checking, QDate(2026, 11, 1));
        addExpense(db(), b().alice, b().food, 2000, b().checking, QDate(2026, 11, 30));
        NewSplit s;
        s.personId = b().alice;
        s.accountId = b().visa;
        s.date = QDate(2026, 11, 12);
        s.total = 10000;
        s.payee = QStringLiteral("Department store");
        s.parts = {{b().food, 6000, {}}, {b().fun, 4000, {}}};
        ALLOT_VERIFY_OK(splits::add(db(), s));
        addIncome(db(), b().alice, b().fun, 3000, QDate(2026, 11, 15));
        addIncome(db(), b().alice, b().rent, 100000, QDate(2026, 11, 2), b().checking);
        addExpense(db(), b().alice, b().food, 9900, 0, QDate(2026, 10, 31));
        addExpense(db(), b().alice, b().food, 700, 0, QDate(2026, 12, 1));
        ALLOT_VERIFY_OK(
            transfers::moveBudget(db(), {b().alice, b().food, b().fun, 5000, kNovember, false}));
        ALLOT_VERIFY_OK(transfers::betweenAccounts(
            db(), {b().checking, b().savings, 40000, QDate(2026, 11, 3), {}}));
        addExpense(db(), b().bob, b().tools, 1200, b().checking, QDate(2026, 11, 10));
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void init() { m_budget = std::make_unique<TestBudget>(); }
    void cleanup()
    {
        if (m_budget)
            QVERIFY(!db().engine().inTransaction());
        m_budget.reset();
    }

    // ---- spending by category --------------------------------------------------------------

    void spendingCountsPartsAndIncomeWithinTheMonth()
    {
        addAliceNovember();
        auto rows = reports::spendingByCategory(db(), b().alice, kNovember);
        ALLOT_VERIFY_OK(rows);
        QCOMPARE(rows->size(), 2); // Rent took money in: not spending
        QCOMPARE(rows->at(0).category, QStringLiteral("Food"));
        QCOMPARE(rows->at(0).spent, 13000);
        QCOMPARE(rows->at(1).category, QStringLiteral("Fun"));
        QCOMPARE(rows->at(1).spent, 1000);

        auto october = reports::spendingByCategory(db(), b().alice, Month{2026, 10});
        QCOMPARE(october->size(), 1);
        QCOMPARE(october->at(0).spent, 9900);
        auto december = reports::spendingByCategory(db(), b().alice, Month{2026, 12});
        QCOMPARE(december->size(), 1);
        QCOMPARE(december->at(0).spent, 700);
        QVERIFY(reports::spendingByCategory(db(), b().alice, Month{2027, 1})->isEmpty());

        auto bob = reports::spendingByCategory(db(), b().bob, kNovember);
        QCOMPARE(bob->size(), 1);
        QCOMPARE(bob->at(0).category, QStringLiteral("Tools"));
        QCOMPARE(bob->at(0).spent, 1200);
    }

    void spendingIsSortedByAmountThenName()
    {
        addExpense(db(), b().alice, b().rent, 500);
        addExpense(db(), b().alice, b().fun, 500);
        addExpense(db(), b().alice, b().food, 300);
        addExpense(db(), b().alice, b().food, 600);
        auto rows = reports::spendingByCategory(db(), b().alice, kNovember);
        ALLOT_VERIFY_OK(rows);
        QCOMPARE(rows->size(), 3);
        QCOMPARE(rows->at(0).category, QStringLiteral("Food"));
        QCOMPARE(rows->at(0).spent, 900);
        QCOMPARE(rows->at(1).category, QStringLiteral("Fun"));
        QCOMPARE(rows->at(2).category, QStringLiteral("Rent"));

        // A category whose money in equals its money out spent nothing.
        addIncome(db(), b().alice, b().rent, 500, QDate(2026, 11, 20));
        rows = reports::spendingByCategory(db(), b().alice, kNovember);
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->at(1).category, QStringLiteral("Fun"));
    }

    // ---- budget against actual -------------------------------------------------------------

    void budgetAgainstActualListsEveryCategoryWithMovesAndSpending()
    {
        addAliceNovember();
        auto rows = reports::budgetAgainstActual(db(), b().alice, kNovember);
        ALLOT_VERIFY_OK(rows);
        QCOMPARE(rows->size(), 3);
        QCOMPARE(rows->at(0).category, QStringLiteral("Food"));
        QCOMPARE(rows->at(0).budget, 40000 - 5000);
        QCOMPARE(rows->at(0).actual, 13000);
        QCOMPARE(rows->at(1).category, QStringLiteral("Fun"));
        QCOMPARE(rows->at(1).budget, 10000 + 5000);
        QCOMPARE(rows->at(1).actual, 1000);
        QCOMPARE(rows->at(2).category, QStringLiteral("Rent"));
        QCOMPARE(rows->at(2).budget, 90000);
        QCOMPARE(rows->at(2).actual, -100000);

        // The move was for November only; December has the plain budgets.
        auto december = reports::budgetAgainstActual(db(), b().alice, Month{2026, 12});
        QCOMPARE(december->size(), 3);
        QCOMPARE(december->at(0).budget, 40000);
        QCOMPARE(december->at(0).actual, 700);
        QCOMPARE(december->at(1).budget, 10000);
        QCOMPARE(december->at(1).actual, 0);
        QCOMPARE(december->at(2).actual, 0);

        auto bob = reports::budgetAgainstActual(db(), b().bob, kNovember);
        QCOMPARE(bob->size(), 1);
        QCOMPARE(bob->at(0).category, QStringLiteral("Tools"));
        QCOMPARE(bob->at(0).budget, 5000);
        QCOMPARE(bob->at(0).actual, 1200);
    }

    // ---- income against spending -----------------------------------------------------------

    void incomeAgainstSpendingSumsEachMonth()
    {
        addAliceNovember();
        auto rows = reports::incomeAgainstSpending(db(), b().alice, Month{2026, 12}, 3);
        ALLOT_VERIFY_OK(rows);
        QCOMPARE(rows->size(), 3);
        QCOMPARE(rows->at(0).month, (Month{2026, 10}));
        QCOMPARE(rows->at(0).income, 0);
        QCOMPARE(rows->at(0).spending, 9900);
        QCOMPARE(rows->at(1).month, kNovember);
        // Parts, not their split; no account transfer; not Bob's.
        QCOMPARE(rows->at(1).income, 3000 + 100000);
        QCOMPARE(rows->at(1).spending, 5000 + 2000 + 6000 + 4000);
        QCOMPARE(rows->at(2).month, (Month{2026, 12}));
        QCOMPARE(rows->at(2).income, 0);
        QCOMPARE(rows->at(2).spending, 700);

        auto bob = reports::incomeAgainstSpending(db(), b().bob, kNovember, 1);
        QCOMPARE(bob->size(), 1);
        QCOMPARE(bob->at(0).spending, 1200);
        QCOMPARE(bob->at(0).income, 0);
    }

    void incomeAgainstSpendingIsZeroFilledAcrossTheYear()
    {
        addAliceNovember();
        auto rows = reports::incomeAgainstSpending(db(), b().alice, Month{2027, 2});
        ALLOT_VERIFY_OK(rows);
        QCOMPARE(rows->size(), 12);
        QCOMPARE(rows->first().month, (Month{2026, 3}));
        QCOMPARE(rows->last().month, (Month{2027, 2}));
        for (int i = 0; i < rows->size(); ++i) {
            const auto& row = rows->at(i);
            QCOMPARE(row.month, Month::of(QDate(2026, 3, 1).addMonths(i)));
            if (row.month == kNovember) {
                QCOMPARE(row.spending, 17000);
            } else if (row.month == Month{2026, 10}) {
                QCOMPARE(row.spending, 9900);
            } else if (row.month == Month{2026, 12}) {
                QCOMPARE(row.spending, 700);
            } else {
                QCOMPARE(row.income, 0);
                QCOMPARE(row.spending, 0);
            }
        }

        // A year without entries still gives twelve months.
        auto empty = reports::incomeAgainstSpending(db(), b().alice, Month{2020, 6});
        QCOMPARE(empty->size(), 12);
        QCOMPARE(empty->first().month, (Month{2019, 7}));
        for (const auto& row : *empty)
            QVERIFY(row.income == 0 && row.spending == 0);
    }

    void refusesImpossibleReports()
    {
        QCOMPARE(reports::incomeAgainstSpending(db(), b().alice, kNovember, 0).error().kind,
                 ErrorKind::Refused);
        QCOMPARE(reports::incomeAgainstSpending(db(), b().alice, Month{1, 2}, 3).error().kind,
                 ErrorKind::Refused);
        QCOMPARE(reports::spendingByCategory(db(), b().alice, Month{}).error().kind,
                 ErrorKind::Refused);
        QCOMPARE(reports::budgetAgainstActual(db(), b().alice, Month{2026, 13}).error().kind,
                 ErrorKind::Refused);
        // The last storable month still works.
        ALLOT_VERIFY_OK(reports::spendingByCategory(db(), b().alice, Month{9999, 12}));
        ALLOT_VERIFY_OK(reports::incomeAgainstSpending(db(), b().alice, Month{9999, 12}));
    }

    // December 9999 ends in year 10000, which QDate writes as an empty text: every query
    // bounded by "date < ''" found nothing, so summary counted nothing and a transfer larger
    // than what was left went through.
    void everyQueryWorksInTheLastStorableMonth()
    {
        const Month last{9999, 12};
        addExpense(db(), b().alice, b().food, 30000, b().checking, QDate(9999, 12, 31));
        auto envelopes = queries::monthSummary(db(), b().alice, last);
        ALLOT_VERIFY_OK(envelopes);
        const auto food = std::find_if(envelopes->begin(), envelopes->end(),
                                       [&](const Envelope& e) { return e.categoryId == b().food; });
        QVERIFY(food != envelopes->end());
        QCOMPARE(food->spent, MinorUnits(30000));
        QCOMPARE(food->available, MinorUnits(10000));
        QCOMPARE(queries::entries(db(), b().alice, last)->size(), 1);
        RegisterQuery december(db(),
                               RegisterFilter{b().alice, last, 0, {}, RegisterSort::Date, false});
        QCOMPARE(*december.count(), 1);
        QCOMPARE(reports::spendingByCategory(db(), b().alice, last)->size(), 1);
        expectRefusedAndUnchanged(
            db(),
            [&] {
                return transfers::moveBudget(db(),
                                             {b().alice, b().food, b().fun, 20000, last, false});
            },
            ErrorKind::Refused, QStringLiteral("100.00"));
    }

    // ---- the widget ------------------------------------------------------------------------

    void reportsViewDrawsTheThreeCharts()
    {
        addAliceNovember();
        ReportsView view;
        view.resize(1000, 700);
        ALLOT_VERIFY_OK(view.refresh(db(), b().alice, kNovember));

        auto* spendingView = view.findChild<QChartView*>(QStringLiteral("spendingChartView"));
        auto* budgetView = view.findChild<QChartView*>(QStringLiteral("budgetChartView"));
        auto* flowView = view.findChild<QChartView*>(QStringLiteral("flowChartView"));
        QVERIFY(spendingView && budgetView && flowView);

        QCOMPARE(spendingView->chart()->series().size(), 1);
        auto* pie = qobject_cast<QPieSeries*>(spendingView->chart()->series().first());
        QVERIFY(pie);
        QCOMPARE(pie->count(), 2);
        QCOMPARE(pie->slices().at(0)->label(), QStringLiteral("Food 92.9 %"));
        QCOMPARE(pie->slices().at(1)->label(), QStringLiteral("Fun 7.1 %"));
        QCOMPARE(pie->slices().at(0)->value(), 130.0);
        QVERIFY(spendingView->chart()->title().contains(QStringLiteral("November 2026")));

        QCOMPARE(budgetView->chart()->series().size(), 1);
        // The bars lie across, the names on the left, the first category at the top (a bar
        // category axis counts from the bottom); Budget is listed first in the legend.
        auto* bars = qobject_cast<QHorizontalBarSeries*>(budgetView->chart()->series().first());
        QVERIFY(bars);
        QCOMPARE(bars->count(), 2);
        QCOMPARE(bars->barSets().at(1)->label(), QStringLiteral("Budget"));
        QCOMPARE(bars->barSets().at(0)->label(), QStringLiteral("Actual"));
        QCOMPARE(bars->barSets().at(0)->count(), 3);
        QCOMPARE(bars->barSets().at(0)->at(0), -1000.0); // Rent, at the bottom
        auto categoryAxes = budgetView->chart()->axes(Qt::Vertical);
        QVERIFY(!categoryAxes.isEmpty());
        auto* categoryAxis = qobject_cast<QBarCategoryAxis*>(categoryAxes.first());
        QVERIFY(categoryAxis);
        QCOMPARE(
            categoryAxis->categories(),
            (QStringList{QStringLiteral("Rent"), QStringLiteral("Fun"), QStringLiteral("Food")}));

        QCOMPARE(flowView->chart()->series().size(), 2);
        auto* income = qobject_cast<QLineSeries*>(flowView->chart()->series().at(0));
        QVERIFY(income);
        QCOMPARE(income->count(), 12);
        QCOMPARE(income->at(11).y(), 1030.0); // November is the last month
        auto monthAxes = flowView->chart()->axes(Qt::Horizontal);
        QCOMPARE(monthAxes.size(), 1);
        QCOMPARE(qobject_cast<QBarCategoryAxis*>(monthAxes.first())->categories().last(),
                 QStringLiteral("Nov"));

        // Refreshing again replaces the series instead of adding to them.
        ALLOT_VERIFY_OK(view.refresh(db(), b().alice, kNovember));
        QCOMPARE(spendingView->chart()->series().size(), 1);
        QCOMPARE(budgetView->chart()->axes().size(), 2);
        QCOMPARE(flowView->chart()->series().size(), 2);
    }

    void reportsViewSaysWhenThereIsNoData()
    {
        ReportsView view;
        ALLOT_VERIFY_OK(view.refresh(db(), b().alice, kNovember));
        auto* spendingView = view.findChild<QChartView*>(QStringLiteral("spendingChartView"));
        auto* flowView = view.findChild<QChartView*>(QStringLiteral("flowChartView"));
        QVERIFY(spendingView && flowView);
        QVERIFY(spendingView->chart()->series().isEmpty());
        QCOMPARE(spendingView->chart()->title(), QStringLiteral("No spending in November 2026"));
        QVERIFY(flowView->chart()->series().isEmpty());
        QVERIFY(flowView->chart()->title().startsWith(QStringLiteral("No income or spending")));

        // An error leaves the charts as they were.
        addExpense(db(), b().alice, b().food, 100);
        const auto failed = view.refresh(db(), b().alice, Month{});
        QVERIFY(!failed.ok());
        QVERIFY(spendingView->chart()->series().isEmpty());
        ALLOT_VERIFY_OK(view.refresh(db(), b().alice, kNovember));
        QCOMPARE(qobject_cast<QPieSeries*>(spendingView->chart()->series().first())->count(), 1);
    }
};

QTEST_MAIN(TestReportQueries)
#include "tst_reportqueries.moc"
