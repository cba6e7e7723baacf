// allot-action-worker DB --seed S --ops N [--only transfers]
//
// Performs N random actions on an existing budget, for the reliability tests (tst_crash kills
// it at random moments, tst_concurrency runs several at once). After each action that was saved
// it prints one line and flushes it at once, so that a line on stdout means "committed":
//   committed <actionLogId> <what>     a new step (its id is the newest in action_log)
//   undone <actionLogId>               history::undo() undid that step
//   redone <actionLogId>               history::redo() redid that step
//   failed <kind> <message>            an action failed for another reason than a refusal
// A refused action (nothing to undo, ...) prints nothing on stdout (a note on stderr).
// With --only transfers it only moves 1.00 of budget between Alice's Food and Fun, and 1.00
// from the credit account Visa to Checking, so that the tests can check the totals exactly.

#include "actions/BulkCreate.h"
#include "actions/CategoryActions.h"
#include "actions/EntryActions.h"
#include "actions/HouseholdActions.h"
#include "actions/Lookup.h"
#include "actions/SplitEntry.h"
#include "actions/Transfers.h"
#include "actions/UndoHistory.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QStringList>

#include <cstdio>

using namespace allot;

namespace {

void printLine(const QString& line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

void note(const QString& line)
{
    std::fprintf(stderr, "allot-action-worker: %s\n", qPrintable(line));
}

QString oneLine(QString text)
{
    return text.replace(QLatin1Char('\n'), QLatin1Char(' '));
}

// The household the worker acts on, found by name (and created when missing: an undo may have
// taken away a person, category or account that nothing used yet).
struct Household
{
    RowId alice = 0, bob = 0;
    RowId food = 0, fun = 0, rent = 0, tools = 0;
    RowId checking = 0, savings = 0, visa = 0;
};

class Worker
{
public:
    Worker(Database& db, quint32 seed) : m_db(db), m_seed(seed), m_random(seed) {}

    // Finds (or, with create, adds) the household; false when something is missing.
    bool resolve(bool create);
    void runRandomAction(int index);
    void runTransfer();

    int failures() const { return m_failures; }

private:
    // Reports an action's outcome; returns whether it was saved.
    template <typename T> bool report(const Result<T>& outcome, const QString& what);
    bool reportStep(const QString& what);
    void fail(const Error& error);
    Result<RowId> newestId(const QString& sql);

    void addEntry(bool income);
    void budgetTransfer(MinorUnits amount);
    void accountTransfer(MinorUnits amount);
    void split();
    void mergeFreshCategory(int index);
    void bulkCreate();
    void undoOrRedo(bool redo);
    void deleteEntry();

    QDate randomDate() { return QDate(2026, 1, 1).addDays(m_random.bounded(365)); }
    MinorUnits randomAmount() { return 1 + m_random.bounded(qint64(50000)); }
    RowId randomAccount()
    {
        const RowId accounts[] = {0, m_h.checking, m_h.savings, m_h.visa};
        return accounts[m_random.bounded(4)];
    }
    RowId aliceCategory()
    {
        const RowId categories[] = {m_h.food, m_h.fun, m_h.rent};
        return categories[m_random.bounded(3)];
    }

    Database& m_db;
    quint32 m_seed;
    QRandomGenerator m_random;
    Household m_h;
    int m_failures = 0;
};

template <typename T> bool Worker::report(const Result<T>& outcome, const QString& what)
{
    if (!outcome.ok()) {
        fail(outcome.error());
        return false;
    }
    return reportStep(what);
}

bool Worker::reportStep(const QString& what)
{
    auto steps = history::steps(m_db, 1);
    if (!steps.ok()) {
        fail(steps.error());
        return false;
    }
    if (steps->isEmpty()) {
        printLine(
            QStringLiteral("failed internal %1 was saved but the undo log is empty").arg(what));
        ++m_failures;
        return false;
    }
    printLine(QStringLiteral("committed %1 %2").arg(steps->first().id).arg(what));
    return true;
}

void Worker::fail(const Error& error)
{
    if (error.kind == ErrorKind::Refused) {
        note(QStringLiteral("refused: ") + oneLine(error.message));
        return;
    }
    ++m_failures;
    printLine(QStringLiteral("failed %1 %2 [%3]")
                  .arg(error.kindName(), oneLine(error.message), oneLine(error.detail)));
}

Result<RowId> Worker::newestId(const QString& sql)
{
    SqlStatement q(m_db.engine(), sql);
    auto id = q.integer();
    q.finish();
    return id;
}

bool Worker::resolve(bool create)
{
    TransactionEngine& engine = m_db.engine();
    const auto person = [&](const QString& name, RowId& id) {
        if (auto found = lookup::personByName(engine, name); found.ok()) {
            id = found->id;
            return true;
        }
        if (!create)
            return false;
        auto added = household::addPerson(m_db, name);
        if (!report(added, QStringLiteral("add-person")))
            return false;
        id = *added;
        return true;
    };
    const auto category = [&](RowId personId, const QString& name, RowId& id) {
        if (auto found = lookup::categoryByName(engine, personId, name); found.ok()) {
            id = found->id;
            return true;
        }
        if (!create)
            return false;
        auto added = household::addCategory(m_db, personId, name, 10000);
        if (!report(added, QStringLiteral("add-category")))
            return false;
        id = *added;
        return true;
    };
    const auto account = [&](const QString& name, AccountKind kind, RowId& id) {
        if (auto found = lookup::accountByName(engine, name); found.ok()) {
            id = found->id;
            return true;
        }
        if (!create)
            return false;
        auto added = household::addAccount(m_db, name, kind, 0);
        if (!report(added, QStringLiteral("add-account")))
            return false;
        id = *added;
        return true;
    };
    return person(QStringLiteral("Alice"), m_h.alice) && person(QStringLiteral("Bob"), m_h.bob) &&
           category(m_h.alice, QStringLiteral("Food"), m_h.food) &&
           category(m_h.alice, QStringLiteral("Fun"), m_h.fun) &&
           category(m_h.alice, QStringLiteral("Rent"), m_h.rent) &&
           category(m_h.bob, QStringLiteral("Tools"), m_h.tools) &&
           account(QStringLiteral("Checking"), AccountKind::Checking, m_h.checking) &&
           account(QStringLiteral("Savings"), AccountKind::Savings, m_h.savings) &&
           account(QStringLiteral("Visa"), AccountKind::Credit, m_h.visa);
}

void Worker::addEntry(bool income)
{
    EntryDraft draft;
    const bool bob = m_random.bounded(4) == 0;
    draft.personId = bob ? m_h.bob : m_h.alice;
    draft.categoryId = bob ? m_h.tools : aliceCategory();
    draft.accountId = randomAccount();
    draft.amount = randomAmount();
    draft.income = income;
    draft.date = randomDate();
    draft.payee = QStringLiteral("Worker %1").arg(m_seed);
    report(entries::add(m_db, draft),
           income ? QStringLiteral("income") : QStringLiteral("expense"));
}

void Worker::budgetTransfer(MinorUnits amount)
{
    BudgetTransfer t;
    t.personId = m_h.alice;
    t.fromCategoryId = aliceCategory();
    do {
        t.toCategoryId = aliceCategory();
    } while (t.toCategoryId == t.fromCategoryId);
    t.amount = amount;
    t.month = Month{2026, 1 + m_random.bounded(12)};
    t.allowOverspend = true;
    report(transfers::moveBudget(m_db, t), QStringLiteral("budget-transfer"));
}

void Worker::accountTransfer(MinorUnits amount)
{
    AccountTransfer t;
    t.fromAccountId = m_h.visa; // credit: may go below zero, so the transfer is never refused
    t.toAccountId = m_random.bounded(2) == 0 ? m_h.checking : m_h.savings;
    t.amount = amount;
    t.date = randomDate();
    t.memo = QStringLiteral("worker %1").arg(m_seed);
    report(transfers::betweenAccounts(m_db, t), QStringLiteral("account-transfer"));
}

void Worker::split()
{
    NewSplit s;
    s.personId = m_h.alice;
    s.accountId = randomAccount();
    s.date = randomDate();
    s.income = m_random.bounded(5) == 0;
    s.payee = QStringLiteral("Split %1").arg(m_seed);
    const RowId categories[] = {m_h.food, m_h.fun, m_h.rent};
    const int count = 2 + m_random.bounded(2);
    for (int i = 0; i < count; ++i) {
        const MinorUnits amount = randomAmount();
        s.parts.append(SplitPart{categories[i], amount, QString()});
        s.total += amount;
    }
    report(splits::add(m_db, s), QStringLiteral("split"));
}

void Worker::mergeFreshCategory(int index)
{
    const bool bob = m_random.bounded(3) == 0;
    const RowId person = bob ? m_h.bob : m_h.alice;
    const RowId into = bob ? m_h.tools : aliceCategory();
    const QString name =
        QStringLiteral("Tmp %1-%2-%3").arg(m_seed).arg(index).arg(m_random.generate64() % 1000000);
    auto fresh = household::addCategory(m_db, person, name, m_random.bounded(10000));
    if (!report(fresh, QStringLiteral("add-category")))
        return;
    if (m_random.bounded(2) == 0) {
        EntryDraft draft;
        draft.personId = person;
        draft.categoryId = *fresh;
        draft.accountId = randomAccount();
        draft.amount = randomAmount();
        draft.date = randomDate();
        draft.payee = QStringLiteral("Before a merge");
        report(entries::add(m_db, draft), QStringLiteral("expense"));
    }
    report(categories::merge(m_db, person, *fresh, into), QStringLiteral("merge"));
}

void Worker::bulkCreate()
{
    QVector<EntryDraft> drafts;
    const int count = 20 + m_random.bounded(181);
    for (int i = 0; i < count; ++i) {
        EntryDraft draft;
        const bool bob = m_random.bounded(4) == 0;
        draft.personId = bob ? m_h.bob : m_h.alice;
        draft.categoryId = bob ? m_h.tools : aliceCategory();
        draft.accountId = randomAccount();
        draft.amount = randomAmount();
        draft.income = m_random.bounded(6) == 0;
        draft.date = randomDate();
        draft.payee = QStringLiteral("Bulk %1 row %2").arg(m_seed).arg(i);
        drafts.append(draft);
    }
    auto created = bulk::create(m_db, drafts, BulkMode::AllOrNothing,
                                QStringLiteral("Bulk %1 entries").arg(count));
    report(created, QStringLiteral("bulk"));
}

void Worker::undoOrRedo(bool redo)
{
    // The same step history::undo() / redo() picks: the newest done one, the oldest undone one.
    auto step = newestId(redo ? QStringLiteral("SELECT id FROM action_log WHERE state = 'undone' "
                                               "ORDER BY id ASC LIMIT 1")
                              : QStringLiteral("SELECT id FROM action_log WHERE state = 'done' "
                                               "ORDER BY id DESC LIMIT 1"));
    if (!step.ok()) {
        fail(step.error());
        return;
    }
    auto outcome = redo ? history::redo(m_db) : history::undo(m_db);
    if (!outcome.ok()) {
        fail(outcome.error());
        return;
    }
    printLine(QStringLiteral("%1 %2")
                  .arg(redo ? QStringLiteral("redone") : QStringLiteral("undone"))
                  .arg(*step));
}

void Worker::deleteEntry()
{
    auto newest = newestId(QStringLiteral("SELECT max(id) FROM entry"));
    if (!newest.ok()) {
        fail(newest.error());
        return;
    }
    if (*newest <= 0)
        return;
    SqlStatement q(m_db.engine(),
                   QStringLiteral("SELECT id FROM entry WHERE id >= ? AND (kind IN ('expense', "
                                  "'income', 'split') OR (kind = 'transfer' AND link_id IS NULL)) "
                                  "ORDER BY id LIMIT 1"));
    q.bind(1 + m_random.bounded(*newest));
    auto id = q.integer();
    q.finish();
    if (!id.ok()) {
        fail(id.error());
        return;
    }
    if (*id == 0)
        return;
    report(entries::remove(m_db, *id), QStringLiteral("delete"));
}

void Worker::runRandomAction(int index)
{
    if (!resolve(true))
        return;
    const int roll = m_random.bounded(100);
    if (roll < 20)
        addEntry(false);
    else if (roll < 28)
        addEntry(true);
    else if (roll < 40)
        budgetTransfer(randomAmount());
    else if (roll < 52)
        accountTransfer(randomAmount());
    else if (roll < 60)
        split();
    else if (roll < 65)
        mergeFreshCategory(index);
    else if (roll < 69)
        bulkCreate();
    else if (roll < 81)
        undoOrRedo(false);
    else if (roll < 90)
        undoOrRedo(true);
    else
        deleteEntry();
}

void Worker::runTransfer()
{
    constexpr MinorUnits kOne = 100;
    if (m_random.bounded(2) == 0) {
        BudgetTransfer t;
        t.personId = m_h.alice;
        const bool forward = m_random.bounded(2) == 0;
        t.fromCategoryId = forward ? m_h.food : m_h.fun;
        t.toCategoryId = forward ? m_h.fun : m_h.food;
        t.amount = kOne;
        t.month = Month{2026, 11};
        t.allowOverspend = true;
        report(transfers::moveBudget(m_db, t), QStringLiteral("budget-transfer"));
    } else {
        AccountTransfer t;
        t.fromAccountId = m_h.visa;
        t.toAccountId = m_h.checking;
        t.amount = kOne;
        t.date = QDate(2026, 11, 5);
        report(transfers::betweenAccounts(m_db, t), QStringLiteral("account-transfer"));
    }
}

int usage(const QString& why)
{
    note(why);
    note(QStringLiteral("usage: allot-action-worker DB --seed S --ops N [--only transfers]"));
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    QString path;
    quint32 seed = 1;
    int ops = 0;
    bool onlyTransfers = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString& arg = args[i];
        const bool hasValue = i + 1 < args.size();
        bool ok = true;
        if (arg == QStringLiteral("--seed") && hasValue)
            seed = args[++i].toUInt(&ok);
        else if (arg == QStringLiteral("--ops") && hasValue)
            ops = args[++i].toInt(&ok);
        else if (arg == QStringLiteral("--only") && hasValue)
            ok = onlyTransfers = args[++i] == QStringLiteral("transfers");
        else if (!arg.startsWith(QStringLiteral("--")) && path.isEmpty())
            path = arg;
        else
            return usage(QStringLiteral("unexpected argument ") + arg);
        if (!ok)
            return usage(QStringLiteral("bad value for ") + arg);
    }
    if (path.isEmpty() || ops < 0)
        return usage(QStringLiteral("no budget file given"));

    auto opened = Database::open(path);
    if (!opened.ok()) {
        printLine(QStringLiteral("failed %1 %2")
                      .arg(opened.error().kindName(), oneLine(opened.error().message)));
        return 1;
    }
    Database& db = **opened;
    Worker worker(db, seed);
    if (onlyTransfers) {
        if (!worker.resolve(false)) {
            printLine(QStringLiteral("failed not-found the budget lacks Alice's Food and Fun, "
                                     "Checking or Visa"));
            return 1;
        }
        for (int i = 0; i < ops; ++i)
            worker.runTransfer();
    } else {
        for (int i = 0; i < ops; ++i)
            worker.runRandomAction(i);
    }
    note(QStringLiteral("%1 actions, %2 failed").arg(ops).arg(worker.failures()));
    return 0;
}
