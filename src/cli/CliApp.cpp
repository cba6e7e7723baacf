#include "cli/CliApp.h"

#include "actions/BelowZero.h"
#include "actions/BudgetCheck.h"
#include "actions/BudgetQueries.h"
#include "actions/CategoryActions.h"
#include "actions/DemoBudget.h"
#include "actions/EntryActions.h"
#include "actions/GeneratedBudget.h"
#include "actions/HouseholdActions.h"
#include "actions/ImportStatement.h"
#include "actions/Lookup.h"
#include "actions/SavedMappings.h"
#include "actions/SplitEntry.h"
#include "actions/Transfers.h"
#include "actions/UndoHistory.h"
#include "core/Money.h"
#include "core/Month.h"
#include "formats/BankFile.h"
#include "formats/Exporters.h"
#include "storage/Backups.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <initializer_list>
#include <utility>

#include <algorithm>
#include <functional>
#include <memory>

namespace allot::cli {

namespace {

/// What a command prints on success: a JSON value for --json, text otherwise.
struct Output
{
    QJsonValue json;
    QString text;
};

struct Context
{
    QTextStream& out;
    QTextStream& err;
    bool json = false;
    QString dbPath;
    std::unique_ptr<Database> db;
    bool usageFailure = false; ///< The last error was bad usage (exit 2), not a refusal.

