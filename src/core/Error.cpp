#include "core/Error.h"

namespace allot {

Error Error::withContext(const QString& attempted) const
{
    Error e = *this;
    e.message = attempted + QStringLiteral(": ") + message;
    return e;
}

bool Error::isDatabaseUnusable() const
{
    switch (kind) {
    case ErrorKind::Busy:
    case ErrorKind::Storage:
    case ErrorKind::Corrupt:
    case ErrorKind::CannotOpen:
    case ErrorKind::Detached:
        return true;
    default:
        return false;
    }
}

QString Error::kindName() const
{
    switch (kind) {
    case ErrorKind::Refused:
        return QStringLiteral("refused");
    case ErrorKind::NotFound:
        return QStringLiteral("not-found");
    case ErrorKind::Constraint:
        return QStringLiteral("constraint");
    case ErrorKind::Busy:
        return QStringLiteral("busy");
    case ErrorKind::TimedOut:
        return QStringLiteral("timed-out");
    case ErrorKind::Storage:
        return QStringLiteral("storage");
    case ErrorKind::Corrupt:
        return QStringLiteral("corrupt");
    case ErrorKind::CannotOpen:
        return QStringLiteral("cannot-open");
    case ErrorKind::Detached:
        return QStringLiteral("detached");
    case ErrorKind::Cancelled:
        return QStringLiteral("cancelled");
    case ErrorKind::Injected:
        return QStringLiteral("injected");
    case ErrorKind::Internal:
        return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

} // namespace allot
