#pragma once

#include "core/Error.h"

#include <QObject>
#include <QPointer>

class QMessageBox;
class QWidget;

namespace allot {

class ErrorReporter;

/// \brief Shows every reported failure as one error dialog: what was attempted, why it failed
/// in plain words, that nothing was changed, and the technical detail under "Show Details".
class ErrorDialogPresenter : public QObject
{
    Q_OBJECT

public:
    ErrorDialogPresenter(ErrorReporter& reporter, QWidget* parentWindow);

    /// Builds the dialog for an error (not yet shown); the caller owns it.
    static QMessageBox* createDialog(const QString& attempted, const Error& error, QWidget* parent);

    /// Tests that only listen to the reporter can turn the modal dialog off.
    void setEnabled(bool enabled) { m_enabled = enabled; }

private:
    void present(const QString& attempted, const Error& error);

    QPointer<QWidget> m_parent;
    bool m_enabled = true;
    bool m_showing = false;
};

} // namespace allot
