#pragma once

#include <QObject>

class QSocketNotifier;

namespace allot {

/// \brief Turns SIGTERM, SIGINT and SIGHUP (a desktop logging out, `kill`, Ctrl+C in a terminal)
/// into a signal of the event loop, so the window quits the normal way and closes its budget
/// instead of the process just dying. Does nothing on platforms without POSIX signals.
///
/// The handler itself only writes the signal's number to a socket (all a signal handler may
/// safely do); the event loop reads it there. One instance at a time.
class TerminationSignals final : public QObject
{
    Q_OBJECT

public:
    explicit TerminationSignals(QObject* parent = nullptr);
    ~TerminationSignals() override;

signals:
    void received(int signalNumber);

private:
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace allot
