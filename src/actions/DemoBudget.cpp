#include "actions/DemoBudget.h"

#include "actions/BudgetQueries.h"
#include "actions/BulkCreate.h"
#include "actions/HouseholdActions.h"
#include "actions/SplitEntry.h"
#include "actions/Transfers.h"
#include "core/Month.h"
#include "storage/Database.h"

#include <optional>

#include <QCoreApplication>
#include <QHash>
#include <QRandomGenerator>

namespace allot {

namespace {

struct CategorySpec
{
    const char* name;
    MinorUnits budget;
};

// Spending patterns: which category, how many times a month, the range of amounts, payees.
struct Habit
{
    const char* category;
    int timesPerMonth;
    MinorUnits low;
    MinorUnits high;
    QStringList payees;
};

// Keeps the first failure; the transaction around the fill then rolls all of it back.
class FirstFailure
{
public:
    template <typename T> T take(Result<T> result)
    {
        if (!m_error && !result.ok())
            m_error = result.error();
        return result.ok() ? std::move(result).value() : T();
    }
    bool failed() const { return m_error.has_value(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

Status fillSteps(Database& db, const QDate& today, quint32 seed)
{
    auto people = queries::people(db);
    if (!people)
        return people.error();
    if (!people->isEmpty())
        return Error::refused(QCoreApplication::translate(
            "allot", "Could not create the demo budget: this budget already has people in it"));

    QRandomGenerator random(seed);
    FirstFailure failure;
    const auto must = [&failure](auto result) { return failure.take(std::move(result)); };
    const auto failed = [&failure] { return failure.failed(); };

    const RowId alex = must(household::addPerson(db, QStringLiteral("Alex")));
    const RowId sam = must(household::addPerson(db, QStringLiteral("Sam")));
    const RowId checking =
        must(household::addAccount(db, QStringLiteral("Checking"), AccountKind::Checking, 250000));
    const RowId savings =
        must(household::addAccount(db, QStringLiteral("Savings"), AccountKind::Savings, 500000));
    const RowId cash =
        must(household::addAccount(db, QStringLiteral("Cash"), AccountKind::Cash, 20000));
    const RowId visa =
        must(household::addAccount(db, QStringLiteral("Visa"), AccountKind::Credit, 0));
    if (failed())
        return failure.error();

    QHash<QString, RowId> alexCategories, samCategories;
    for (const CategorySpec& c :
         {CategorySpec{"Groceries", 45000}, CategorySpec{"Dining out", 15000},
          CategorySpec{"Rent", 120000}, CategorySpec{"Utilities", 18000},
          CategorySpec{"Transport", 12000}, CategorySpec{"Fun", 10000},
          CategorySpec{"Household", 6000}, CategorySpec{"Salary", 0}}) {
        alexCategories.insert(
            QString::fromUtf8(c.name),
            must(household::addCategory(db, alex, QString::fromUtf8(c.name), c.budget)));
    }
    for (const CategorySpec& c : {CategorySpec{"Groceries", 20000}, CategorySpec{"Hobbies", 8000},
                                  CategorySpec{"Clothing", 6000}, CategorySpec{"Salary", 0}}) {
        samCategories.insert(
            QString::fromUtf8(c.name),
            must(household::addCategory(db, sam, QString::fromUtf8(c.name), c.budget)));
    }
    if (failed())
        return failure.error();

    const QVector<Habit> alexHabits{
        {"Groceries",
         9,
         1200,
         9500,
         {QStringLiteral("FreshMart"), QStringLiteral("FreshMart"), QStringLiteral("Corner Grocer"),
          QStringLiteral("Farmers' market")}},
        {"Dining out",
         4,
         1400,
         6800,
         {QStringLiteral("Luigi's"), QStringLiteral("Noodle Bar"),
          QStringLiteral("The Bakery Café")}},
        {"Transport",
         5,
         250,
         4500,
         {QStringLiteral("City Transit"), QStringLiteral("Shell"), QStringLiteral("Parking")}},
        {"Fun",
         2,
         900,
         4200,
         {QStringLiteral("Cinema"), QStringLiteral("Bookshop"), QStringLiteral("Concert hall")}},
        {"Household", 2, 500, 2600, {QStringLiteral("Hardware store"), QStringLiteral("Pharmacy")}},
    };
    const QVector<Habit> samHabits{
        {"Groceries",
         5,
         800,
         5200,
         {QStringLiteral("FreshMart"), QStringLiteral("Organic Corner")}},
        {"Hobbies",
         2,
         1500,
         3800,
         {QStringLiteral("Craft supplies"), QStringLiteral("Climbing gym")}},
        {"Clothing", 1, 2500, 6500, {QStringLiteral("Outfitters")}},
    };

    QVector<EntryDraft> drafts;
    const auto entry = [&](RowId person, RowId category, RowId account, const QDate& date,
                           MinorUnits amount, bool income, const QString& payee) {
        if (date > today)
            return;
        EntryDraft d;
        d.personId = person;
        d.categoryId = category;
        d.accountId = account;
        d.date = date;
        d.amount = amount;
        d.income = income;
        d.payee = payee;
        drafts << d;
    };
    const Month current = Month::of(today);
    for (int back = 3; back >= 0; --back) {
        const QDate first = current.firstDay().addMonths(-back);
        const int days = first.daysInMonth();
        entry(alex, alexCategories.value(QStringLiteral("Rent")), checking, first, 120000, false,
              QStringLiteral("Oakwood Properties"));
        entry(alex, alexCategories.value(QStringLiteral("Utilities")), checking, first.addDays(4),
              9000 + random.bounded(6000), false, QStringLiteral("City Power & Water"));
        entry(alex, alexCategories.value(QStringLiteral("Salary")), checking, first.addDays(24),
              310000, true, QStringLiteral("Northwind Ltd"));
        entry(sam, samCategories.value(QStringLiteral("Salary")), checking, first.addDays(24),
              185000, true, QStringLiteral("Contoso Studio"));
        for (const auto& [person, habits, categories] :
             {std::tuple{alex, &alexHabits, &alexCategories},
              std::tuple{sam, &samHabits, &samCategories}}) {
            for (const Habit& habit : *habits) {
                for (int i = 0; i < habit.timesPerMonth; ++i) {
                    const QDate date = first.addDays(random.bounded(days));
                    const MinorUnits amount =
                        habit.low + random.bounded(int(habit.high - habit.low));
                    // Small purchases are sometimes paid in cash, larger ones sometimes by card.
                    const RowId account = amount < 2500 && random.bounded(3) == 0 ? cash
                                          : random.bounded(4) == 0                ? visa
                                                                                  : checking;
                    entry(person, categories->value(QString::fromUtf8(habit.category)), account,
                          date, amount, false,
                          habit.payees.at(random.bounded(int(habit.payees.size()))));
                }
            }
        }
    }
    if (auto created = bulk::create(db, drafts, BulkMode::AllOrNothing,
                                    QCoreApplication::translate("allot", "Demo entries"));
        !created)
        return created.error();

    for (int back = 3; back >= 0; --back) {
        const Month month = Month::of(current.firstDay().addMonths(-back));
        const QDate payday = month.firstDay().addDays(25);
        if (payday <= today) {
            if (auto t = transfers::betweenAccounts(
                    db, {checking, savings, 30000, payday, QStringLiteral("Monthly saving")});
                !t)
                return t.error();
        }
        const QDate atm = month.firstDay().addDays(1);
        if (atm <= today) {
            if (auto t = transfers::betweenAccounts(
                    db, {checking, cash, 10000, atm, QStringLiteral("Cash machine")});
                !t)
                return t.error();
        }
        if (auto t = transfers::moveBudget(
                db, {alex, alexCategories.value(QStringLiteral("Dining out")),
                     alexCategories.value(QStringLiteral("Fun")), 3000, month, true});
            !t)
            return t.error();
        const QDate shop = month.firstDay().addDays(12);
        if (shop <= today) {
            NewSplit split;
            split.personId = alex;
            split.accountId = checking;
            split.date = shop;
            split.total = 8640;
            split.payee = QStringLiteral("MegaStore");
            split.parts = {{alexCategories.value(QStringLiteral("Groceries")), 5890, {}},
                           {alexCategories.value(QStringLiteral("Household")), 2750, {}}};
            if (auto s = splits::add(db, split); !s)
                return s.error();
        }
    }
    return {};
}

} // namespace

Status fillDemoBudget(Database& db, const QDate& today, quint32 seed)
{
    // One transaction around every step: a demo budget is made whole or not at all.
    return db.engine().atomic([&](Transaction&) { return fillSteps(db, today, seed); });
}

} // namespace allot
