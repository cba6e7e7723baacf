#include "models/ErrorReporter.h"

namespace allot {

void ErrorReporter::report(const QString& attempted, const Error& error)
{
    emit reported(attempted, error);
}

} // namespace allot
