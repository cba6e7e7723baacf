#include "actions/SplitEntry.h"

#include "actions/ActionRunner.h"
#include "actions/EntryRows.h"
#include "actions/Lookup.h"
#include "core/Month.h"

#include <QCoreApplication>

namespace allot::splits {

namespace {

// Inserts the parts under \a parentId after checking each category belongs to \a person.
Status insertParts(ActionContext& ctx, const Person& person, RowId parentId, const QDate& date,
                   bool income, const QVector<SplitPart>& parts, QStringList& names)
{
    for (const SplitPart& part : parts) {
        auto category = lookup::categoryOf(ctx.engine, person, part.categoryId);
        if (!category)
            return category.error();
        names << category->name;
        auto id = ctx.changes.insert(
            QStringLiteral("entry"),
            {{QStringLiteral("kind"), QStringLiteral("part")},
             {QStringLiteral("person_id"), person.id},
             {QStringLiteral("category_id"), category->id},
             {QStringLiteral("parent_id"), parentId},
             {QStringLiteral("date"), date.toString(Qt::ISODate)},
             {QStringLiteral("amount"), income ? part.amount : -part.amount},
             {QStringLiteral("memo"), part.memo.isNull() ? QStringLiteral("") : part.memo}});
        if (!id)
            return id.error();
    }
    return {};
}

} // namespace

Status checkParts(MinorUnits total, const QVector<SplitPart>& parts)
{
    if (total <= 0 || total > money::kMaxAmount)
        return Error::refused(
            QCoreApplication::translate("allot", "the total must be above zero and at most %1")
                .arg(money::format(money::kMaxAmount)));
    if (parts.size() < 2)
        return Error::refused(
            QCoreApplication::translate("allot", "a split needs two or more parts"));
    MinorUnits sum = 0;
    for (int i = 0; i < parts.size(); ++i) {
        const MinorUnits amount = parts[i].amount;
        if (amount <= 0 || amount > money::kMaxAmount)
            return Error::refused(
                QCoreApplication::translate("allot", "part %1 must be above zero and at most %2")
                    .arg(i + 1)
                    .arg(money::format(money::kMaxAmount)));
        if (Status s = rows::checkText(
                parts[i].memo, QCoreApplication::translate("allot", "memo of part %1").arg(i + 1));
            !s)
            return s;
        sum += amount; // Cannot overflow: each part is below 10^12 and a split has few parts.
    }
    if (sum != total)
        return Error::refused(
            QCoreApplication::translate("allot",
                                        "the parts add up to %1, not to the total %2 (%3 %4)")
                .arg(money::format(sum), money::format(total),
                     sum > total ? QCoreApplication::translate("allot", "over by")
                                 : QCoreApplication::translate("allot", "short by"),
                     money::format(sum > total ? sum - total : total - sum)));
    return {};
}

Result<RowId> add(Database& db, const NewSplit& split)
{
    const QString attempted = QCoreApplication::translate("allot", "Could not save the split");
    if (split.parts.size() > 1000)
        return Error::refused(
                   QCoreApplication::translate("allot", "a split may have at most 1000 parts"))
            .withContext(attempted);
    if (Status s = checkParts(split.total, split.parts); !s)
        return s.error().withContext(attempted);
    if (!isStorableDate(split.date))
        return Error::refused(QCoreApplication::translate("allot", "the date is not a valid day"))
            .withContext(attempted);
    if (Status s = rows::checkText(split.payee, QCoreApplication::translate("allot", "payee")); !s)
        return s.error().withContext(attempted);
    if (Status s = rows::checkText(split.memo, QCoreApplication::translate("allot", "memo")); !s)
        return s.error().withContext(attempted);

    return runAction(db, attempted, [&](ActionContext& ctx) -> Result<RowId> {
        auto person = lookup::personById(ctx.engine, split.personId);
        if (!person)
            return person.error();
        if (split.accountId != 0) {
            if (auto account = lookup::accountById(ctx.engine, split.accountId); !account)
                return account.error();
        }
        auto parent = ctx.changes.insert(
            QStringLiteral("entry"),
            {{QStringLiteral("kind"), QStringLiteral("split")},
             {QStringLiteral("person_id"), person->id},
             {QStringLiteral("account_id"),
              split.accountId == 0 ? QVariant() : QVariant(split.accountId)},
             {QStringLiteral("date"), split.date.toString(Qt::ISODate)},
             {QStringLiteral("amount"), split.income ? split.total : -split.total},
             {QStringLiteral("payee"), split.payee.isNull() ? QStringLiteral("") : split.payee},
             {QStringLiteral("memo"), split.memo.isNull() ? QStringLiteral("") : split.memo}});
        if (!parent)
            return parent;
        QStringList names;
        if (Status s =
                insertParts(ctx, *person, *parent, split.date, split.income, split.parts, names);
            !s)
            return s.error();
        ctx.label = QCoreApplication::translate("allot", "Split %1 across %2")
                        .arg(money::format(split.total), names.join(QStringLiteral(", ")));
        return parent;
    });
}

Status splitExisting(Database& db, RowId entryId, const QVector<SplitPart>& parts)
{
    const QString attempted =
        QCoreApplication::translate("allot", "Could not split entry %1").arg(entryId);
    if (parts.size() > 1000)
        return Error::refused(
                   QCoreApplication::translate("allot", "a split may have at most 1000 parts"))
            .withContext(attempted);
    return runAction(db, attempted, [&](ActionContext& ctx) -> Status {
        auto entry = lookup::entryById(ctx.engine, entryId);
        if (!entry)
            return entry.error();
        if (entry->kind == EntryKind::Transfer || entry->kind == EntryKind::Part)
            return Error::refused(QCoreApplication::translate("allot", "a %1 cannot be split")
                                      .arg(entryKindName(entry->kind)));
        const bool income = entry->amount > 0;
        const MinorUnits total = income ? entry->amount : -entry->amount;
        if (Status s = checkParts(total, parts); !s)
            return s;
        auto person = lookup::personById(ctx.engine, entry->personId);
        if (!person)
            return person.error();
        if (entry->kind == EntryKind::Split) {
            auto old = rows::relatedRows(ctx.engine, *entry);
            if (!old)
                return old.error();
            for (RowId id : *old) {
                if (Status s = ctx.changes.remove(QStringLiteral("entry"), id); !s)
                    return s;
            }
        } else if (Status s = ctx.changes.update(QStringLiteral("entry"), entryId,
                                                 {{QStringLiteral("kind"), QStringLiteral("split")},
                                                  {QStringLiteral("category_id"), QVariant()}});
                   !s) {
            return s;
        }
        QStringList names;
        if (Status s = insertParts(ctx, *person, entryId, entry->date, income, parts, names); !s)
            return s;
        ctx.label = QCoreApplication::translate("allot", "Split entry %1 across %2")
                        .arg(entryId)
                        .arg(names.join(QStringLiteral(", ")));
        return {};
    });
}

} // namespace allot::splits
