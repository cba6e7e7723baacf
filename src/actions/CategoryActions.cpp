#include "actions/CategoryActions.h"

#include "actions/ActionRunner.h"
#include "actions/Lookup.h"
#include "storage/SqlStatement.h"

#include <QCoreApplication>

namespace allot::categories {

namespace {

Result<MergePreview> usage(TransactionEngine& engine, RowId categoryId)
{
    SqlStatement q(engine,
                   QStringLiteral("SELECT (SELECT count(*) FROM entry WHERE category_id = ?), "
                                  "(SELECT count(*) FROM budget_move WHERE category_id = ?), "
                                  "(SELECT monthly_budget FROM category WHERE id = ?)"));
    if (Status s = q.bind(categoryId).bind(categoryId).bind(categoryId).exec(); !s)
        return s.error();
    if (!q.next()) {
        if (Status readAll = q.finishReading(); !readAll)
            return readAll.error();
        return Error::internal(QCoreApplication::translate("allot", "the database gave no answer"));
    }
    return MergePreview{int(q.integerAt(0)), int(q.integerAt(1)), q.integerAt(2)};
}

// Moves entries and budget moves from one category to another, then deletes the source
// after checking that nothing refers to it any more.
Status moveAndDelete(ActionContext& ctx, const Category& from, const Category& to)
{
    if (auto moved = ctx.changes.reassign(QStringLiteral("entry"), QStringLiteral("category_id"),
                                          from.id, to.id);
        !moved)
        return moved.error();
    if (auto moved = ctx.changes.reassign(QStringLiteral("budget_move"),
                                          QStringLiteral("category_id"), from.id, to.id);
        !moved)
        return moved.error();
    auto left = usage(ctx.engine, from.id);
    if (!left)
        return left.error();
    if (left->entries != 0 || left->budgetMoves != 0)
        return Error::internal(
            QCoreApplication::translate("allot", "\"%1\" is still in use after moving its entries")
                .arg(from.name));
    return ctx.changes.remove(QStringLiteral("category"), from.id);
}

} // namespace

Result<MergePreview> previewMerge(Database& db, RowId fromCategoryId)
{
    return usage(db.engine(), fromCategoryId);
}

Status merge(Database& db, RowId personId, RowId fromId, RowId toId)
{
    const QString attempted =
        QCoreApplication::translate("allot", "Could not merge the categories");
    if (fromId == toId)
        return Error::refused(
                   QCoreApplication::translate("allot", "a category cannot be merged into itself"))
            .withContext(attempted);
    return runAction(db, attempted, [&](ActionContext& ctx) -> Status {
        auto person = lookup::personById(ctx.engine, personId);
        if (!person)
            return person.error();
        auto from = lookup::categoryOf(ctx.engine, *person, fromId);
        if (!from)
            return from.error();
        auto to = lookup::categoryOf(ctx.engine, *person, toId);
        if (!to)
            return to.error();
        if (from->monthlyBudget > money::kMaxAmount - to->monthlyBudget)
            return Error::refused(QCoreApplication::translate(
                "allot", "the combined monthly budget would be too large"));
        ctx.label =
            QCoreApplication::translate("allot", "Merge %1 into %2").arg(from->name, to->name);
        if (Status s = ctx.changes.update(
                QStringLiteral("category"), to->id,
                {{QStringLiteral("monthly_budget"), to->monthlyBudget + from->monthlyBudget}});
            !s)
            return s;
        return moveAndDelete(ctx, *from, *to);
    });
}

Status remove(Database& db, RowId categoryId, RowId moveToId)
{
    const QString attempted = QCoreApplication::translate("allot", "Could not delete the category");
    if (categoryId == moveToId)
        return Error::refused(QCoreApplication::translate(
                                  "allot", "its entries cannot be moved to the category itself"))
            .withContext(attempted);
    return runAction(db, attempted, [&](ActionContext& ctx) -> Status {
        auto category = lookup::categoryById(ctx.engine, categoryId);
        if (!category)
            return category.error();
        ctx.label = QCoreApplication::translate("allot", "Delete category %1").arg(category->name);
        if (moveToId == 0) {
            auto used = usage(ctx.engine, categoryId);
            if (!used)
                return used.error();
            if (used->entries > 0 || used->budgetMoves > 0)
                return Error::refused(
                    QCoreApplication::translate("allot",
                                                "\"%1\" is used by %2 entries and %3 budget moves; "
                                                "choose a category to move them to")
                        .arg(category->name)
                        .arg(used->entries)
                        .arg(used->budgetMoves));
            return ctx.changes.remove(QStringLiteral("category"), categoryId);
        }
        auto person = lookup::personById(ctx.engine, category->personId);
        if (!person)
            return person.error();
        auto target = lookup::categoryOf(ctx.engine, *person, moveToId);
        if (!target)
            return target.error();
        ctx.label =
            QCoreApplication::translate("allot", "Delete category %1, moving its entries to %2")
                .arg(category->name, target->name);
        return moveAndDelete(ctx, *category, *target);
    });
}

} // namespace allot::categories