    Error usage(const QString& message)
    {
        usageFailure = true;
        return Error::refused(message);
    }
};

using Handler = std::function<Result<Output>(Context&, const QCommandLineParser&)>;

struct Command
{
    QString name;     ///< "user add"
    QString synopsis; ///< Arguments after the name.
    QString summary;
    QList<QCommandLineOption> options;
    QStringList positional; ///< Required positional arguments.
    bool createsDatabase = false;
    bool needsDatabase = true;
    Handler handler;
};

QCommandLineOption valueOption(const QString& name, const QString& description,
                               const QString& valueName)
{
    return QCommandLineOption(QStringList{name}, description, valueName);
}

const QCommandLineOption kUser = valueOption(
    QStringLiteral("user"), QStringLiteral("The household member."), QStringLiteral("U"));
const QCommandLineOption kCategory =
    valueOption(QStringLiteral("category"), QStringLiteral("The category."), QStringLiteral("C"));
const QCommandLineOption kAmount = valueOption(
    QStringLiteral("amount"), QStringLiteral("The amount, with a dot and at most two decimals."),
    QStringLiteral("A"));
const QCommandLineOption kAccount =
    valueOption(QStringLiteral("account"), QStringLiteral("The account."), QStringLiteral("ACC"));
const QCommandLineOption kDate =
    valueOption(QStringLiteral("date"), QStringLiteral("The day, YYYY-MM-DD (default: today)."),
                QStringLiteral("YYYY-MM-DD"));
const QCommandLineOption kPayee = valueOption(
    QStringLiteral("payee"), QStringLiteral("Who was paid, or who paid."), QStringLiteral("P"));
const QCommandLineOption kMemo =
    valueOption(QStringLiteral("memo"), QStringLiteral("A note."), QStringLiteral("M"));
const QCommandLineOption kMonth = valueOption(
    QStringLiteral("month"), QStringLiteral("The month, YYYY-MM (default: this month)."),
    QStringLiteral("YYYY-MM"));
const QCommandLineOption kFrom = valueOption(
    QStringLiteral("from"), QStringLiteral("Where it comes from."), QStringLiteral("FROM"));
const QCommandLineOption kTo =
    valueOption(QStringLiteral("to"), QStringLiteral("Where it goes."), QStringLiteral("TO"));
const QCommandLineOption kBelowZero(
    QStringList{QStringLiteral("allow-below-zero")},
    QStringLiteral("Record it even when it takes a checking, savings or cash account below zero."));
const QCommandLineOption kPart = valueOption(
    QStringLiteral("part"), QStringLiteral("A part, CATEGORY=AMOUNT; give two or more."),
    QStringLiteral("C=AMOUNT"));

QString amountText(MinorUnits amount)
{
    return money::format(amount);
}

// One line of a text table: cells padded to their width (negative: on the left, as in
// QString::arg) and set apart by one space. Never arg(): a name that holds "%2" would take the
// next column's value.
QString tableRow(std::initializer_list<std::pair<QString, int>> cells)
{
    QStringList padded;
    for (const auto& [text, width] : cells)
        padded << (width < 0 ? text.leftJustified(-width) : text.rightJustified(width));
    return padded.join(QLatin1Char(' '));
}

QJsonObject entryJson(const Entry& e)
{
    QJsonObject o{{QStringLiteral("id"), e.id},
                  {QStringLiteral("date"), e.date.toString(Qt::ISODate)},
                  {QStringLiteral("kind"), entryKindName(e.kind)},
                  {QStringLiteral("account"), e.accountName},
                  {QStringLiteral("category"),
                   e.kind == EntryKind::Split ? QStringLiteral("Split") : e.categoryName},
                  {QStringLiteral("payee"), e.payee},
                  {QStringLiteral("memo"), e.memo},
                  {QStringLiteral("amount"), amountText(e.amount)}};
    if (e.kind == EntryKind::Split) {
        QJsonArray parts;
        for (const Entry& p : e.parts)
            parts.append(entryJson(p));
        o.insert(QStringLiteral("parts"), parts);
    }
    return o;
}

Result<MinorUnits> amountArg(Context& ctx, const QCommandLineParser& p,
                             const QCommandLineOption& option, bool positive = true)
{
    const QString name = option.names().constFirst();
    if (!p.isSet(option))
        return ctx.usage(QStringLiteral("--%1 is required").arg(name));
    auto amount = positive ? money::parsePositive(p.value(option)) : money::parse(p.value(option));
    if (!amount)
        return ctx.usage(QStringLiteral("--%1: %2").arg(name, amount.error().message));
    return amount;
}

Result<QString> requiredArg(Context& ctx, const QCommandLineParser& p,
                            const QCommandLineOption& option)
{
    if (!p.isSet(option) || p.value(option).trimmed().isEmpty())
        return ctx.usage(QStringLiteral("--%1 is required").arg(option.names().constFirst()));
    return p.value(option);
}

Result<QDate> dateArg(Context& ctx, const QCommandLineParser& p)
{
    if (!p.isSet(kDate))
        return QDate::currentDate();
    auto date = parseIsoDate(p.value(kDate));
    if (!date)
        return ctx.usage(QStringLiteral("--date: %1").arg(date.error().message));
    return date;
}

Result<Month> monthArg(Context& ctx, const QCommandLineParser& p)
{
    if (!p.isSet(kMonth))
        return Month::current();
    auto month = Month::parse(p.value(kMonth));
    if (!month)
        return ctx.usage(QStringLiteral("--month: %1").arg(month.error().message));
    return month;
}

Result<Person> personArg(Context& ctx, const QCommandLineParser& p)
{
    auto name = requiredArg(ctx, p, kUser);
    if (!name)
        return name.error();
    return lookup::personByName(ctx.db->engine(), *name);
}

Result<Category> categoryNamed(Context& ctx, const Person& person, const QString& name)
{
    auto category = lookup::categoryByName(ctx.db->engine(), person.id, name);
    if (!category && category.error().kind == ErrorKind::NotFound)
        return Error::notFound(
            QStringLiteral("%1 has no category called \"%2\"").arg(person.name, name));
    return category;
}

Result<RowId> optionalAccount(Context& ctx, const QCommandLineParser& p)
{
    if (!p.isSet(kAccount))
        return RowId(0);
    auto account = lookup::accountByName(ctx.db->engine(), p.value(kAccount));
    if (!account)
        return account.error();
    return account->id;
}

Result<RowId> entryIdArg(Context& ctx, const QString& text)
{
    bool ok = false;
    const qlonglong id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return ctx.usage(
            QStringLiteral("\"%1\" is not an entry id (a whole number above zero)").arg(text));
    return RowId(id);
}

Result<QVector<SplitPart>> partsArg(Context& ctx, const QCommandLineParser& p, const Person& person)
{
    QVector<SplitPart> parts;
    for (const QString& value : p.values(kPart)) {
        const int eq = int(value.lastIndexOf(QLatin1Char('=')));
        if (eq <= 0)
            return ctx.usage(
                QStringLiteral("--part \"%1\": write it as CATEGORY=AMOUNT").arg(value));
        auto amount = money::parsePositive(value.mid(eq + 1));
        if (!amount)
            return ctx.usage(
                QStringLiteral("--part \"%1\": %2").arg(value, amount.error().message));
        auto category = categoryNamed(ctx, person, value.left(eq));
        if (!category)
            return category.error();
        parts.append(SplitPart{category->id, *amount, {}});
    }
    return parts;
}

Output done(const QJsonValue& json, const QString& text)
{
    return Output{json, text};
}

// ---- Commands -------------------------------------------------------------------------------

Result<Output> cmdInit(Context& ctx, const QCommandLineParser&)
{
    return done(QJsonObject{{QStringLiteral("path"), ctx.db->path()},
                            {QStringLiteral("schemaVersion"), ctx.db->schemaVersion()}},
                QStringLiteral("Budget ready at %1 (schema version %2)")
                    .arg(QDir::toNativeSeparators(ctx.db->path()))
                    .arg(ctx.db->schemaVersion()));
}

Result<Output> cmdUserAdd(Context& ctx, const QCommandLineParser& p)
{
    const QString name = p.positionalArguments().at(0);
    auto id = household::addPerson(*ctx.db, name);
    if (!id)
        return id.error();
    return done(QJsonObject{{QStringLiteral("id"), *id}, {QStringLiteral("name"), name.trimmed()}},
                QString::number(*id));
}

Result<Output> cmdUserList(Context& ctx, const QCommandLineParser&)
{
    auto people = queries::people(*ctx.db);
    if (!people)
        return people.error();
    QJsonArray json;
    QStringList lines;
    for (const Person& person : *people) {
        json.append(
            QJsonObject{{QStringLiteral("id"), person.id}, {QStringLiteral("name"), person.name}});
        lines << person.name;
    }
    return done(json, lines.join(QLatin1Char('\n')));
}

Result<Output> cmdUserDelete(Context& ctx, const QCommandLineParser& p)
{
    auto person = lookup::personByName(ctx.db->engine(), p.positionalArguments().at(0));
    if (!person)
        return person.error().withContext(QStringLiteral("Could not delete the person"));
    if (Status s = household::deletePerson(*ctx.db, person->id); !s)
        return s.error();
    return done(QJsonObject{{QStringLiteral("deleted"), person->name}},
                QStringLiteral("Deleted %1 with all their data").arg(person->name));
}

Result<Output> cmdAccountAdd(Context& ctx, const QCommandLineParser& p)
{
    const QString name = p.positionalArguments().at(0);
    const QString kindText = p.isSet(QStringLiteral("kind")) ? p.value(QStringLiteral("kind"))
                                                             : QStringLiteral("checking");
    const auto accountKind = accountKindFromName(kindText);
    if (!accountKind)
        return ctx.usage(QStringLiteral("--kind \"%1\": choose checking, savings, cash or credit")
                             .arg(kindText));
    MinorUnits opening = 0;
    if (p.isSet(QStringLiteral("opening"))) {
        auto parsed = money::parse(p.value(QStringLiteral("opening")));
        if (!parsed)
            return ctx.usage(QStringLiteral("--opening: %1").arg(parsed.error().message));
        opening = *parsed;
    }
    auto id = household::addAccount(*ctx.db, name, *accountKind, opening);
    if (!id)
        return id.error();
    return done(QJsonObject{{QStringLiteral("id"), *id}, {QStringLiteral("name"), name.trimmed()}},
                QString::number(*id));
}

Result<Output> cmdAccountList(Context& ctx, const QCommandLineParser&)
{
    auto accounts = queries::accounts(*ctx.db);
    if (!accounts)
        return accounts.error();
    QJsonArray json;
    QStringList lines;
    for (const Account& a : *accounts) {
        json.append(QJsonObject{{QStringLiteral("id"), a.id},
                                {QStringLiteral("name"), a.name},
                                {QStringLiteral("kind"), accountKindName(a.kind)},
                                {QStringLiteral("opening"), amountText(a.openingBalance)},
                                {QStringLiteral("balance"), amountText(a.balance)}});
        lines << tableRow(
            {{a.name, -20}, {accountKindName(a.kind), -9}, {amountText(a.balance), 14}});
    }
    return done(json, lines.join(QLatin1Char('\n')));
}

Result<Output> cmdCategoryAdd(Context& ctx, const QCommandLineParser& p)
{
    auto person = personArg(ctx, p);
    if (!person)
        return person.error();
    MinorUnits budget = 0;
    if (p.isSet(QStringLiteral("budget"))) {
        auto parsed = money::parse(p.value(QStringLiteral("budget")));
        if (!parsed)
            return ctx.usage(QStringLiteral("--budget: %1").arg(parsed.error().message));
        if (*parsed < 0)
            return ctx.usage(QStringLiteral("--budget: a monthly budget cannot be below zero"));
        budget = *parsed;
    }
    const QString name = p.positionalArguments().at(0);
    auto id = household::addCategory(*ctx.db, person->id, name, budget);
    if (!id)
        return id.error();
    return done(QJsonObject{{QStringLiteral("id"), *id}, {QStringLiteral("name"), name.trimmed()}},
                QString::number(*id));
}

Result<Output> cmdCategoryList(Context& ctx, const QCommandLineParser& p)
{
    auto person = personArg(ctx, p);
    if (!person)
        return person.error();
    auto categories = queries::categories(*ctx.db, person->id);
    if (!categories)
        return categories.error();
    QJsonArray json;
    QStringList lines;
    for (const Category& c : *categories) {
        json.append(QJsonObject{{QStringLiteral("id"), c.id},
                                {QStringLiteral("name"), c.name},
                                {QStringLiteral("budget"), amountText(c.monthlyBudget)}});
        lines << tableRow({{c.name, -24}, {amountText(c.monthlyBudget), 14}});
    }
    return done(json, lines.join(QLatin1Char('\n')));
}

Result<Output> cmdCategoryDelete(Context& ctx, const QCommandLineParser& p)
{
    auto person = personArg(ctx, p);
    if (!person)
        return person.error();
    const QString attempted = QStringLiteral("Could not delete the category");
    auto category = categoryNamed(ctx, *person, p.positionalArguments().at(0));
    if (!category)
        return category.error().withContext(attempted);
    RowId moveTo = 0;
    if (p.isSet(QStringLiteral("move-to"))) {
        auto target = categoryNamed(ctx, *person, p.value(QStringLiteral("move-to")));
        if (!target)
            return target.error().withContext(attempted);
        moveTo = target->id;
    }
    if (Status s = categories::remove(*ctx.db, category->id, moveTo); !s)
        return s.error();
    return done(QJsonObject{{QStringLiteral("deleted"), category->name}},
                QStringLiteral("Deleted the category %1").arg(category->name));
}

// An action refused because it would take an account below zero says how to record it anyway.
Error withBelowZeroChoice(const Error& error)
{
    if (!belowzero::isRefusal(error))
        return error;
    Error out = error;
    out.message += QStringLiteral(". --allow-below-zero records it anyway.");
    return out;
}

Result<Output> addEntry(Context& ctx, const QCommandLineParser& p, bool income)
{
    const QString attempted = income ? QStringLiteral("Could not add the income")
                                     : QStringLiteral("Could not add the expense");
    auto person = personArg(ctx, p);
    if (!person)
        return person.error().withContext(attempted);
    auto categoryName = requiredArg(ctx, p, kCategory);
    if (!categoryName)
        return categoryName.error();
    auto amount = amountArg(ctx, p, kAmount);
    if (!amount)
        return amount.error();
    auto date = dateArg(ctx, p);
    if (!date)
        return date.error();
    auto category = categoryNamed(ctx, *person, *categoryName);
    if (!category)
        return category.error().withContext(attempted);
    auto account = optionalAccount(ctx, p);
    if (!account)
        return account.error().withContext(attempted);
    EntryDraft draft;
    draft.personId = person->id;
    draft.categoryId = category->id;
    draft.accountId = *account;
    draft.date = *date;
    draft.amount = *amount;
    draft.income = income;
    draft.payee = p.value(kPayee);
    draft.memo = p.value(kMemo);
    draft.allowBelowZero = !income && p.isSet(kBelowZero);
    auto id = entries::add(*ctx.db, draft);
    if (!id)
        return withBelowZeroChoice(id.error());
    return done(QJsonObject{{QStringLiteral("id"), *id}}, QString::number(*id));
}

Result<Output> cmdExpenseAdd(Context& ctx, const QCommandLineParser& p)
{
    return addEntry(ctx, p, false);
}

Result<Output> cmdIncomeAdd(Context& ctx, const QCommandLineParser& p)
{
    return addEntry(ctx, p, true);
}

Result<Output> cmdEntryEdit(Context& ctx, const QCommandLineParser& p)
{
    auto id = entryIdArg(ctx, p.positionalArguments().at(0));
    if (!id)
        return id.error();
    const QString attempted = QStringLiteral("Could not edit entry %1").arg(*id);
    EntryChanges changes;
    if (p.isSet(kAmount)) {
        auto amount = amountArg(ctx, p, kAmount);
        if (!amount)
            return amount.error();
        changes.amount = *amount;
    }
    if (p.isSet(kDate)) {
        auto date = dateArg(ctx, p);
        if (!date)
            return date.error();
        changes.date = *date;
    }
    if (p.isSet(kPayee))
        changes.payee = p.value(kPayee);
    if (p.isSet(kMemo))
        changes.memo = p.value(kMemo);
    if (p.isSet(kCategory) || p.isSet(kAccount)) {
        auto entry = lookup::entryById(ctx.db->engine(), *id);
        if (!entry)
            return entry.error().withContext(attempted);
        if (entry->kind != EntryKind::Expense && entry->kind != EntryKind::Income)
            return Error::refused(
                       QStringLiteral("the category and account of a %1 cannot be edited; "
                                      "delete it and enter it again")
                           .arg(entryKindName(entry->kind)))
                .withContext(attempted);
        if (p.isSet(kCategory)) {
            auto person = lookup::personById(ctx.db->engine(), entry->personId);
            if (!person)
                return person.error().withContext(attempted);
            auto category = categoryNamed(ctx, *person, p.value(kCategory));
            if (!category)
                return category.error().withContext(attempted);
            changes.categoryId = category->id;
        }
        if (p.isSet(kAccount)) {
            if (p.value(kAccount).isEmpty()) {
                changes.accountId = 0;
            } else {
                auto account = lookup::accountByName(ctx.db->engine(), p.value(kAccount));
                if (!account)
                    return account.error().withContext(attempted);
                changes.accountId = account->id;
            }
        }
    }
    if (!changes.amount && !changes.date && !changes.payee && !changes.memo &&
        !changes.categoryId && !changes.accountId)
        return ctx.usage(
            QStringLiteral("entry edit: say what to change (--amount, --date, --category, "
                           "--account, --payee or --memo)"));
    changes.allowBelowZero = p.isSet(kBelowZero);
    if (Status s = entries::edit(*ctx.db, *id, changes); !s)
        return withBelowZeroChoice(s.error());
    return done(QJsonObject{{QStringLiteral("id"), *id}, {QStringLiteral("edited"), true}},
                QStringLiteral("Edited entry %1").arg(*id));
}

Result<Output> cmdEntryDelete(Context& ctx, const QCommandLineParser& p)
{
    auto id = entryIdArg(ctx, p.positionalArguments().at(0));
    if (!id)
        return id.error();
    if (Status s = entries::remove(*ctx.db, *id); !s)
        return s.error();
    return done(QJsonObject{{QStringLiteral("deleted"), *id}},
                QStringLiteral("Deleted entry %1").arg(*id));
}

Result<Output> cmdTransfer(Context& ctx, const QCommandLineParser& p)
{
    const QString attempted = QStringLiteral("Could not transfer budget");
    auto person = personArg(ctx, p);
    if (!person)
        return person.error().withContext(attempted);
    auto fromName = requiredArg(ctx, p, kFrom);
    if (!fromName)
        return fromName.error();
    auto toName = requiredArg(ctx, p, kTo);
    if (!toName)
        return toName.error();
    auto amount = amountArg(ctx, p, kAmount);
    if (!amount)
        return amount.error();
    auto month = monthArg(ctx, p);
    if (!month)
        return month.error();
    auto from = categoryNamed(ctx, *person, *fromName);
    if (!from)
        return from.error().withContext(attempted);
    auto to = categoryNamed(ctx, *person, *toName);
    if (!to)
        return to.error().withContext(attempted);
    BudgetTransfer transfer{person->id, from->id, to->id,
                            *amount,    *month,   p.isSet(QStringLiteral("allow-overspend"))};
    auto id = transfers::moveBudget(*ctx.db, transfer);
    if (!id)
        return id.error();
    return done(QJsonObject{{QStringLiteral("id"), *id}},
                QStringLiteral("Moved %1 from %2 to %3 in %4")
                    .arg(amountText(*amount), from->name, to->name, month->toString()));
}

Result<Output> cmdTransferAccount(Context& ctx, const QCommandLineParser& p)
{
    const QString attempted = QStringLiteral("Could not transfer between accounts");
    auto fromName = requiredArg(ctx, p, kFrom);
    if (!fromName)
        return fromName.error();
    auto toName = requiredArg(ctx, p, kTo);
    if (!toName)
        return toName.error();
    auto amount = amountArg(ctx, p, kAmount);
    if (!amount)
        return amount.error();
    auto date = dateArg(ctx, p);
    if (!date)
        return date.error();
    auto from = lookup::accountByName(ctx.db->engine(), *fromName);
    if (!from)
        return from.error().withContext(attempted);
    auto to = lookup::accountByName(ctx.db->engine(), *toName);
    if (!to)
        return to.error().withContext(attempted);
    auto id =
        transfers::betweenAccounts(*ctx.db, AccountTransfer{from->id, to->id, *amount, *date,
                                                            p.value(kMemo), p.isSet(kBelowZero)});
    if (!id)
        return withBelowZeroChoice(id.error());
    return done(
        QJsonObject{{QStringLiteral("id"), *id}},
        QStringLiteral("Moved %1 from %2 to %3").arg(amountText(*amount), from->name, to->name));
}

Result<Output> cmdSplit(Context& ctx, const QCommandLineParser& p)
{
    const QString attempted = QStringLiteral("Could not save the split");
    if (p.isSet(QStringLiteral("entry"))) {
        auto id = entryIdArg(ctx, p.value(QStringLiteral("entry")));
        if (!id)
            return id.error();
        auto entry = lookup::entryById(ctx.db->engine(), *id);
        if (!entry)
            return entry.error().withContext(attempted);
        if (entry->kind != EntryKind::Expense && entry->kind != EntryKind::Income &&
            entry->kind != EntryKind::Split)
            return Error::refused(
                       QStringLiteral("a %1 cannot be split").arg(entryKindName(entry->kind)))
                .withContext(attempted);
        auto person = lookup::personById(ctx.db->engine(), entry->personId);
        if (!person)
            return person.error().withContext(attempted);
        // The person named must be the one the entry belongs to.
        if (p.isSet(kUser)) {
            auto named = personArg(ctx, p);
            if (!named)
                return named.error().withContext(attempted);
            if (named->id != person->id)
                return Error::refused(QStringLiteral("entry %1 belongs to %2, not to %3")
                                          .arg(QString::number(*id), person->name, named->name))
                    .withContext(attempted);
        }
        auto parts = partsArg(ctx, p, *person);
        if (!parts)
            return parts.error().withContext(attempted);
        if (Status s = splits::splitExisting(*ctx.db, *id, *parts); !s)
            return s.error();
        return done(QJsonObject{{QStringLiteral("id"), *id}}, QString::number(*id));
    }
    auto person = personArg(ctx, p);
    if (!person)
        return person.error().withContext(attempted);
    auto total = amountArg(ctx, p, kAmount);
    if (!total)
        return total.error();
    auto date = dateArg(ctx, p);
    if (!date)
        return date.error();
    auto parts = partsArg(ctx, p, *person);
    if (!parts)
        return parts.error().withContext(attempted);
    auto account = optionalAccount(ctx, p);
    if (!account)
        return account.error().withContext(attempted);
    NewSplit split;
    split.personId = person->id;
    split.accountId = *account;
    split.date = *date;
    split.total = *total;
    split.income = p.isSet(QStringLiteral("income"));
    split.payee = p.value(kPayee);
    split.memo = p.value(kMemo);
    split.parts = *parts;
    auto id = splits::add(*ctx.db, split);
    if (!id)
        return id.error();
    return done(QJsonObject{{QStringLiteral("id"), *id}}, QString::number(*id));
}

Result<Output> cmdMerge(Context& ctx, const QCommandLineParser& p)
{
    const QString attempted = QStringLiteral("Could not merge the categories");
    auto person = personArg(ctx, p);
    if (!person)
        return person.error().withContext(attempted);
    auto fromName = requiredArg(ctx, p, kFrom);
    if (!fromName)
        return fromName.error();
    auto toName = requiredArg(ctx, p, kTo);
    if (!toName)
        return toName.error();
    auto from = categoryNamed(ctx, *person, *fromName);
    if (!from)
        return from.error().withContext(attempted);
    auto to = categoryNamed(ctx, *person, *toName);
    if (!to)
        return to.error().withContext(attempted);
    if (Status s = categories::merge(*ctx.db, person->id, from->id, to->id); !s)
        return s.error();
    return done(
        QJsonObject{{QStringLiteral("merged"), from->name}, {QStringLiteral("into"), to->name}},
        QStringLiteral("Merged %1 into %2").arg(from->name, to->name));
}

Result<Output> cmdUndo(Context& ctx, const QCommandLineParser&)
{
    auto label = history::undo(*ctx.db);
    if (!label)
        return label.error();
    return done(QJsonObject{{QStringLiteral("undone"), *label}},
                QStringLiteral("Undid: %1").arg(*label));
}

Result<Output> cmdRedo(Context& ctx, const QCommandLineParser&)
{
    auto label = history::redo(*ctx.db);
    if (!label)
        return label.error();
    return done(QJsonObject{{QStringLiteral("redone"), *label}},
                QStringLiteral("Redid: %1").arg(*label));
}

Result<Output> cmdHistory(Context& ctx, const QCommandLineParser&)
{
    auto steps = history::steps(*ctx.db);
    if (!steps)
        return steps.error();
    QJsonArray json;
    QStringList lines;
    for (const HistoryStep& step : *steps) {
        const QString state = step.undone ? QStringLiteral("undone") : QStringLiteral("done");
        json.append(QJsonObject{{QStringLiteral("id"), step.id},
                                {QStringLiteral("label"), step.label},
                                {QStringLiteral("state"), state},
                                {QStringLiteral("at"), step.at.toString(Qt::ISODate)}});
        lines << QStringLiteral("%1  %2  %3%4")
                     .arg(step.id, 5)
                     .arg(step.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                          step.label, step.undone ? QStringLiteral("  (undone)") : QString());
    }
    return done(json, lines.join(QLatin1Char('\n')));
}

Result<Output> cmdList(Context& ctx, const QCommandLineParser& p)
{
    auto person = personArg(ctx, p);
    if (!person)
        return person.error();
    std::optional<Month> month;
    if (p.isSet(kMonth)) {
        auto parsed = monthArg(ctx, p);
        if (!parsed)
            return parsed.error();
        month = *parsed;
    }
    RowId categoryId = 0;
    if (p.isSet(kCategory)) {
        auto category = categoryNamed(ctx, *person, p.value(kCategory));
        if (!category)
            return category.error();
        categoryId = category->id;
    }
    auto list = queries::entries(*ctx.db, person->id, month, categoryId);
    if (!list)
        return list.error();
    QJsonArray json;
    QStringList lines;
    const auto line = [](const Entry& e, const QString& indent) {
        return indent + QString::number(e.id).rightJustified(6) + QStringLiteral("  ") +
               e.date.toString(Qt::ISODate) + QStringLiteral("  ") +
               tableRow(
                   {{e.kind == EntryKind::Split ? QStringLiteral("Split") : e.categoryName, -16},
                    {e.accountName, -12},
                    {e.payee.left(24), -24},
                    {amountText(e.amount), 12}});
    };
    for (const Entry& e : *list) {
        json.append(entryJson(e));
        lines << line(e, QString());
        for (const Entry& part : e.parts)
            lines << line(part, QStringLiteral("    "));
    }
    return done(json, lines.join(QLatin1Char('\n')));
}

Result<Output> cmdSummary(Context& ctx, const QCommandLineParser& p)
{
    auto person = personArg(ctx, p);
    if (!person)
        return person.error();
    auto month = monthArg(ctx, p);
    if (!month)
        return month.error();
    auto envelopes = queries::monthSummary(*ctx.db, person->id, *month);
    if (!envelopes)
        return envelopes.error();
    QJsonArray categories;
    QStringList lines{QStringLiteral("%1, %2").arg(person->name, month->toString()),
                      tableRow({{QStringLiteral("Category"), -24},
                                {QStringLiteral("Budget"), 12},
                                {QStringLiteral("Spent"), 12},
                                {QStringLiteral("Moved"), 12},
                                {QStringLiteral("Available"), 12}})};
    Envelope total;
    for (const Envelope& e : *envelopes) {
        categories.append(QJsonObject{{QStringLiteral("name"), e.name},
                                      {QStringLiteral("budget"), amountText(e.budget)},
                                      {QStringLiteral("spent"), amountText(e.spent)},
                                      {QStringLiteral("moved"), amountText(e.moved)},
                                      {QStringLiteral("available"), amountText(e.available)}});
        lines << tableRow({{e.name, -24},
                           {amountText(e.budget), 12},
                           {amountText(e.spent), 12},
                           {amountText(e.moved), 12},
                           {amountText(e.available), 12}}) +
                     (e.available < 0 ? QStringLiteral("  overspent") : QString());
        total.budget += e.budget;
        total.spent += e.spent;
        total.moved += e.moved;
        total.available += e.available;
    }
    lines << tableRow({{QStringLiteral("Total"), -24},
                       {amountText(total.budget), 12},
                       {amountText(total.spent), 12},
                       {amountText(total.moved), 12},
                       {amountText(total.available), 12}});
    QJsonObject json{{QStringLiteral("user"), person->name},
                     {QStringLiteral("month"), month->toString()},
                     {QStringLiteral("categories"), categories},
                     {QStringLiteral("total"),
                      QJsonObject{{QStringLiteral("budget"), amountText(total.budget)},
                                  {QStringLiteral("spent"), amountText(total.spent)},
                                  {QStringLiteral("moved"), amountText(total.moved)},
                                  {QStringLiteral("available"), amountText(total.available)}}}};
    return done(json, lines.join(QLatin1Char('\n')));
}

Result<Output> cmdCheck(Context& ctx, const QCommandLineParser&)
{
    auto problems = checkBudget(*ctx.db);
    if (!problems)
        return problems.error();
    if (!problems->isEmpty()) {
        // Damage to the file itself means the database cannot be trusted (exit 3); a broken
        // rule of the budget is a finding about its contents (exit 1).
        const bool damaged =
            std::any_of(problems->cbegin(), problems->cend(),
                        [](const QString& p) { return p.startsWith(QLatin1String("integrity:")); });
        Error e = Error::refused(QStringLiteral("the check found %1 problem(s): %2")
                                     .arg(problems->size())
                                     .arg(problems->join(QStringLiteral("; "))));
        if (damaged)
            e.kind = ErrorKind::Corrupt;
        return e;
    }
    return done(
        QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("problems"), QJsonArray()}},
        QStringLiteral("ok: integrity and budget invariants hold"));
}

