#pragma once

#include "models/BudgetSession.h"

#include <QElapsedTimer>
#include <QPointer>

class QProgressDialog;
class QWidget;

namespace allot {

/// \brief A progress dialog for an action that takes a while: it appears after a moment, keeps
/// the window painting, and its Cancel button rolls the action back.
class LongWorkDialog final : public LongWork
{
public:
    LongWorkDialog(const QString& attempted, QWidget* parent);
    ~LongWorkDialog() override;

    bool keepGoing() override;

    /// How long an action runs before the dialog appears.
    static constexpr int kDelayMs = 400;

private:
    QString m_attempted;
    QPointer<QWidget> m_parent;
    QPointer<QProgressDialog> m_dialog;
    QElapsedTimer m_running;
};

} // namespace allot
