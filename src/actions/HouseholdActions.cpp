#include "actions/HouseholdActions.h"

#include "actions/ActionRunner.h"
#include "actions/EntryRows.h"
#include "actions/Lookup.h"
#include "storage/SqlStatement.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace allot::household {

namespace {

// Removes every row of \a table matching \a where (bound to \a id), recording each for undo.
Status removeWhere(ActionContext& ctx, const QString& table, const QString& where, RowId id)
{
    SqlStatement q(ctx.engine,
                   QStringLiteral("SELECT id FROM %1 WHERE %2 ORDER BY id DESC").arg(table, where));
    if (Status s = q.bind(id).exec(); !s)
        return s;
    QVector<RowId> ids;
    while (q.next())
        ids << q.integerAt(0);
    if (Status readAll = q.finishReading(); !readAll)
        return readAll.error();
    for (RowId row : ids) {
        if (Status s = ctx.changes.remove(table, row); !s)
            return s;
    }
    return {};
}

} // namespace

Status checkName(const QString& name, const QString& what)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error::refused(
            QCoreApplication::translate("allot", "the %1 needs a name").arg(what));
    if (trimmed.size() > rows::kMaxNameLength)
        return Error::refused(
            QCoreApplication::translate("allot", "the %1's name is longer than %2 characters")
                .arg(what)
                .arg(rows::kMaxNameLength));
    for (const QChar c : trimmed) {
        if (c.category() == QChar::Other_Control)
            return Error::refused(
                QCoreApplication::translate("allot", "the %1's name contains a control character")
                    .arg(what));
    }
    return {};
}

Result<RowId> addPerson(Database& db, const QString& name)
{
    const QString attempted =
        QCoreApplication::translate("allot", "Could not add the person \"%1\"").arg(name.trimmed());
    if (Status s = checkName(name, QCoreApplication::translate("allot", "person")); !s)
        return s.error().withContext(attempted);
    return runAction(db, attempted, [&](ActionContext& ctx) -> Result<RowId> {
        if (auto existing = lookup::personByName(ctx.engine, name); existing)
            return Error::refused(
                QCoreApplication::translate("allot", "there is already a person called \"%1\"")
                    .arg(name.trimmed()));
        else if (existing.error().kind != ErrorKind::NotFound)
            return existing.error();
        ctx.label = QCoreApplication::translate("allot", "Add person %1").arg(name.trimmed());
        return ctx.changes.insert(QStringLiteral("person"),
                                  {{QStringLiteral("name"), name.trimmed()}});
    });
}

Status deletePerson(Database& db, RowId personId)
{
    return runAction(
        db, QCoreApplication::translate("allot", "Could not delete the person"),
        [&](ActionContext& ctx) -> Status {
            auto person = lookup::personById(ctx.engine, personId);
            if (!person)
                return person.error();
            ctx.label = QCoreApplication::translate("allot", "Delete person %1 with all their data")
                            .arg(person->name);
            // Parts before their splits, then everything else of theirs, then the person.
            if (Status s = removeWhere(ctx, QStringLiteral("entry"),
                                       QStringLiteral("person_id = ? AND kind = 'part'"), personId);
                !s)
                return s;
            if (Status s = removeWhere(ctx, QStringLiteral("entry"),
                                       QStringLiteral("person_id = ?"), personId);
                !s)
                return s;
            // Newest first: the receiving side of a budget move points at the giving side.
            if (Status s = removeWhere(ctx, QStringLiteral("budget_move"),
                                       QStringLiteral("person_id = ?"), personId);
                !s)
                return s;
            if (Status s = removeWhere(ctx, QStringLiteral("category"),
                                       QStringLiteral("person_id = ?"), personId);
                !s)
                return s;
            return ctx.changes.remove(QStringLiteral("person"), personId);
        });
}