Result<Output> cmdDemo(Context& ctx, const QCommandLineParser&)
{
    if (Status s = fillDemoBudget(*ctx.db, QDate::currentDate()); !s)
        return s.error();
    return done(
        QJsonObject{{QStringLiteral("path"), ctx.db->path()}},
        QStringLiteral("Filled %1 with a demo household (Alex and Sam) and four months of entries")
            .arg(QDir::toNativeSeparators(ctx.db->path())));
}

// A CSV or QIF file whose amounts read two ways ("1.250": 1.25 or 1250) is refused by the reader,
// naming the value (and the column); the refusal here also names the option that chooses.
Error withDecimalChoice(const Error& error, const QString& path,
                        const formats::BankFileOptions& options)
{
    using namespace formats;
    if (!options.decimalSeparator.isNull() || options.csvMapping)
        return error;
    if (error.detail == QLatin1String("QIF decimal mark: ambiguous")) {
        Error out = error;
        out.message += QStringLiteral(" --decimal point or --decimal comma chooses the reading.");
        return out;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxBankFileSize)
        return error;
    const QByteArray bytes = asUtf8(file.readAll(), options.encoding);
    if (options.format.value_or(detectFormat(bytes)) != FileFormat::Csv)
        return error;
    auto mapping = detectCsvMapping(bytes);
    if (!mapping || !mapping->decimalDoubt)
        return error;
    Error out = error;
    out.message += QStringLiteral(" --decimal point or --decimal comma chooses the reading.");
    return out;
}

