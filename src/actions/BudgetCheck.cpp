#include "actions/BudgetCheck.h"

#include "storage/Database.h"
#include "storage/SqlStatement.h"

namespace allot {

namespace {

struct Invariant
{
    const char* description; ///< Said of each row the query returns; %1 is the row's id.
    const char* sql;         ///< Returns the ids of the rows that break the invariant.
};

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
    {"action %1 of the undo log is in an unknown state or has no changes",
     "SELECT l.id FROM action_log l WHERE l.state NOT IN ('done', 'undone') OR NOT EXISTS "
     "(SELECT 1 FROM action_change c WHERE c.action_id = l.id)"},
};

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
        while (q.next())
            out << QString::fromUtf8(invariant.description).arg(q.integerAt(0));
        if (Status readAll = q.finishReading(); !readAll)
            return readAll.error();
    }
    return out;
}

} // namespace allot
