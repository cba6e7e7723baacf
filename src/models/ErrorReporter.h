#pragma once

#include "core/Error.h"

#include <QObject>

namespace allot {

/// \brief The one seam through which every failure reaches the window.
///
/// Actions return errors as values; whoever runs one on the user's behalf hands a failure to
/// report(). The window shows each report as an error dialog; tests listen to reported() and
/// check the exact text without hunting for a modal box.
class ErrorReporter : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    /// \a attempted names what the user tried ("Transfer budget"); the error says why it failed.
    void report(const QString& attempted, const Error& error);

signals:
    void reported(const QString& attempted, const allot::Error& error);
};

} // namespace allot

Q_DECLARE_METATYPE(allot::Error)