Result<Output> cmdImport(Context& ctx, const QCommandLineParser& p)
{
    using namespace formats;
    const QString path = p.positionalArguments().at(0);
    const QString attempted =
        QStringLiteral("Could not import %1").arg(QDir::toNativeSeparators(path));
    if (ctx.db->isOwnFile(path))
        return Error::refused(QStringLiteral("it is the budget's own file, not a bank file"))
            .withContext(attempted);
    auto person = personArg(ctx, p);
    if (!person)
        return person.error().withContext(attempted);
    auto accountName = requiredArg(ctx, p, kAccount);
    if (!accountName)
        return accountName.error();
    auto account = lookup::accountByName(ctx.db->engine(), *accountName);
    if (!account)
        return account.error().withContext(attempted);

    BankFileOptions options;
    if (p.isSet(QStringLiteral("format"))) {
        const QString name = p.value(QStringLiteral("format")).toLower();
        if (name == QLatin1String("csv"))
            options.format = FileFormat::Csv;
        else if (name == QLatin1String("qif"))
            options.format = FileFormat::Qif;
        else if (name == QLatin1String("ofx") || name == QLatin1String("qfx"))
            options.format = FileFormat::Ofx;
        else
            return ctx.usage(QStringLiteral("--format \"%1\": choose csv, qif or ofx").arg(name));
    }
    if (p.isSet(QStringLiteral("date-order"))) {
        const QString order = p.value(QStringLiteral("date-order")).toLower();
        if (order == QLatin1String("dmy"))
            options.dateOrder = DateOrder::DayFirst;
        else if (order == QLatin1String("mdy"))
            options.dateOrder = DateOrder::MonthFirst;
        else
            return ctx.usage(QStringLiteral("--date-order \"%1\": choose dmy or mdy").arg(order));
    }
    if (p.isSet(QStringLiteral("encoding"))) {
        const auto encoding = textEncodingFromName(p.value(QStringLiteral("encoding")));
        if (!encoding)
            return ctx.usage(
                QStringLiteral("--encoding \"%1\": choose utf-8, utf-16 or windows-1252")
                    .arg(p.value(QStringLiteral("encoding"))));
        options.encoding = *encoding;
    }
    if (p.isSet(QStringLiteral("decimal"))) {
        const QString decimal = p.value(QStringLiteral("decimal")).toLower();
        if (decimal == QLatin1String("point") || decimal == QLatin1String("dot") ||
            decimal == QLatin1String("."))
            options.decimalSeparator = QLatin1Char('.');
        else if (decimal == QLatin1String("comma") || decimal == QLatin1String(","))
            options.decimalSeparator = QLatin1Char(',');
        else
            return ctx.usage(
                QStringLiteral("--decimal \"%1\": choose point or comma").arg(decimal));
    }
    if (p.isSet(QStringLiteral("mapping"))) {
        auto json = mappings::load(*ctx.db, p.value(QStringLiteral("mapping")));
        if (!json)
            return json.error().withContext(attempted);
        auto mapping = CsvMapping::fromJson(*json);
        if (!mapping)
            return mapping.error().withContext(attempted);
        options.csvMapping = *mapping;
        options.format = FileFormat::Csv;
    }
    ImportOptions importOptions;
    importOptions.personId = person->id;
    importOptions.accountId = account->id;
    importOptions.createUnknownCategories = p.isSet(QStringLiteral("create-categories"));
    importOptions.label = QStringLiteral("Import %1").arg(QFileInfo(path).fileName());
    if (p.isSet(QStringLiteral("mode"))) {
        const QString mode = p.value(QStringLiteral("mode"));
        if (mode == QLatin1String("all-or-nothing"))
            importOptions.mode = BulkMode::AllOrNothing;
        else if (mode == QLatin1String("skip-invalid"))
            importOptions.mode = BulkMode::SkipInvalid;
        else
            return ctx.usage(
                QStringLiteral("--mode \"%1\": choose all-or-nothing or skip-invalid").arg(mode));
    }

    // What the file held, however it was read.
    struct Read
    {
        QString description;
        QVector<ReadProblem> problems;
        MinorUnits total = 0;
    } read;
    // Unreadable records refuse the whole file in all-or-nothing mode, naming the first.
    const auto refuseUnreadable = [&]() -> std::optional<Error> {
        if (importOptions.mode != BulkMode::AllOrNothing || read.problems.isEmpty())
            return std::nullopt;
        const ReadProblem& first = read.problems.first();
        return Error::refused(QStringLiteral("line %1: %2 (%3 record(s) could not be read; "
                                             "--mode skip-invalid imports the others)")
                                  .arg(first.line)
                                  .arg(first.message)
                                  .arg(read.problems.size()))
            .withContext(attempted);
    };

    FileFormat used = FileFormat::Csv;
    Result<ImportReport> report = Error::internal(QString());
    // A large CSV is read a slice at a time, so that its rows are never all in memory.
    auto stream = p.isSet(QStringLiteral("save-mapping"))
                      ? Result<std::unique_ptr<CsvStream>>(std::unique_ptr<CsvStream>())
                      : openLargeCsvFile(path, options);
    if (!stream)
        return withDecimalChoice(stream.error(), path, options)
            .withContext(QStringLiteral("Could not import"));
    if (*stream) {
        CsvStream& csv = **stream;
        if (importOptions.mode == BulkMode::AllOrNothing) {
            // Read once to the end first: a bad record refuses the file before anything is
            // written, and the refusal says how many there are.
            while (!csv.next().isEmpty()) {
            }
            read = Read{csv.progress().description, csv.progress().problems, csv.total()};
            if (auto refused = refuseUnreadable())
                return *refused;
        }
        report = imports::importStream(*ctx.db, csv, importOptions);
        read = Read{csv.progress().description, csv.progress().problems, csv.total()};
    } else {
        auto file = readBankFile(path, options, &used);
        if (!file)
            return withDecimalChoice(file.error(), path, options)
                .withContext(QStringLiteral("Could not import"));
        read = Read{file->description, file->problems, totalOf(file->transactions)};
        if (auto refused = refuseUnreadable())
            return *refused;
        if (p.isSet(QStringLiteral("save-mapping")) && used == FileFormat::Csv) {
            auto bytes = [&]() -> QByteArray {
                QFile f(path);
                return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
            }();
            auto detected = options.csvMapping ? Result<CsvMapping>(*options.csvMapping)
                                               : detectCsvMapping(bytes);
            if (!detected)
                return detected.error().withContext(attempted);
            CsvMapping mapping = *detected;
            if (!options.decimalSeparator.isNull())
                mapping.decimalSeparator = options.decimalSeparator;
            // Saved by the import's own action: a failed import saves no mapping either.
            importOptions.mappingToSave =
                std::pair{p.value(QStringLiteral("save-mapping")), mapping.toJson()};
        }
        report = imports::importStatement(*ctx.db, *file, importOptions);
    }
    if (!report)
        return report.error();

    const int skipped = int(report->rejected.size() + read.problems.size());
    QJsonArray rejected;
    QStringList lines{QStringLiteral("%1: imported %2, duplicates %3, skipped %4")
                          .arg(read.description)
                          .arg(report->imported)
                          .arg(report->duplicates)
                          .arg(skipped)};
    for (const ReadProblem& problem : read.problems) {
        rejected.append(QJsonObject{{QStringLiteral("line"), problem.line},
                                    {QStringLiteral("reason"), problem.message}});
        lines << QStringLiteral("  skipped line %1: %2").arg(problem.line).arg(problem.message);
    }
    for (const BulkRejection& r : report->rejected) {
        rejected.append(
            QJsonObject{{QStringLiteral("line"), r.row}, {QStringLiteral("reason"), r.reason}});
        lines << QStringLiteral("  skipped line %1: %2").arg(r.row).arg(r.reason);
    }
    for (const QString& w : report->warnings)
        lines << QStringLiteral("  note: %1").arg(w);
    if (!report->createdCategories.isEmpty())
        lines << QStringLiteral("  created categories: %1")
                     .arg(report->createdCategories.join(QStringLiteral(", ")));
    if (report->imported == 0 && report->duplicates > 0)
        lines << QStringLiteral("  every row was already imported: nothing was added");
    return done(
        QJsonObject{{QStringLiteral("file"), path},
                    {QStringLiteral("format"), formatName(used)},
                    {QStringLiteral("read"), read.description},
                    {QStringLiteral("imported"), report->imported},
                    {QStringLiteral("duplicates"), report->duplicates},
                    {QStringLiteral("skipped"), skipped},
                    {QStringLiteral("total"), amountText(read.total)},
                    {QStringLiteral("rejected"), rejected},
                    {QStringLiteral("warnings"), QJsonArray::fromStringList(report->warnings)},
                    {QStringLiteral("createdCategories"),
                     QJsonArray::fromStringList(report->createdCategories)}},
        lines.join(QLatin1Char('\n')));
}

