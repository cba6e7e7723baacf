#pragma once

#include <QString>

namespace allot {

/// \brief What went wrong, as a value: a sentence for the user plus technical detail.
///
/// Errors never cross the event loop as exceptions; every layer returns them in a Result.
enum class ErrorKind {
    Refused,    ///< The input breaks a rule of the budget; nothing was attempted.
    NotFound,   ///< A named person, account, category or entry does not exist.
    Constraint, ///< The database refused a row (unique, check, foreign key).
    Busy,       ///< Another program held the database for longer than the retries waited.
    TimedOut,   ///< The action ran past its time limit and was rolled back.
    Storage,    ///< Disk full, I/O error, read-only medium.
    Corrupt,    ///< The file is damaged.
    CannotOpen, ///< The file cannot be used as an Allot database at all.
    Detached,   ///< The budget's files were replaced under the open connection: open it again.
    Injected,   ///< A fault forced by a test through the engine's fault hook.
    Cancelled,  ///< The user stopped the action; it was rolled back.
    Internal,   ///< A bug or an unexpected database answer.
};

struct Error
{
    ErrorKind kind = ErrorKind::Internal;
    QString message;    ///< One plain sentence a person understands.
    QString detail;     ///< Technical detail (SQL error text, codes) for "Show Details".
    int nativeCode = 0; ///< The database's extended error code, 0 when none.

    static Error refused(const QString& message) { return {ErrorKind::Refused, message, {}, 0}; }
    static Error notFound(const QString& message) { return {ErrorKind::NotFound, message, {}, 0}; }
    static Error internal(const QString& message, const QString& detail = {})
    {
        return {ErrorKind::Internal, message, detail, 0};
    }

    /// The same error with "what was attempted" put in front of the message.
    Error withContext(const QString& attempted) const;

    /// True for errors that another attempt of the whole action may cure.
    bool isRetryable() const { return kind == ErrorKind::Busy; }

    /// True when the database itself could not be used (as opposed to a refused action).
    bool isDatabaseUnusable() const;

    QString kindName() const;
};

} // namespace allot
