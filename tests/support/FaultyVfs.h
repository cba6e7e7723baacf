#pragma once

namespace allot::test {

/// \brief A SQLite VFS over the default one that can fail the n-th read, write or sync while
/// armed, the way SQLite's own I/O-error tests do. Registered as the default VFS, so Qt's
/// connections use it (Debian's QSQLITE links the system libsqlite3).
class FaultyVfs
{
public:
    enum class Operation { Read, Write, Sync };

    /// Registers the VFS once per process.
    static void install();
    /// Fails the \a n-th \a operation from now on (1-based); with \a persistent, every one after it
    /// too.
    static void arm(Operation operation, int n, bool persistent = false);
    static void disarm();
    /// Whether an armed failure happened since arm().
    static bool fired();
};

} // namespace allot::test