Result<Output> cmdExport(Context& ctx, const QCommandLineParser& p)
{
    const QString path = p.positionalArguments().at(0);
    const QString attempted =
        QStringLiteral("Could not export to %1").arg(QDir::toNativeSeparators(path));
    if (ctx.db->isOwnFile(path))
        return Error::refused(QStringLiteral("it is the budget's own file: exporting there would "
                                             "replace the budget; choose another name"))
            .withContext(attempted);
    auto person = personArg(ctx, p);
    if (!person)
        return person.error().withContext(attempted);
    std::optional<QDate> from, to;
    for (const auto& [option, target] :
         {std::pair{QStringLiteral("from"), &from}, std::pair{QStringLiteral("to"), &to}}) {
        if (!p.isSet(option))
            continue;
        auto date = parseIsoDate(p.value(option));
        if (!date)
            return ctx.usage(QStringLiteral("--%1: %2").arg(option, date.error().message));
        *target = *date;
    }
    RowId categoryId = 0;
    if (p.isSet(kCategory)) {
        auto category = categoryNamed(ctx, *person, p.value(kCategory));
        if (!category)
            return category.error().withContext(attempted);
        categoryId = category->id;
    }
    QString format = p.isSet(QStringLiteral("format")) ? p.value(QStringLiteral("format")).toLower()
                                                       : QFileInfo(path).suffix().toLower();
    if (format != QLatin1String("csv") && format != QLatin1String("qif"))
        return ctx.usage(
            QStringLiteral("--format: choose csv or qif (or name the file .csv or .qif)"));
    auto list = queries::entriesBetween(*ctx.db, person->id, from, to, categoryId);
    if (!list)
        return list.error().withContext(attempted);
    const QByteArray bytes =
        format == QLatin1String("csv") ? formats::writeCsv(*list) : formats::writeQif(*list);
    // QSaveFile: a failed export never leaves a half-written file behind.
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        return Error{ErrorKind::Refused,
                     QStringLiteral("%1 cannot be written: %2").arg(path, out.errorString()),
                     {},
                     0}
            .withContext(QStringLiteral("Could not export"));
    return done(QJsonObject{{QStringLiteral("file"), path},
                            {QStringLiteral("format"), format},
                            {QStringLiteral("entries"), int(list->size())}},
                QStringLiteral("Exported %1 entries to %2")
                    .arg(list->size())
                    .arg(QDir::toNativeSeparators(path)));
}

