#pragma once

#include <QObject>
#include <QUndoStack>

namespace allot {

class BudgetSession;

/// \brief A QUndoStack that mirrors the budget's undo log, which lives in the database.
///
/// The stack holds one command per logged step, so Edit > Undo names the step ("Undo Transfer
/// 100.00 from Food to Fun"). Undoing or redoing a command runs history::undo()/redo(), each its
/// own transaction; the stack is then rebuilt from the log, so it also follows what another
/// process did. A failed undo or redo is reported and changes nothing.
class UndoStackMirror : public QObject
{
    Q_OBJECT

public:
    explicit UndoStackMirror(BudgetSession& session, QObject* parent = nullptr);

    QUndoStack& stack() { return m_stack; }

    /// How many logged steps the stack mirrors at most.
    static constexpr int kDepth = 200;

public slots:
    void rebuild();

private:
    friend class LoggedStepCommand;
    void runInDatabase(bool redo);

    BudgetSession& m_session;
    QUndoStack m_stack;
    bool m_syncing = false;
    bool m_running = false; ///< A command's undo()/redo() is on the stack: do not delete it.
};

} // namespace allot
