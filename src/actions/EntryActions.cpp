#include "actions/EntryActions.h"

#include "actions/ActionRunner.h"
#include "actions/BelowZero.h"
#include "actions/EntryRows.h"
#include "actions/Lookup.h"
#include "core/Month.h"
#include "storage/SqlStatement.h"

#include <QCoreApplication>

namespace allot::entries {

namespace {

// The kind of an entry in words, for messages and undo labels.
QString kindText(EntryKind kind)
{
    switch (kind) {
    case EntryKind::Expense:
        return QCoreApplication::translate("allot", "expense");
    case EntryKind::Income:
        return QCoreApplication::translate("allot", "income");
    case EntryKind::Transfer:
        return QCoreApplication::translate("allot", "transfer");
    case EntryKind::Split:
        return QCoreApplication::translate("allot", "split");
    case EntryKind::Part:
        return QCoreApplication::translate("allot", "part of a split");
    }
    return {};
}

} // namespace

Status checkDraft(const EntryDraft& draft)
{
    if (!isStorableDate(draft.date))
        return Error::refused(QCoreApplication::translate("allot", "the date is not a valid day"));
    if (draft.amount <= 0)
        return Error::refused(
            QCoreApplication::translate("allot", "the amount must be above zero"));
    if (draft.amount > money::kMaxAmount)
        return Error::refused(QCoreApplication::translate("allot", "the amount is larger than %1")
                                  .arg(money::format(money::kMaxAmount)));
    if (Status s = rows::checkText(draft.payee, QCoreApplication::translate("allot", "payee")); !s)
        return s;
    return rows::checkText(draft.memo, QCoreApplication::translate("allot", "memo"));
}

Result<RowId> add(Database& db, const EntryDraft& draft)
{
    const QString attempted =
        draft.income ? QCoreApplication::translate("allot", "Could not add the income")
                     : QCoreApplication::translate("allot", "Could not add the expense");
    if (Status s = checkDraft(draft); !s)
        return s.error().withContext(attempted);
    return runAction(db, attempted, [&](ActionContext& ctx) -> Result<RowId> {
        auto checked = rows::resolveDraft(ctx.engine, draft);
        if (!checked)
            return checked.error();
        if (!draft.allowBelowZero) {
            auto below = belowzero::afterAdd(ctx.engine, draft);
            if (!below)
                return below.error();
            if (*below)
                return belowzero::refusal(**below);
        }
        ctx.label = QStringLiteral("%1 %2 %3")
                        .arg(draft.income ? QCoreApplication::translate("allot", "Income")
                                          : QCoreApplication::translate("allot", "Expense"),
                             money::format(draft.amount), checked->category.name);
        return rows::insertEntry(ctx, draft);
    });
}

Status edit(Database& db, RowId entryId, const EntryChanges& changes)
{
    const QString attempted =
        QCoreApplication::translate("allot", "Could not edit entry %1").arg(entryId);
    if (changes.date && !isStorableDate(*changes.date))
        return Error::refused(QCoreApplication::translate("allot", "the date is not a valid day"))
            .withContext(attempted);
    if (changes.amount && (*changes.amount <= 0 || *changes.amount > money::kMaxAmount))
        return Error::refused(QCoreApplication::translate(
                                  "allot", "the amount must be above zero and at most %1")
                                  .arg(money::format(money::kMaxAmount)))
            .withContext(attempted);
    if (changes.payee)
        if (Status s =
                rows::checkText(*changes.payee, QCoreApplication::translate("allot", "payee"));
            !s)
            return s.error().withContext(attempted);
    if (changes.memo)
        if (Status s = rows::checkText(*changes.memo, QCoreApplication::translate("allot", "memo"));
            !s)
            return s.error().withContext(attempted);

    return runAction(db, attempted, [&](ActionContext& ctx) -> Status {
        auto entry = lookup::entryById(ctx.engine, entryId);
        if (!entry)
            return entry.error();
        if (entry->kind == EntryKind::Part)
            return Error::refused(QCoreApplication::translate(
                                      "allot", "it is a part of split %1; edit the split instead")
                                      .arg(entry->parentId));
        const bool plain = entry->kind == EntryKind::Expense || entry->kind == EntryKind::Income;
        if (!plain && (changes.amount || changes.categoryId || changes.accountId))
            return Error::refused(QCoreApplication::translate(
                                      "allot", "the amount, category and account of a %1 cannot be "
                                               "edited; delete it and enter it again")
                                      .arg(kindText(entry->kind)));

        EntryDraft draft;
        draft.personId = entry->personId;
        draft.categoryId = changes.categoryId.value_or(entry->categoryId);
        draft.accountId = changes.accountId.value_or(entry->accountId);
        draft.date = changes.date.value_or(entry->date);
        draft.amount = changes.amount.value_or(entry->amount < 0 ? -entry->amount : entry->amount);
        draft.income = entry->kind == EntryKind::Income;
        draft.payee = changes.payee.value_or(entry->payee);
        draft.memo = changes.memo.value_or(entry->memo);

        ColumnValues values{{QStringLiteral("date"), draft.date.toString(Qt::ISODate)},
                            {QStringLiteral("payee"), draft.payee},
                            {QStringLiteral("memo"), draft.memo}};
        if (plain) {
            auto checked = rows::resolveDraft(ctx.engine, draft);
            if (!checked)
                return checked.error();
            if (!changes.allowBelowZero) {
                auto below = belowzero::afterEdit(ctx.engine, entryId, changes);
                if (!below)
                    return below.error();
                if (*below)
                    return belowzero::refusal(**below);
            }
            values.append({QStringLiteral("category_id"), draft.categoryId});
            values.append({QStringLiteral("account_id"),
                           draft.accountId == 0 ? QVariant() : QVariant(draft.accountId)});
            values.append({QStringLiteral("amount"), draft.income ? draft.amount : -draft.amount});
        }
        ctx.label = QCoreApplication::translate("allot", "Edit %1 %2")
                        .arg(kindText(entry->kind))
                        .arg(entryId);
        if (Status s = ctx.changes.update(QStringLiteral("entry"), entryId, values); !s)
            return s;
        // The rows that belong with this one share its date.
        if (!plain && changes.date) {
            auto related = rows::relatedRows(ctx.engine, *entry);
            if (!related)
                return related.error();
            for (RowId id : *related) {
                if (Status s = ctx.changes.update(
                        QStringLiteral("entry"), id,
                        {{QStringLiteral("date"), draft.date.toString(Qt::ISODate)}});
                    !s)
                    return s;
            }
        }
        return {};
    });
}

Status remove(Database& db, RowId entryId)
{
    return runAction(
        db, QCoreApplication::translate("allot", "Could not delete entry %1").arg(entryId),
        [&](ActionContext& ctx) -> Status {
            auto entry = lookup::entryById(ctx.engine, entryId);
            if (!entry)
                return entry.error();
            if (entry->kind == EntryKind::Part)
                return Error::refused(
                    QCoreApplication::translate(
                        "allot", "it is a part of split %1; delete the split instead")
                        .arg(entry->parentId));
            ctx.label = QCoreApplication::translate("allot", "Delete %1 %2 %3")
                            .arg(kindText(entry->kind), money::format(entry->amount),
                                 entry->payee.isEmpty() ? entry->categoryName : entry->payee)
                            .trimmed();
            auto related = rows::relatedRows(ctx.engine, *entry);
            if (!related)
                return related.error();
            // Rows that point at another go before the row they point at.
            QVector<RowId> order = *related;
            order.append(entryId);
            if (entry->kind == EntryKind::Transfer && entry->linkId != 0)
                order = {entryId, entry->linkId};
            for (RowId id : order) {
                if (Status s = ctx.changes.remove(QStringLiteral("entry"), id); !s)
                    return s;
            }
            return {};
        });
}

} // namespace allot::entries
