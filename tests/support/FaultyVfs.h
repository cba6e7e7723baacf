#pragma once

#include <cstdint>

namespace allot::test {

/// \brief A SQLite VFS over the default one that can fail the n-th read, write or sync while
/// armed, the way SQLite's own I/O-error tests do, and simulate a power loss, the way SQLite's
/// crash tests do. Registered as the default VFS, so Qt's connections use it (Debian's QSQLITE
/// links the system libsqlite3).
///
/// Power loss: while journaling, every write (and truncation) of a database or WAL file goes to
/// the real file and is also remembered, with the bytes it replaced, until that file's next
/// sync makes it durable. The machine "stops" at powerOff(), or at the n-th write, truncation or
/// sync after armPowerLoss(n) (that call does not happen): from then on every I/O call fails, so
/// that closing a connection cannot checkpoint, delete or repair anything. Once the connections
/// are closed, simulatePowerLoss() takes back what the disk had not been promised to keep, deletes
/// the -shm files (SQLite rebuilds them from the WAL) and turns the power on again.
class FaultyVfs
{
public:
    /// What fails: a read, a write or a sync with an I/O error, a write because the disk is full,
    /// or taking a file lock.
    enum class Operation { Read, Write, Sync, DiskFull, Lock };

    /// What happens to a file's writes that were not synced when the power went off.
    enum class PowerLoss {
        Lost,    ///< All of them are lost.
        Partial, ///< A random number of the first of them reached the disk, the rest are lost.
        Torn,    ///< As Partial, and the first lost one reached the disk half (its first or its
                 ///< second half of bytes, the other half as it was before).
    };

    /// What simulatePowerLoss() did.
    struct PowerLossReport
    {
        int files = 0;    ///< Files with writes that were not synced.
        int unsynced = 0; ///< Writes and truncations that were not synced.
        int undone = 0;   ///< Of them, the ones taken back.
        int torn = 0;     ///< Writes that reached the disk half.
        int shmFilesDeleted = 0;
    };

    /// Registers the VFS once per process.
    static void install();
    /// Fails the \a n-th \a operation from now on (1-based); with \a persistent, every one after it
    /// too.
    static void arm(Operation operation, int n, bool persistent = false);
    static void disarm();
    /// Whether an armed failure happened since arm().
    static bool fired();

    /// Forgets earlier unsynced writes, turns the power on and starts remembering unsynced writes
    /// and counting disk operations (writes, truncations, syncs of any file).
    static void startJournaling();
    /// Stops journaling and forgets everything; the power is on again.
    static void stopJournaling();
    /// Disk operations since startJournaling() (the one the power went off at not included).
    static int diskOperations();
    /// The power goes off at the \a n-th disk operation from startJournaling() on (1-based); that
    /// one does not happen. 0 disarms.
    static void armPowerLoss(int n);
    /// The power goes off now.
    static void powerOff();
    /// Whether the power is off: every I/O call fails.
    static bool poweredOff();
    /// Call once every connection is closed: turns the power off (if it is not yet), takes back
    /// every file's unsynced writes as \a mode says (random choices from \a seed), newest first,
    /// deletes the -shm files of the journaled databases, then turns the power on and stops
    /// journaling.
    static PowerLossReport simulatePowerLoss(PowerLoss mode, std::uint32_t seed);
};

} // namespace allot::test