Result<Output> cmdGenerate(Context& ctx, const QCommandLineParser& p)
{
    GeneratorSettings settings;
    for (const auto& [name, target] :
         {std::pair{QStringLiteral("entries"), &settings.entries},
          std::pair{QStringLiteral("people"), &settings.people},
          std::pair{QStringLiteral("categories"), &settings.categoriesPerPerson}}) {
        if (!p.isSet(name))
            continue;
        bool ok = false;
        const int value = p.value(name).toInt(&ok);
        if (!ok || value < 0)
            return ctx.usage(
                QStringLiteral("--%1 \"%2\": give a whole number").arg(name, p.value(name)));
        *target = value;
    }
    if (p.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        settings.seed = p.value(QStringLiteral("seed")).toUInt(&ok);
        if (!ok)
            return ctx.usage(QStringLiteral("--seed \"%1\": give a whole number")
                                 .arg(p.value(QStringLiteral("seed"))));
    }
    auto counts = generateBudget(*ctx.db, settings);
    if (!counts)
        return counts.error();
    return done(
        QJsonObject{{QStringLiteral("entries"), counts->entries},
                    {QStringLiteral("splits"), counts->splits},
                    {QStringLiteral("accountTransfers"), counts->accountTransfers},
                    {QStringLiteral("budgetTransfers"), counts->budgetTransfers},
                    {QStringLiteral("months"), counts->months}},
        QStringLiteral(
            "Generated %1 entries over %2 months (%3 splits, %4 account transfers, %5 budget "
            "transfers)")
            .arg(counts->entries)
            .arg(counts->months)
            .arg(counts->splits)
            .arg(counts->accountTransfers)
            .arg(counts->budgetTransfers));
}

Result<Output> cmdBackup(Context& ctx, const QCommandLineParser& p)
{
    if (p.isSet(QStringLiteral("list"))) {
        const QStringList all = backups::list(ctx.db->path());
        QJsonArray json;
        for (const QString& path : all)
            json.append(path);
        return done(json, all.join(QLatin1Char('\n')));
    }
    auto path = backups::create(*ctx.db);
    if (!path)
        return path.error();
    return done(QJsonObject{{QStringLiteral("backup"), *path}},
                QStringLiteral("Backed up to %1").arg(QDir::toNativeSeparators(*path)));
}

Result<Output> cmdRestore(Context& ctx, const QCommandLineParser& p)
{
    const QString backup = p.positionalArguments().at(0);
    // Only a budget is ever replaced: check that the target is one (or does not exist yet).
    if (QFileInfo::exists(ctx.dbPath)) {
        auto target = Database::open(ctx.dbPath);
        if (!target)
            return target.error().withContext(QStringLiteral("Could not restore"));
    }
    if (Status s = backups::restore(ctx.dbPath, backup); !s)
        return s.error();
    return done(
        QJsonObject{{QStringLiteral("restored"), backup}, {QStringLiteral("path"), ctx.dbPath}},
        QStringLiteral("Restored %1 from %2")
            .arg(QDir::toNativeSeparators(ctx.dbPath), QDir::toNativeSeparators(backup)));
}

