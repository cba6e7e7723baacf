#include "actions/BudgetCheck.h"

#include "actions/ChangeRecorder.h"

#include "core/Money.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"

#include <QCoreApplication>

namespace allot {

namespace {

struct Invariant
{
    /// Said of each row the query returns; %1 is the row's id, %2 its second column if any.
    const char* description;
    const char* sql; ///< Returns the ids of the rows that break the invariant.
};

// The SQL below writes Allot's largest amount out.
static_assert(money::kMaxAmount == 999'999'999'999);

// Each query returns the offending ids; none may return a row.
const Invariant kInvariants[] = {
    {"account transfer %1 has no matching other side",
     "SELECT e.id FROM entry e WHERE e.kind = 'transfer' AND e.link_id IS NULL AND "
     "(SELECT count(*) FROM entry o WHERE o.link_id = e.id AND o.kind = 'transfer') <> 1"},
    {"account transfer %1 points at something that is not the other side of a transfer",
     "SELECT e.id FROM entry e LEFT JOIN entry o ON o.id = e.link_id WHERE e.link_id IS NOT NULL "
     "AND (o.id IS NULL OR o.kind <> 'transfer' OR o.link_id IS NOT NULL)"},
    {"account transfer %1 does not balance with its other side",
     "SELECT e.id FROM entry e JOIN entry o ON o.id = e.link_id WHERE e.kind = 'transfer' "
     "AND (e.amount + o.amount <> 0 OR e.date <> o.date)"},
    {"budget move %1 has no matching other side",
     "SELECT m.id FROM budget_move m WHERE m.link_id IS NULL AND "
     "(SELECT count(*) FROM budget_move o WHERE o.link_id = m.id) <> 1"},
    {"budget move %1 does not balance with its other side",
     "SELECT m.id FROM budget_move m JOIN budget_move o ON o.id = m.link_id "
     "WHERE m.amount + o.amount <> 0 OR m.month <> o.month OR m.person_id <> o.person_id "
     "OR o.link_id IS NOT NULL"},
    {"split %1: its parts do not add up to its amount",
     "SELECT s.id FROM entry s WHERE s.kind = 'split' AND s.amount <> "
     "COALESCE((SELECT SUM(p.amount) FROM entry p WHERE p.parent_id = s.id), 0)"},
    {"split %1 has fewer than two parts",
     "SELECT s.id FROM entry s WHERE s.kind = 'split' AND "
     "(SELECT count(*) FROM entry p WHERE p.parent_id = s.id) < 2"},
    {"part %1 does not belong to a split of the same person and date",
     "SELECT p.id FROM entry p LEFT JOIN entry s ON s.id = p.parent_id WHERE p.kind = 'part' "
     "AND (s.id IS NULL OR s.kind <> 'split' OR s.person_id <> p.person_id OR s.date <> p.date)"},
    {"entry %1 is in a category of another person",
     "SELECT e.id FROM entry e JOIN category c ON c.id = e.category_id WHERE c.person_id <> "
     "e.person_id"},
    {"budget move %1 is in a category of another person",
     "SELECT m.id FROM budget_move m JOIN category c ON c.id = m.category_id "
     "WHERE c.person_id <> m.person_id"},
    // Values Allot never writes: beyond its largest amount (sums of them overflow 64 bits
    // and every report fails), days that do not exist (the register hides them, the month's
    // sums count them), months that do not exist.
    {"entry %1 has an amount beyond Allot's largest (9999999999.99): %2",
     "SELECT id, amount FROM entry WHERE amount > 999999999999 OR amount < -999999999999"},
    {"budget move %1 has an amount beyond Allot's largest (9999999999.99): %2",
     "SELECT id, amount FROM budget_move WHERE amount > 999999999999 "
     "OR amount < -999999999999"},
    {"account %1 has an opening balance beyond Allot's largest (9999999999.99): %2",
     "SELECT id, opening_balance FROM account WHERE opening_balance > 999999999999 "
     "OR opening_balance < -999999999999"},
    {"category %1 has a monthly budget beyond Allot's largest (9999999999.99): %2",
     "SELECT id, monthly_budget FROM category WHERE monthly_budget > 999999999999"},
    {"account %1: its entries cannot be added up (the sum is beyond 64 bits)",
     "SELECT account_id FROM entry WHERE account_id IS NOT NULL GROUP BY account_id "
     "HAVING abs(TOTAL(amount)) >= 9.2e18"},
    {"category %1: its entries cannot be added up (the sum is beyond 64 bits)",
     "SELECT category_id FROM entry WHERE category_id IS NOT NULL GROUP BY category_id "
     "HAVING abs(TOTAL(amount)) >= 9.2e18"},
    {"entry %1 is dated %2, a day that does not exist",
     // date() passes 2026-11-31 through; from a day number it writes the real day.
     "SELECT id, date FROM entry WHERE date(julianday(date)) IS NOT date "
     "OR date < '0001-01-01'"},
    {"budget move %1 is in the month %2, which does not exist",
     "SELECT id, month FROM budget_move WHERE month NOT GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]' "
     "OR substr(month, 6, 2) NOT BETWEEN '01' AND '12' OR month < '0001-01'"},
    {"action %1 of the undo log is in an unknown state or has no changes",
     "SELECT l.id FROM action_log l WHERE l.state NOT IN ('done', 'undone') OR NOT EXISTS "
     "(SELECT 1 FROM action_change c WHERE c.action_id = l.id)"},
};

// Whether a failed undo says something about the step rather than about the database.
bool isAboutTheStep(const Error& error)
{
    return error.kind == ErrorKind::Constraint || error.kind == ErrorKind::Refused ||
           error.kind == ErrorKind::NotFound || error.kind == ErrorKind::Corrupt;
}

// Every done step must be undoable, newest first: one that is not (a row it puts back refers to
// something deleted behind Allot's back) blocks every older step. Tried in a transaction that
// is always rolled back.
Result<QStringList> undoProblems(Database& db)
{
    TransactionEngine& engine = db.engine();
    TransactionLimits limits = engine.defaultLimits();
    limits.timeLimit = std::chrono::hours(1);
    QStringList out;
    Status tried = engine.atomic(
        [&](Transaction& tx) -> Status {
            tx.setRollbackOnly();
            QVector<QPair<qint64, QString>> steps;
            SqlStatement done(engine, QStringLiteral("SELECT id, label FROM action_log "
                                                     "WHERE state = 'done' ORDER BY id DESC"));
            if (Status s = done.exec(); !s)
                return s;
            while (done.next())
                steps.append({done.integerAt(0), done.textAt(1)});
            if (Status readAll = done.finishReading(); !readAll)
                return readAll;
            for (int i = 0; i < steps.size(); ++i) {
                Status undone = engine.atomic([&](Transaction&) {
                    return ChangeRecorder::replay(engine, steps[i].first, false);
                });
                if (undone)
                    continue;
                if (!isAboutTheStep(undone.error()))
                    return undone;
                out << QCoreApplication::translate(
                           "allot", "undo step %1 (\"%2\") cannot be undone: %3; it blocks the "
                                    "%4 older steps")
                           .arg(QString::number(steps[i].first), steps[i].second,
                                undone.error().message, QString::number(steps.size() - i - 1));
                break;
            }
            return {};
        },
        limits);
    if (!tried)
        return tried.error();
    return out;
}

} // namespace

Result<QStringList> checkBudget(Database& db)
{
    auto problems = db.dialect().integrityProblems(db.connection());
    if (!problems)
        return problems;
    QStringList out = *problems;
    // Another program may have added a trigger since the budget was opened.
    auto schema = db.dialect().schemaProblems(db.connection(), db.migrations());
    if (!schema)
        return schema.error();
    out << *schema;
    for (const Invariant& invariant : kInvariants) {
        SqlStatement q(db.engine(), QString::fromUtf8(invariant.sql));
        if (Status s = q.exec(); !s)
            return s.error();
        const QString description = QString::fromUtf8(invariant.description);
        while (q.next()) {
            QString problem = description.arg(q.integerAt(0));
            if (description.contains(QLatin1String("%2")))
                problem = problem.arg(q.textAt(1));
            out << problem;
        }
        if (Status readAll = q.finishReading(); !readAll)
            return readAll.error();
    }
    // A trial that could not run (time limit, full disk) is one finding, not the end of check.
    auto undo = undoProblems(db);
    if (undo)
        out << *undo;
    else
        out << QCoreApplication::translate("allot", "the undo steps could not be tried: %1")
                   .arg(undo.error().message);
    return out;
}

} // namespace allot
