#include "models/UndoStackMirror.h"

#include "actions/UndoHistory.h"
#include "models/BudgetSession.h"

#include <QTimer>
#include <QUndoCommand>

namespace allot {

/// One step of the log; undo()/redo() act on the database unless the stack is being rebuilt.
class LoggedStepCommand : public QUndoCommand
{
public:
    LoggedStepCommand(UndoStackMirror& mirror, const QString& label)
        : QUndoCommand(label), m_mirror(mirror)
    {
    }

    void undo() override
    {
        if (!m_mirror.m_syncing)
            m_mirror.runInDatabase(false);
    }
    void redo() override
    {
        if (!m_mirror.m_syncing)
            m_mirror.runInDatabase(true);
    }

private:
    UndoStackMirror& m_mirror;
};

UndoStackMirror::UndoStackMirror(BudgetSession& session, QObject* parent)
    : QObject(parent), m_session(session)
{
    connect(&m_session, &BudgetSession::changed, this, &UndoStackMirror::rebuild);
    connect(&m_session, &BudgetSession::closed, this, [this] {
        m_syncing = true;
        m_stack.clear();
        m_syncing = false;
    });
}

void UndoStackMirror::rebuild()
{
    if (m_running) {
        // Clearing the stack now would delete the command QUndoStack is still running.
        QTimer::singleShot(0, this, &UndoStackMirror::rebuild);
        return;
    }
    m_syncing = true;
    m_stack.clear();
    if (m_session.isOpen()) {
        auto steps = history::steps(m_session.database(), kDepth);
        if (steps) {
            int done = 0;
            // Oldest first: every done step, then the undone ones in the order redo takes them.
            for (auto it = steps->crbegin(); it != steps->crend(); ++it) {
                m_stack.push(new LoggedStepCommand(*this, it->label));
                if (!it->undone)
                    ++done;
            }
            m_stack.setIndex(done);
        } else {
            m_session.errors().report(tr("Read the undo history"), steps.error());
        }
    }
    m_stack.setClean();
    m_syncing = false;
}

void UndoStackMirror::runInDatabase(bool redo)
{
    m_running = true;
    const bool ok =
        redo ? m_session.perform(tr("Redo"), [](Database& db) { return history::redo(db); })
             : m_session.perform(tr("Undo"), [](Database& db) { return history::undo(db); });
    // On success the commit refreshes the session, which rebuilds the stack. On failure the
    // stack has moved but the log has not: rebuild it from the log once the stack is done.
    m_running = false;
    if (!ok)
        QTimer::singleShot(0, this, &UndoStackMirror::rebuild);
}

} // namespace allot
