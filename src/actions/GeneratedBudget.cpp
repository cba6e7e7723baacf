#include "actions/GeneratedBudget.h"

#include "actions/ActionRunner.h"
#include "actions/BudgetQueries.h"
#include "core/Month.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <cmath>

namespace allot {

namespace {

const char* const kCategoryNames[] = {
    "Groceries", "Rent",     "Utilities", "Transport", "Dining out", "Fun",
    "Household", "Clothing", "Health",    "Gifts",     "Travel",     "Education",
    "Insurance", "Phone",    "Pets",      "Books",     "Sports",     "Savings goal"};

// Payees follow a long tail: a few are everywhere, most appear a handful of times.
QString payeeFor(QRandomGenerator& random)
{
    const double u = random.generateDouble();
    const int rank = int(std::pow(2000.0, u)); // 1 .. 2000, denser at the low end
    static const char* const common[] = {"FreshMart", "City Transit",  "Corner Grocer", "Shell",
                                         "Luigi's",   "Pharmacy",      "Bookshop",      "Cinema",
                                         "Bakery",    "Hardware store"};
    if (rank <= 10)
        return QString::fromLatin1(common[rank - 1]);
    return QStringLiteral("Payee %1").arg(rank);
}

} // namespace

Result<GeneratedCounts> generateBudget(Database& db, const GeneratorSettings& s)
{
    const auto tr = [](const char* text) { return QCoreApplication::translate("allot", text); };
    if (s.entries < 0 || s.people < 1 || s.categoriesPerPerson < 2 || s.categoriesPerPerson > 18)
        return Error::refused(tr("choose at least 1 person and 2 to 18 categories per person"));
    auto people = queries::people(db);
    if (!people)
        return people.error();
    if (!people->isEmpty())
        return Error::refused(tr("this budget already has people in it"));

    QRandomGenerator random(s.seed);
    TransactionLimits limits = db.engine().defaultLimits();
    limits.timeLimit = std::chrono::hours(1);
    // One undoable action like any other: its rows are recorded as id ranges, so that undo can
    // take them back and the redo history (steps whose rows it would overwrite) ends here.
    auto generated = runAction(
        db, tr("Could not generate the budget"),
        [&](ActionContext& ctx) -> Result<GeneratedCounts> {
            ctx.label = tr("Generate a budget of %1 entries").arg(s.entries);
            GeneratedCounts counts;
            using Inserter = ChangeRecorder::Inserter;
            Inserter person(ctx.changes, QStringLiteral("person"), {QStringLiteral("name")});
            Inserter account(ctx.changes, QStringLiteral("account"),
                             {QStringLiteral("name"), QStringLiteral("kind"),
                              QStringLiteral("opening_balance")});
            Inserter category(ctx.changes, QStringLiteral("category"),
                              {QStringLiteral("person_id"), QStringLiteral("name"),
                               QStringLiteral("monthly_budget")});
            Inserter entry(ctx.changes, QStringLiteral("entry"),
                           {QStringLiteral("kind"), QStringLiteral("person_id"),
                            QStringLiteral("account_id"), QStringLiteral("category_id"),
                            QStringLiteral("parent_id"), QStringLiteral("link_id"),
                            QStringLiteral("date"), QStringLiteral("amount"),
                            QStringLiteral("payee"), QStringLiteral("memo")});
            Inserter move(ctx.changes, QStringLiteral("budget_move"),
                          {QStringLiteral("person_id"), QStringLiteral("category_id"),
                           QStringLiteral("month"), QStringLiteral("amount"),
                           QStringLiteral("link_id")});
            QVector<qint64> accounts;
            for (const auto& [name, kind, opening] :
                 {std::tuple{"Checking", "checking", 500000},
                  std::tuple{"Savings", "savings", 2000000}, std::tuple{"Cash", "cash", 20000},
                  std::tuple{"Visa", "credit", 0}}) {
                account.row()
                    .bindText(QString::fromLatin1(name))
                    .bindText(QString::fromLatin1(kind))
                    .bind(opening);
                auto id = account.insert();
                if (!id)
                    return id.error();
                accounts << *id;
            }
            QVector<qint64> personIds;
            QVector<QVector<qint64>> categoryIds;
            for (int p = 0; p < s.people; ++p) {
                person.row().bindText(QStringLiteral("Person %1").arg(p + 1));
                auto id = person.insert();
                if (!id)
                    return id.error();
                personIds << *id;
                QVector<qint64> own;
                for (int c = 0; c < s.categoriesPerPerson; ++c) {
                    category.row()
                        .bind(*id)
                        .bindText(QString::fromLatin1(kCategoryNames[c]))
                        .bind(qint64(5000 + random.bounded(100000)));
                    auto cid = category.insert();
                    if (!cid)
                        return cid.error();
                    own << *cid;
                }
                categoryIds << own;
            }
            // About 25 entries a day, back from the last day, over at most ten years (a large
            // budget is a busy household or a small business, not a century of data).
            const int days = std::min(3650, std::max(30, s.entries / 25));
            const QDate last(2026, 11, 30);
            const QDate first = last.addDays(-days + 1);
            counts.months = (last.year() - first.year()) * 12 + last.month() - first.month() + 1;
            for (int i = 0; i < s.entries; ++i) {
                const int p = int(random.bounded(quint32(personIds.size())));
                const QDate date = first.addDays(qint64(i) * days / std::max(1, s.entries));
                const qint64 cat =
                    categoryIds[p][int(random.bounded(quint32(categoryIds[p].size())))];
                const qint64 acct = accounts[int(random.bounded(quint32(accounts.size())))];
                const QString day = date.toString(Qt::ISODate);
                const int kind = int(random.bounded(100));
                if (kind < 2) {
                    // A split across two categories.
                    const qint64 total = 2000 + random.bounded(20000);
                    const qint64 firstPart = total / 3;
                    entry.row()
                        .bindText(QStringLiteral("split"))
                        .bind(personIds[p])
                        .bind(acct)
                        .bindId(0)
                        .bindId(0)
                        .bindId(0)
                        .bindText(day)
                        .bind(-total)
                        .bindText(payeeFor(random))
                        .bindText(QString());
                    auto parent = entry.insert();
                    if (!parent)
                        return parent.error();
                    for (const qint64 part : {firstPart, total - firstPart}) {
                        const qint64 partCat =
                            categoryIds[p][int(random.bounded(quint32(categoryIds[p].size())))];
                        entry.row()
                            .bindText(QStringLiteral("part"))
                            .bind(personIds[p])
                            .bindId(0)
                            .bind(partCat)
                            .bind(*parent)
                            .bindId(0)
                            .bindText(day)
                            .bind(-part)
                            .bindText(QString())
                            .bindText(QString());
                        auto id = entry.insert();
                        if (!id)
                            return id.error();
                    }
                    ++counts.splits;
                } else if (kind < 4) {
                    // A transfer between two accounts, the credit card paying out.
                    const qint64 amount = 1000 + random.bounded(50000);
                    entry.row()
                        .bindText(QStringLiteral("transfer"))
                        .bindId(0)
                        .bind(accounts[3])
                        .bindId(0)
                        .bindId(0)
                        .bindId(0)
                        .bindText(day)
                        .bind(-amount)
                        .bindText(QStringLiteral("Transfer"))
                        .bindText(QString());
                    auto out = entry.insert();
                    if (!out)
                        return out.error();
                    entry.row()
                        .bindText(QStringLiteral("transfer"))
                        .bindId(0)
                        .bind(accounts[0])
                        .bindId(0)
                        .bindId(0)
                        .bind(*out)
                        .bindText(day)
                        .bind(amount)
                        .bindText(QStringLiteral("Transfer"))
                        .bindText(QString());
                    auto in = entry.insert();
                    if (!in)
                        return in.error();
                    ++counts.accountTransfers;
                } else {
                    const bool income = kind >= 97;
                    const qint64 amount =
                        income ? 100000 + random.bounded(300000) : 100 + random.bounded(15000);
                    entry.row()
                        .bindText(income ? QStringLiteral("income") : QStringLiteral("expense"))
                        .bind(personIds[p])
                        .bind(acct)
                        .bind(cat)
                        .bindId(0)
                        .bindId(0)
                        .bindText(day)
                        .bind(income ? amount : -amount)
                        .bindText(payeeFor(random))
                        .bindText(QString());
                    auto id = entry.insert();
                    if (!id)
                        return id.error();
                }
                ++counts.entries;
            }
            // A budget transfer for each person every month.
            for (QDate month(first.year(), first.month(), 1); month <= last;
                 month = month.addMonths(1)) {
                for (int p = 0; p < personIds.size(); ++p) {
                    const qint64 amount = 1000 + random.bounded(5000);
                    const QString name = Month::of(month).toString();
                    move.row()
                        .bind(personIds[p])
                        .bind(categoryIds[p][0])
                        .bindText(name)
                        .bind(-amount)
                        .bindId(0);
                    auto out = move.insert();
                    if (!out)
                        return out.error();
                    move.row()
                        .bind(personIds[p])
                        .bind(categoryIds[p][1])
                        .bindText(name)
                        .bind(amount)
                        .bind(*out);
                    auto in = move.insert();
                    if (!in)
                        return in.error();
                    ++counts.budgetTransfers;
                }
            }
            return counts;
        },
        limits);
    return generated;
}

} // namespace allot
