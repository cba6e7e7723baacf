#include "actions/EntryRows.h"

#include "actions/Lookup.h"
#include "storage/SqlStatement.h"

#include <QCoreApplication>

namespace allot::rows {

Status checkText(const QString& text, const QString& what)
{
    if (text.size() > kMaxTextLength)
        return Error::refused(
            QCoreApplication::translate("allot", "the %1 is longer than %2 characters")
                .arg(what)
                .arg(kMaxTextLength));
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control && c != QLatin1Char('\t'))
            return Error::refused(
                QCoreApplication::translate("allot", "the %1 contains a control character")
                    .arg(what));
    }
    return {};
}

Result<ResolvedDraft> resolveDraft(TransactionEngine& engine, const EntryDraft& draft)
{
    auto person = lookup::personById(engine, draft.personId);
    if (!person)
        return person.error();
    auto category = lookup::categoryOf(engine, *person, draft.categoryId);
    if (!category)
        return category.error();
    ResolvedDraft resolved{*person, *category, std::nullopt};
    if (draft.accountId != 0) {
        auto account = lookup::accountById(engine, draft.accountId);
        if (!account)
            return account.error();
        resolved.account = *account;
    }
    return resolved;
}

Result<RowId> insertEntry(ActionContext& ctx, const EntryDraft& draft)
{
    ColumnValues values{
        {QStringLiteral("kind"),
         draft.income ? QStringLiteral("income") : QStringLiteral("expense")},
        {QStringLiteral("person_id"), draft.personId},
        {QStringLiteral("account_id"),
         draft.accountId == 0 ? QVariant() : QVariant(draft.accountId)},
        {QStringLiteral("category_id"), draft.categoryId},
        {QStringLiteral("date"), draft.date.toString(Qt::ISODate)},
        {QStringLiteral("amount"), draft.income ? draft.amount : -draft.amount},
        {QStringLiteral("payee"), draft.payee.isNull() ? QStringLiteral("") : draft.payee},
        {QStringLiteral("memo"), draft.memo.isNull() ? QStringLiteral("") : draft.memo}};
    if (!draft.importKey.isEmpty())
        values.append({QStringLiteral("import_key"), draft.importKey});
    return ctx.changes.insert(QStringLiteral("entry"), values);
}

Result<RowId> insertTransferPair(ActionContext& ctx, RowId accountId, RowId otherAccountId,
                                 const QDate& date, MinorUnits amount, const QString& payee,
                                 const QString& memo, const QString& importKey)
{
    const QString day = date.toString(Qt::ISODate);
    const QString safePayee = payee.isNull() ? QStringLiteral("") : payee;
    const QString safeMemo = memo.isNull() ? QStringLiteral("") : memo;
    ColumnValues first{{QStringLiteral("kind"), QStringLiteral("transfer")},
                       {QStringLiteral("account_id"), accountId},
                       {QStringLiteral("date"), day},
                       {QStringLiteral("amount"), amount},
                       {QStringLiteral("payee"), safePayee},
                       {QStringLiteral("memo"), safeMemo}};
    if (!importKey.isEmpty())
        first.append({QStringLiteral("import_key"), importKey});
    auto ours = ctx.changes.insert(QStringLiteral("entry"), first);
    if (!ours)
        return ours;
    auto theirs = ctx.changes.insert(QStringLiteral("entry"),
                                     {{QStringLiteral("kind"), QStringLiteral("transfer")},
                                      {QStringLiteral("account_id"), otherAccountId},
                                      {QStringLiteral("date"), day},
                                      {QStringLiteral("amount"), -amount},
                                      {QStringLiteral("payee"), safePayee},
                                      {QStringLiteral("memo"), safeMemo},
                                      {QStringLiteral("link_id"), *ours}});
    if (!theirs)
        return theirs.error();
    return ours;
}

Result<QVector<RowId>> relatedRows(TransactionEngine& engine, const Entry& entry)
{
    QVector<RowId> ids;
    if (entry.kind == EntryKind::Split) {
        SqlStatement q(engine,
                       QStringLiteral("SELECT id FROM entry WHERE parent_id = ? ORDER BY id DESC"));
        if (Status s = q.bind(entry.id).exec(); !s)
            return s.error();
        while (q.next())
            ids << q.integerAt(0);
        if (Status readAll = q.finishReading(); !readAll)
            return readAll.error();
    } else if (entry.kind == EntryKind::Transfer) {
        // The receiving side points at the giving side; find whichever is the other one.
        SqlStatement q(engine, QStringLiteral("SELECT id FROM entry WHERE link_id = ? OR id = ?"));
        if (Status s = q.bind(entry.id).bindId(entry.linkId).exec(); !s)
            return s.error();
        while (q.next())
            ids << q.integerAt(0);
        if (Status readAll = q.finishReading(); !readAll)
            return readAll.error();
    }
    return ids;
}

} // namespace allot::rows