QList<Command> commands()
{
    const QCommandLineOption kind(
        QStringList{QStringLiteral("kind")},
        QStringLiteral("checking, savings, cash or credit (default: checking)."),
        QStringLiteral("KIND"));
    const QCommandLineOption opening(QStringList{QStringLiteral("opening")},
                                     QStringLiteral("Opening balance."), QStringLiteral("AMOUNT"));
    const QCommandLineOption budget(QStringList{QStringLiteral("budget")},
                                    QStringLiteral("Monthly budget."), QStringLiteral("AMOUNT"));
    const QCommandLineOption moveTo(QStringList{QStringLiteral("move-to")},
                                    QStringLiteral("Move its entries to this category first."),
                                    QStringLiteral("C"));
    const QCommandLineOption overspend(QStringList{QStringLiteral("allow-overspend")},
                                       QStringLiteral("Move more than the source has available."));
    const QCommandLineOption entry(QStringList{QStringLiteral("entry")},
                                   QStringLiteral("Split this existing entry."),
                                   QStringLiteral("ID"));
    const QCommandLineOption income(QStringList{QStringLiteral("income")},
                                    QStringLiteral("The split is income, not an expense."));
    const QStringList name{QStringLiteral("NAME")};
    const QStringList id{QStringLiteral("ID")};
    return {
        {QStringLiteral("init"),
         {},
         QStringLiteral("Create a new budget file (or check an existing one)."),
         {},
         {},
         true,
         true,
         cmdInit},
        {QStringLiteral("user add"),
         QStringLiteral("NAME"),
         QStringLiteral("Add a household member."),
         {},
         name,
         false,
         true,
         cmdUserAdd},
        {QStringLiteral("user list"),
         {},
         QStringLiteral("List the household members."),
         {},
         {},
         false,
         true,
         cmdUserList},
        {QStringLiteral("user delete"),
         QStringLiteral("NAME"),
         QStringLiteral("Delete a member with all their data."),
         {},
         name,
         false,
         true,
         cmdUserDelete},
        {QStringLiteral("account add"),
         QStringLiteral("NAME [--kind K] [--opening A]"),
         QStringLiteral("Add an account."),
         {kind, opening},
         name,
         false,
         true,
         cmdAccountAdd},
        {QStringLiteral("account list"),
         {},
         QStringLiteral("List accounts with their balances."),
         {},
         {},
         false,
         true,
         cmdAccountList},
        {QStringLiteral("category add"),
         QStringLiteral("NAME --user U [--budget A]"),
         QStringLiteral("Add a category with a monthly budget."),
         {kUser, budget},
         name,
         false,
         true,
         cmdCategoryAdd},
        {QStringLiteral("category list"),
         QStringLiteral("--user U"),
         QStringLiteral("List a member's categories."),
         {kUser},
         {},
         false,
         true,
         cmdCategoryList},
        {QStringLiteral("category delete"),
         QStringLiteral("NAME --user U [--move-to C]"),
         QStringLiteral("Delete a category; refused while used, unless --move-to is given."),
         {kUser, moveTo},
         name,
         false,
         true,
         cmdCategoryDelete},
        {QStringLiteral("expense add"),
         QStringLiteral(
             "--user U --category C --amount A [--account ACC] [--date D] [--payee P] [--memo M] "
             "[--allow-below-zero]"),
         QStringLiteral("Add an expense; prints its id."),
         {kUser, kCategory, kAmount, kAccount, kDate, kPayee, kMemo, kBelowZero},
         {},
         false,
         true,
         cmdExpenseAdd},
        {QStringLiteral("income add"),
         QStringLiteral(
             "--user U --category C --amount A [--account ACC] [--date D] [--payee P] [--memo M]"),
         QStringLiteral("Add an income; prints its id."),
         {kUser, kCategory, kAmount, kAccount, kDate, kPayee, kMemo},
         {},
         false,
         true,
         cmdIncomeAdd},
        {QStringLiteral("entry edit"),
         QStringLiteral(
             "ID [--amount A] [--date D] [--category C] [--account ACC] [--payee P] [--memo M] "
             "[--allow-below-zero]"),
         QStringLiteral("Change an entry."),
         {kAmount, kDate, kCategory, kAccount, kPayee, kMemo, kBelowZero},
         id,
         false,
         true,
         cmdEntryEdit},
        {QStringLiteral("entry delete"),
         QStringLiteral("ID"),
         QStringLiteral(
             "Delete an entry (a split with its parts, a transfer with its other side)."),
         {},
         id,
         false,
         true,
         cmdEntryDelete},
        {QStringLiteral("transfer"),
         QStringLiteral("--user U --from C --to C --amount A [--month M] [--allow-overspend]"),
         QStringLiteral("Move budget between two categories."),
         {kUser, kFrom, kTo, kAmount, kMonth, overspend},
         {},
         false,
         true,
         cmdTransfer},
        {QStringLiteral("transfer-account"),
         QStringLiteral(
             "--from ACC --to ACC --amount A [--date D] [--memo M] [--allow-below-zero]"),
         QStringLiteral("Move money between two accounts."),
         {kFrom, kTo, kAmount, kDate, kMemo, kBelowZero},
         {},
         false,
         true,
         cmdTransferAccount},
        {QStringLiteral("split"),
         QStringLiteral("--user U --amount TOTAL --part C=A --part C=A ... [--account ACC] "
                        "[--payee P] | --entry ID --part C=A ..."),
         QStringLiteral("Split an expense across categories."),
         {kUser, kAmount, kPart, kAccount, kPayee, kMemo, kDate, entry, income},
         {},
         false,
         true,
         cmdSplit},
        {QStringLiteral("merge"),
         QStringLiteral("--user U --from C --to C"),
         QStringLiteral("Merge one category into another."),
         {kUser, kFrom, kTo},
         {},
         false,
         true,
         cmdMerge},
        {QStringLiteral("undo"),
         {},
         QStringLiteral("Undo the last action."),
         {},
         {},
         false,
         true,
         cmdUndo},
        {QStringLiteral("redo"),
         {},
         QStringLiteral("Redo the last undone action."),
         {},
         {},
         false,
         true,
         cmdRedo},
        {QStringLiteral("history"),
         {},
         QStringLiteral("The undo history, newest first."),
         {},
         {},
         false,
         true,
         cmdHistory},
        {QStringLiteral("list"),
         QStringLiteral("--user U [--month M] [--category C]"),
         QStringLiteral("List a member's entries."),
         {kUser, kMonth, kCategory},
         {},
         false,
         true,
         cmdList},
        {QStringLiteral("summary"),
         QStringLiteral("--user U [--month M]"),
         QStringLiteral("A member's envelopes for a month."),
         {kUser, kMonth},
         {},
         false,
         true,
         cmdSummary},
        {QStringLiteral("import"),
         QStringLiteral("FILE --user U --account ACC [--format csv|qif|ofx] [--mode "
                        "all-or-nothing|skip-invalid] [--mapping NAME] [--save-mapping NAME] "
                        "[--date-order dmy|mdy] [--encoding E] [--decimal point|comma] "
                        "[--create-categories]"),
         QStringLiteral("Import a bank file (CSV, QIF, OFX/QFX); rows imported before are skipped "
                        "as duplicates."),
         {kUser, kAccount,
          QCommandLineOption(QStringList{QStringLiteral("format")},
                             QStringLiteral("csv, qif or ofx (default: from the content)."),
                             QStringLiteral("F")),
          QCommandLineOption(QStringList{QStringLiteral("mode")},
                             QStringLiteral("all-or-nothing (default) or skip-invalid."),
                             QStringLiteral("M")),
          QCommandLineOption(QStringList{QStringLiteral("mapping")},
                             QStringLiteral("A saved CSV column mapping."), QStringLiteral("NAME")),
          QCommandLineOption(QStringList{QStringLiteral("save-mapping")},
                             QStringLiteral("Save the CSV mapping used under this name."),
                             QStringLiteral("NAME")),
          QCommandLineOption(
              QStringList{QStringLiteral("date-order")},
              QStringLiteral("For QIF files whose dates could be read both ways: dmy or mdy."),
              QStringLiteral("ORDER")),
          QCommandLineOption(QStringList{QStringLiteral("encoding")},
                             QStringLiteral("The file's text encoding when detection is wrong: "
                                            "utf-8, utf-16 or windows-1252."),
                             QStringLiteral("E")),
          QCommandLineOption(
              QStringList{QStringLiteral("decimal")},
              QStringLiteral("For CSV and QIF files: the amounts' decimal separator, "
                             "point or comma (default: from the file)."),
              QStringLiteral("SEP")),
          QCommandLineOption(
              QStringList{QStringLiteral("create-categories")},
              QStringLiteral(
                  "Create the file's categories that do not exist (default: Uncategorised)."))},
         {QStringLiteral("FILE")},
         false,
         true,
         cmdImport},
        {QStringLiteral("export"),
         QStringLiteral("FILE --user U [--from D] [--to D] [--category C] [--format csv|qif]"),
         QStringLiteral("Export entries as CSV or QIF."),
         {kUser, kCategory,
          QCommandLineOption(QStringList{QStringLiteral("from")},
                             QStringLiteral("First day, YYYY-MM-DD."), QStringLiteral("D")),
          QCommandLineOption(QStringList{QStringLiteral("to")},
                             QStringLiteral("Last day, YYYY-MM-DD."), QStringLiteral("D")),
          QCommandLineOption(QStringList{QStringLiteral("format")},
                             QStringLiteral("csv or qif (default: from the file name)."),
                             QStringLiteral("F"))},
         {QStringLiteral("FILE")},
         false,
         true,
         cmdExport},
        {QStringLiteral("backup"),
         QStringLiteral("[--list]"),
         QStringLiteral(
             "Back the budget up beside it (the newest 5 are kept), or list the backups."),
         {QCommandLineOption(QStringList{QStringLiteral("list")},
                             QStringLiteral("List the backups, newest first."))},
         {},
         false,
         true,
         cmdBackup},
        {QStringLiteral("restore"),
         QStringLiteral("BACKUP"),
         QStringLiteral("Replace the budget with a backup, after checking the backup."),
         {},
         {QStringLiteral("BACKUP")},
         false,
         false,
         cmdRestore},
        {QStringLiteral("generate"),
         QStringLiteral("--entries N [--people P] [--categories C] [--seed S]"),
         QStringLiteral("Fill a new budget with N realistic entries over years (for benchmarks)."),
         {QCommandLineOption(QStringList{QStringLiteral("entries")},
                             QStringLiteral("How many entries."), QStringLiteral("N")),
          QCommandLineOption(QStringList{QStringLiteral("people")},
                             QStringLiteral("Household members (default 2)."), QStringLiteral("P")),
          QCommandLineOption(QStringList{QStringLiteral("categories")},
                             QStringLiteral("Categories per person (default 12)."),
                             QStringLiteral("C")),
          QCommandLineOption(QStringList{QStringLiteral("seed")},
                             QStringLiteral("The same seed gives the same budget (default 1)."),
                             QStringLiteral("S"))},
         {},
         true,
         true,
         cmdGenerate},
        {QStringLiteral("demo"),
         {},
         QStringLiteral("Create the budget if needed and fill it with a demo household."),
         {},
         {},
         true,
         true,
         cmdDemo},
        {QStringLiteral("check"),
         {},
         QStringLiteral("Integrity check plus the budget's invariants; exit 0 only when all hold."),
         {},
         {},
         false,
         true,
         cmdCheck},
    };
}