Result<RowId> addAccount(Database& db, const QString& name, AccountKind kind,
                         MinorUnits openingBalance)
{
    const QString attempted =
        QCoreApplication::translate("allot", "Could not add the account \"%1\"")
            .arg(name.trimmed());
    if (Status s = checkName(name, QCoreApplication::translate("allot", "account")); !s)
        return s.error().withContext(attempted);
    if (openingBalance > money::kMaxAmount || openingBalance < -money::kMaxAmount)
        return Error::refused(
                   QCoreApplication::translate("allot", "the opening balance is too large"))
            .withContext(attempted);
    if (openingBalance < 0 && !mayGoNegative(kind))
        return Error::refused(
                   QCoreApplication::translate("allot", "a %1 account cannot open below zero")
                       .arg(accountKindName(kind)))
            .withContext(attempted);
    return runAction(db, attempted, [&](ActionContext& ctx) -> Result<RowId> {
        if (auto existing = lookup::accountByName(ctx.engine, name); existing)
            return Error::refused(
                QCoreApplication::translate("allot", "there is already an account called \"%1\"")
                    .arg(name.trimmed()));
        else if (existing.error().kind != ErrorKind::NotFound)
            return existing.error();
        ctx.label = QCoreApplication::translate("allot", "Add account %1").arg(name.trimmed());
        return ctx.changes.insert(QStringLiteral("account"),
                                  {{QStringLiteral("name"), name.trimmed()},
                                   {QStringLiteral("kind"), accountKindName(kind)},
                                   {QStringLiteral("opening_balance"), openingBalance}});
    });
}

Result<RowId> addCategory(Database& db, RowId personId, const QString& name,
                          MinorUnits monthlyBudget)
{
    const QString attempted =
        QCoreApplication::translate("allot", "Could not add the category \"%1\"")
            .arg(name.trimmed());
    if (Status s = checkName(name, QCoreApplication::translate("allot", "category")); !s)
        return s.error().withContext(attempted);
    if (monthlyBudget < 0 || monthlyBudget > money::kMaxAmount)
        return Error::refused(QCoreApplication::translate(
                                  "allot", "the monthly budget must be between 0.00 and %1")
                                  .arg(money::format(money::kMaxAmount)))
            .withContext(attempted);
    return runAction(db, attempted, [&](ActionContext& ctx) -> Result<RowId> {
        auto person = lookup::personById(ctx.engine, personId);
        if (!person)
            return person.error();
        if (auto existing = lookup::categoryByName(ctx.engine, personId, name); existing)
            return Error::refused(
                QCoreApplication::translate("allot", "%1 already has a category called \"%2\"")
                    .arg(person->name, name.trimmed()));
        else if (existing.error().kind != ErrorKind::NotFound)
            return existing.error();
        ctx.label = QCoreApplication::translate("allot", "Add category %1 for %2")
                        .arg(name.trimmed(), person->name);
        return ctx.changes.insert(QStringLiteral("category"),
                                  {{QStringLiteral("person_id"), personId},
                                   {QStringLiteral("name"), name.trimmed()},
                                   {QStringLiteral("monthly_budget"), monthlyBudget}});
    });
}

Result<QString> currency(Database& db)
{
    SqlStatement q(db.engine(), QStringLiteral("SELECT value FROM setting WHERE key = 'currency'"));
    auto value = q.scalar();
    if (!value)
        return value.error();
    if (value->isNull()) {
        const QString system = QLocale::system().currencySymbol(QLocale::CurrencyIsoCode);
        return system.isEmpty() ? QStringLiteral("EUR") : system;
    }
    return value->toString();
}

Status setCurrency(Database& db, const QString& isoCode)
{
    const QString code = isoCode.trimmed().toUpper();
    const QString attempted = QCoreApplication::translate("allot", "Could not change the currency");
    static const QRegularExpression threeLetters(QStringLiteral("^[A-Z]{3}$"));
    if (!threeLetters.match(code).hasMatch())
        return Error::refused(
                   QStringLiteral(
                       "\"%1\" is not a currency code: use three letters, such as EUR or USD")
                       .arg(isoCode))
            .withContext(attempted);
    return runAction(db, attempted, [&](ActionContext& ctx) -> Status {
        ctx.label = QCoreApplication::translate("allot", "Set currency to %1").arg(code);
        SqlStatement find(ctx.engine,
                          QStringLiteral("SELECT id FROM setting WHERE key = 'currency'"));
        auto id = find.integer();
        if (!id)
            return id.error();
        if (*id == 0) {
            auto inserted = ctx.changes.insert(QStringLiteral("setting"),
                                               {{QStringLiteral("key"), QStringLiteral("currency")},
                                                {QStringLiteral("value"), code}});
            return inserted ? Status() : Status(inserted.error());
        }
        return ctx.changes.update(QStringLiteral("setting"), *id,
                                  {{QStringLiteral("value"), code}});
    });
}

} // namespace allot::household
