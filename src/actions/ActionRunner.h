#pragma once

#include "actions/ChangeRecorder.h"
#include "storage/Database.h"

#include <type_traits>

namespace allot {

/// \brief What an action's body gets: its transaction, the recorder for undo, and its label.
struct ActionContext
{
    Transaction& transaction;
    ChangeRecorder& changes;
    TransactionEngine& engine;
    QString label; ///< The name of the step in the undo history ("Transfer 100.00 ...").
};

/// \brief Runs one user action as one transaction that also writes its undo-log entry.
///
/// \a body is callable as Result<T>(ActionContext&). On failure nothing is saved and the
/// error's message starts with \a attempted ("Could not transfer budget: ..."). \a limits are
/// the transaction's (the engine's defaults unless given).
template <typename Body>
auto runAction(Database& db, const QString& attempted, Body&& body, const TransactionLimits& limits)
    -> std::invoke_result_t<Body&, ActionContext&>
{
    auto result = db.engine().atomic(
        [&](Transaction& tx) -> std::invoke_result_t<Body&, ActionContext&> {
            ChangeRecorder changes(db.engine());
            ActionContext context{tx, changes, db.engine(), QString()};
            auto outcome = body(context);
            if (!outcome.ok())
                return outcome;
            if (!changes.isEmpty()) {
                if (auto logged = changes.writeLog(context.label); !logged)
                    return logged.error();
            }
            return outcome;
        },
        limits);
    if (!result.ok())
        return result.error().withContext(attempted);
    return result;
}

template <typename Body>
auto runAction(Database& db, const QString& attempted, Body&& body)
    -> std::invoke_result_t<Body&, ActionContext&>
{
    return runAction(db, attempted, std::forward<Body>(body), db.engine().defaultLimits());
}

} // namespace allot
