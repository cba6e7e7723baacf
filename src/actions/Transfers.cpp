#include "actions/Transfers.h"

#include "actions/ActionRunner.h"
#include "actions/BelowZero.h"
#include "actions/EntryRows.h"
#include "actions/Lookup.h"
#include "core/Month.h"

#include <QCoreApplication>

namespace allot::transfers {

namespace {

Status checkAmount(MinorUnits amount)
{
    if (amount <= 0)
        return Error::refused(
            QCoreApplication::translate("allot", "the amount must be above zero"));
    if (amount > money::kMaxAmount)
        return Error::refused(QCoreApplication::translate("allot", "the amount is larger than %1")
                                  .arg(money::format(money::kMaxAmount)));
    return {};
}

} // namespace

Result<RowId> moveBudget(Database& db, const BudgetTransfer& t)
{
    const QString attempted = QCoreApplication::translate("allot", "Could not transfer budget");
    if (Status s = checkAmount(t.amount); !s)
        return s.error().withContext(attempted);
    if (t.fromCategoryId == t.toCategoryId)
        return Error::refused(QCoreApplication::translate(
                                  "allot", "the source and the destination are the same category"))
            .withContext(attempted);
    if (t.month.month < 1 || t.month.month > 12)
        return Error::refused(QCoreApplication::translate("allot", "no month was given"))
            .withContext(attempted);

    return runAction(db, attempted, [&](ActionContext& ctx) -> Result<RowId> {
        auto person = lookup::personById(ctx.engine, t.personId);
        if (!person)
            return person.error();
        auto from = lookup::categoryOf(ctx.engine, *person, t.fromCategoryId);
        if (!from)
            return from.error();
        auto to = lookup::categoryOf(ctx.engine, *person, t.toCategoryId);
        if (!to)
            return to.error();
        if (!t.allowOverspend) {
            auto available = lookup::categoryAvailable(ctx.engine, *from, t.month);
            if (!available)
                return available.error();
            if (*available < t.amount)
                return Error::refused(QCoreApplication::translate(
                                          "allot", "%1 has only %2 available in %3, less than %4 "
                                                   "(allow overspending to move it anyway)")
                                          .arg(from->name, money::format(*available),
                                               t.month.toString(), money::format(t.amount)));
        }
        ctx.label = QCoreApplication::translate("allot", "Transfer %1 from %2 to %3")
                        .arg(money::format(t.amount), from->name, to->name);
        const QString budgetMove = QStringLiteral("budget_move");
        auto out = ctx.changes.insert(budgetMove, {{QStringLiteral("person_id"), t.personId},
                                                   {QStringLiteral("category_id"), from->id},
                                                   {QStringLiteral("month"), t.month.toString()},
                                                   {QStringLiteral("amount"), -t.amount}});
        if (!out)
            return out;
        auto in = ctx.changes.insert(budgetMove, {{QStringLiteral("person_id"), t.personId},
                                                  {QStringLiteral("category_id"), to->id},
                                                  {QStringLiteral("month"), t.month.toString()},
                                                  {QStringLiteral("amount"), t.amount},
                                                  {QStringLiteral("link_id"), *out}});
        if (!in)
            return in.error();
        return out;
    });
}

Result<RowId> betweenAccounts(Database& db, const AccountTransfer& t)
{
    const QString attempted =
        QCoreApplication::translate("allot", "Could not transfer between accounts");
    if (Status s = checkAmount(t.amount); !s)
        return s.error().withContext(attempted);
    if (t.fromAccountId == t.toAccountId)
        return Error::refused(QCoreApplication::translate(
                                  "allot", "the source and the destination are the same account"))
            .withContext(attempted);
    if (!isStorableDate(t.date))
        return Error::refused(QCoreApplication::translate("allot", "the date is not a valid day"))
            .withContext(attempted);
    if (Status s = rows::checkText(t.memo, QCoreApplication::translate("allot", "memo")); !s)
        return s.error().withContext(attempted);

    return runAction(db, attempted, [&](ActionContext& ctx) -> Result<RowId> {
        auto from = lookup::accountById(ctx.engine, t.fromAccountId);
        if (!from)
            return from.error();
        auto to = lookup::accountById(ctx.engine, t.toAccountId);
        if (!to)
            return to.error();
        if (!t.allowBelowZero)
            if (auto below = belowzero::check(*from, -t.amount))
                return belowzero::refusal(*below);
        ctx.label = QCoreApplication::translate("allot", "Transfer %1 from account %2 to %3")
                        .arg(money::format(t.amount), from->name, to->name);
        return rows::insertTransferPair(ctx, from->id, to->id, t.date, -t.amount,
                                        QStringLiteral("Transfer"), t.memo);
    });
}

} // namespace allot::transfers