QString generalHelp()
{
    QString text =
        QStringLiteral("Usage: allot-cli [--db PATH] [--json] COMMAND ...\n\n"
                       "Household budgeting in which every action is saved whole or not at all.\n\n"
                       "Options:\n"
                       "  --db PATH   The budget file (default: %1)\n"
                       "  --json      Print one JSON value\n"
                       "  --help      This help; COMMAND --help for a command's own\n\n"
                       "Commands:\n")
            .arg(QDir::toNativeSeparators(Database::defaultPath()));
    for (const Command& c : commands())
        text += QStringLiteral("  %1 %2\n").arg(c.name, -18).arg(c.summary);
    text += QStringLiteral(
        "\nExit codes: 0 done; 1 refused or rolled back, nothing changed; 2 bad usage;\n"
        "3 the database could not be used, nothing changed.\n");
    return text;
}

int exitCodeFor(const Context& ctx, const Error& error)
{
    if (ctx.usageFailure)
        return BadUsage;
    return error.isDatabaseUnusable() ? DatabaseUnusable : Refused;
}

int fail(Context& ctx, const Error& error)
{
    QString message = error.message;
    // A sentence starts with a capital, unless it starts with the budget's name as the user
    // typed it ("conc.allot is read-only" names a file that is not "Conc.allot").
    const bool startsWithName =
        !ctx.dbPath.isEmpty() && (message.startsWith(ctx.dbPath) ||
                                  message.startsWith(QDir::toNativeSeparators(ctx.dbPath)));
    if (!message.isEmpty() && !startsWithName)
        message[0] = message[0].toUpper();
    ctx.err << "allot-cli: " << message << Qt::endl;
    if (ctx.json) {
        ctx.out << QJsonDocument(
                       QJsonObject{{QStringLiteral("error"), message},
                                   {QStringLiteral("kind"),
                                    ctx.usageFailure ? QStringLiteral("usage") : error.kindName()},
                                   {QStringLiteral("detail"), error.detail}})
                       .toJson(QJsonDocument::Compact)
                << Qt::endl;
    }
    return exitCodeFor(ctx, error);
}

} // namespace

int run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    Context ctx{out, err, false, QString(), nullptr, false};
    ctx.dbPath = Database::defaultPath();
    bool dbGiven = false;
    // Global options may stand before or after the command; the command is the first word(s).
    QStringList rest;
    bool wantsHelp = false;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        if (a == QLatin1String("--json")) {
            ctx.json = true;
        } else if (a == QLatin1String("--db")) {
            if (i + 1 >= arguments.size())
                return fail(ctx, ctx.usage(QStringLiteral("--db needs a file name")));
            ctx.dbPath = arguments[++i];
            dbGiven = true;
        } else if (a.startsWith(QLatin1String("--db="))) {
            ctx.dbPath = a.mid(5);
            dbGiven = true;
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            wantsHelp = true;
        } else if (a == QLatin1String("--version")) {
            out << "allot-cli " << QStringLiteral(ALLOT_VERSION) << Qt::endl;
            return Done;
        } else {
            rest << a;
        }
    }
    if (rest.isEmpty()) {
        if (wantsHelp) {
            out << generalHelp();
            return Done;
        }
        err << generalHelp();
        return fail(ctx, ctx.usage(QStringLiteral("no command given")));
    }

    const QList<Command> all = commands();
    const Command* command = nullptr;
    int words = 0;
    for (const Command& c : all) {
        const QStringList parts = c.name.split(QLatin1Char(' '));
        if (rest.size() >= parts.size() && rest.mid(0, parts.size()) == parts) {
            command = &c;
            words = int(parts.size());
            break;
        }
    }
    if (!command) {
        bool group = false;
        for (const Command& c : all)
            group = group || c.name.startsWith(rest.first() + QLatin1Char(' '));
        if (group)
            return fail(ctx,
                        ctx.usage(QStringLiteral("\"%1\" needs a subcommand; see allot-cli --help")
                                      .arg(rest.first())));
        return fail(
            ctx,
            ctx.usage(
                QStringLiteral("unknown command \"%1\"; see allot-cli --help").arg(rest.first())));
    }

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setApplicationDescription(command->summary);
    for (const QCommandLineOption& option : command->options)
        parser.addOption(option);
    for (const QString& name : command->positional)
        parser.addPositionalArgument(name, QString());
    const QString usageLine = QStringLiteral("Usage: allot-cli [--db PATH] [--json] %1 %2")
                                  .arg(command->name, command->synopsis)
                                  .trimmed();
    if (wantsHelp) {
        out << usageLine << "\n\n" << command->summary << "\n";
        const QString options = parser.helpText().section(QStringLiteral("Options:"), 1);
        if (!command->options.isEmpty())
            out << "\nOptions:" << options.section(QStringLiteral("Arguments:"), 0, 0);
        return Done;
    }
    QStringList commandArgs{QStringLiteral("allot-cli")};
    commandArgs += rest.mid(words);
    if (!parser.parse(commandArgs))
        return fail(
            ctx,
            ctx.usage(
                QStringLiteral("%1: %2\n%3").arg(command->name, parser.errorText(), usageLine)));
    if (parser.positionalArguments().size() != command->positional.size())
        return fail(ctx, ctx.usage(QStringLiteral("%1 takes %2 argument(s): %3\n%4")
                                       .arg(command->name)
                                       .arg(command->positional.size())
                                       .arg(command->positional.isEmpty()
                                                ? QStringLiteral("none")
                                                : command->positional.join(QLatin1Char(' ')),
                                            usageLine)));

    if (command->needsDatabase) {
        if (!dbGiven && command->createsDatabase)
            QDir().mkpath(QFileInfo(ctx.dbPath).absolutePath());
        OpenOptions options;
        options.createIfMissing = command->createsDatabase;
        auto db = Database::open(ctx.dbPath, options);
        if (!db)
            return fail(ctx, db.error());
        ctx.db = std::move(db).value();
        // Another program's long write makes a command wait (for up to the retries' time):
        // say so once rather than seem to hang.
        TransactionLimits limits = ctx.db->engine().defaultLimits();
        limits.waiting = [&ctx] {
            ctx.err << "allot-cli: waiting for another program that is writing to "
                    << QDir::toNativeSeparators(ctx.dbPath) << QStringLiteral("…") << Qt::endl;
        };
        ctx.db->engine().setDefaultLimits(limits);
    }

    auto output = command->handler(ctx, parser);
    if (!output)
        return fail(ctx, output.error());
    if (ctx.json) {
        const QJsonValue& json = output->json;
        const QByteArray text = json.isArray()
                                    ? QJsonDocument(json.toArray()).toJson(QJsonDocument::Compact)
                                    : QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact);
        out << text << Qt::endl;
    } else if (!output->text.isEmpty()) {
        out << output->text << Qt::endl;
    }
    return Done;
}

} // namespace allot::cli
