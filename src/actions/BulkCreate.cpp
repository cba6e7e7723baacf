#include "actions/BulkCreate.h"

#include "actions/ActionRunner.h"
#include "actions/EntryActions.h"
#include "actions/EntryRows.h"
#include "actions/Lookup.h"

#include <QCoreApplication>
#include <QHash>

namespace allot::bulk {

namespace {

Error rowError(int row, const Error& e)
{
    Error out = e;
    out.message = QCoreApplication::translate("allot", "row %1: %2").arg(row).arg(e.message);
    return out;
}

// Checks rows against the database once per distinct category and account in the batch.
class DraftChecker
{
public:
    explicit DraftChecker(TransactionEngine& engine) : m_engine(engine) {}

    Status check(const EntryDraft& draft)
    {
        const auto key = qMakePair(draft.personId, draft.categoryId);
        if (!m_checkedCategories.contains(key)) {
            EntryDraft probe = draft;
            probe.accountId = 0;
            auto resolved = rows::resolveDraft(m_engine, probe);
            if (!resolved)
                return resolved.error();
            m_checkedCategories.insert(key);
        }
        if (draft.accountId != 0 && !m_checkedAccounts.contains(draft.accountId)) {
            if (auto account = lookup::accountById(m_engine, draft.accountId); !account)
                return account.error();
            m_checkedAccounts.insert(draft.accountId);
        }
        return {};
    }

private:
    TransactionEngine& m_engine;
    QSet<QPair<RowId, RowId>> m_checkedCategories;
    QSet<RowId> m_checkedAccounts;
};

} // namespace

bool isRowProblem(const Error& e)
{
    return e.kind == ErrorKind::Refused || e.kind == ErrorKind::NotFound ||
           e.kind == ErrorKind::Constraint;
}

Result<BulkReport> create(Database& db, const QVector<EntryDraft>& drafts, BulkMode mode,
                          const QString& label)
{
    const QString attempted = QCoreApplication::translate("allot", "Could not create the entries");
    if (mode == BulkMode::AllOrNothing) {
        for (int i = 0; i < drafts.size(); ++i) {
            if (Status s = entries::checkDraft(drafts[i]); !s)
                return rowError(i + 1, s.error()).withContext(attempted);
        }
    }
    return runAction(db, attempted, [&](ActionContext& ctx) -> Result<BulkReport> {
        ctx.label =
            label.isEmpty()
                ? QCoreApplication::translate("allot", "Create %1 entries").arg(drafts.size())
                : label;
        BulkReport report;
        DraftChecker checker(ctx.engine);
        for (int i = 0; i < drafts.size(); ++i) {
            const EntryDraft& draft = drafts[i];
            const int row = i + 1;
            if (mode == BulkMode::AllOrNothing) {
                if (Status s = checker.check(draft); !s)
                    return rowError(row, s.error());
                auto id = rows::insertEntry(ctx, draft);
                if (!id)
                    return rowError(row, id.error());
                report.createdIds << *id;
                continue;
            }
            if (Status s = entries::checkDraft(draft); !s) {
                report.rejected << BulkRejection{row, s.error().message};
                continue;
            }
            // A savepoint per row: a row the database refuses takes only itself back.
            const auto mark = ctx.changes.mark();
            auto id = ctx.engine.atomic([&](Transaction&) -> Result<RowId> {
                if (Status s = checker.check(draft); !s)
                    return s.error();
                return rows::insertEntry(ctx, draft);
            });
            if (id) {
                report.createdIds << *id;
                continue;
            }
            ctx.changes.rewind(mark);
            if (!isRowProblem(id.error()))
                return rowError(row, id.error());
            report.rejected << BulkRejection{row, id.error().message};
        }
        return report;
    });
}

} // namespace allot::bulk
