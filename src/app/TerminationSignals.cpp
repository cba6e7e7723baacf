#include "app/TerminationSignals.h"

#include <QSocketNotifier>
#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace allot {

#ifdef Q_OS_UNIX
namespace {

int g_socketPair[2] = {-1, -1};
constexpr int kSignals[] = {SIGTERM, SIGINT, SIGHUP};

extern "C" void writeSignalToSocket(int signalNumber)
{
    // write() may set errno under the feet of the code the signal interrupted.
    const int savedErrno = errno;
    const char byte = char(signalNumber);
    // Nothing can be done about a failed write inside a signal handler (a full socket means a
    // signal is already waiting to be read).
    [[maybe_unused]] const ssize_t written = ::write(g_socketPair[0], &byte, 1);
    errno = savedErrno;
}

} // namespace

TerminationSignals::TerminationSignals(QObject* parent) : QObject(parent)
{
    // Not inherited by programs the window starts; the handler's end never blocks.
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_socketPair) != 0) {
        qWarning("cannot watch for termination signals: socketpair failed");
        return;
    }
    ::fcntl(g_socketPair[0], F_SETFL, ::fcntl(g_socketPair[0], F_GETFL) | O_NONBLOCK);
    m_notifier = new QSocketNotifier(g_socketPair[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        if (::read(g_socketPair[1], &byte, 1) == 1)
            emit received(int(byte));
    });
    struct sigaction action = {};
    action.sa_handler = writeSignalToSocket;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (const int signalNumber : kSignals) {
        // A signal the starter chose to ignore (nohup, a shell's background job) stays ignored.
        struct sigaction previous = {};
        if (::sigaction(signalNumber, nullptr, &previous) == 0 && previous.sa_handler == SIG_IGN)
            continue;
        ::sigaction(signalNumber, &action, nullptr);
    }
}

TerminationSignals::~TerminationSignals()
{
    if (!m_notifier)
        return;
    for (const int signalNumber : kSignals) {
        struct sigaction current = {};
        if (::sigaction(signalNumber, nullptr, &current) == 0 &&
            current.sa_handler == writeSignalToSocket)
            std::signal(signalNumber, SIG_DFL);
    }
    delete m_notifier;
    ::close(g_socketPair[0]);
    ::close(g_socketPair[1]);
    g_socketPair[0] = g_socketPair[1] = -1;
}

#else

TerminationSignals::TerminationSignals(QObject* parent) : QObject(parent) {}
TerminationSignals::~TerminationSignals() = default;

#endif

} // namespace allot
