#pragma once

#include "core/Result.h"

#include <QString>

#include <cstdint>
#include <memory>

struct sqlite3;

namespace allot::sqlitefiles {

/// Checks a file SQLite has just opened, before anything reads it: that it is an SQLite file,
/// not cut off, and not beside a rollback journal it never wrote. Reads through SQLite's own
/// file handle (a second descriptor would drop this process's locks on closing). The length
/// check runs only when no other connection has the file open: then no checkpoint can change
/// the file between reading its size and its header. Then too the -wal is examined before
/// SQLite replays it: a log with saved work after a damaged frame (which SQLite would drop
/// without a word) is refused, and neither file is changed.
Status inspect(sqlite3* handle, const QString& path);

/// Which -wal and -shm files a connection works on, as the file system names them (device and
/// inode; 0 until the file was first seen).
struct FileIds
{
    std::uint64_t walDevice = 0, walInode = 0;
    std::uint64_t shmDevice = 0, shmInode = 0;
};

/// Detached when the database file, its -wal or its -shm is no longer the file the connection
/// has open: deleted, or replaced by another of the same name. A -wal or -shm not seen before
/// is noted in \a seen, to be compared from then on.
Status checkInPlace(sqlite3* handle, FileIds& seen);

/// Whether files at the connection's path belong to someone else now (its -wal or -shm
/// replaced or deleted, or another file where the budget was): then closing must neither
/// checkpoint nor delete anything.
bool filesTakenOver(sqlite3* handle, const FileIds& seen);
/// Whether the database file was renamed, moved or deleted since it was opened.
bool hasMoved(sqlite3* handle);

/// A storage error on a full disk (SQLITE_FULL, or an I/O error from ENOSPC or a used-up quota,
/// which SQLite reports as such when it cannot even make the -shm to read the budget) says so:
/// which folder, how much is free, what to do. Other errors are returned as they are.
Error explainFullDisk(Error error, sqlite3* handle);

/// \brief The budget file held by this process alone, for replacing it as a whole (restore).
///
/// Holds SQLite's exclusive lock on the file, which no other connection can have open at the
/// same time: taking it waits up to a few seconds for other programs, then is refused. While it
/// is held, nothing else in the process may open the file (closing that descriptor would drop
/// the lock). Releasing it writes nothing and deletes nothing: by then the file at the path may
/// be a new one.
class ExclusiveHold
{
public:
    static Result<std::unique_ptr<ExclusiveHold>> take(const QString& path, int waitMs);
    ~ExclusiveHold();
    ExclusiveHold(const ExclusiveHold&) = delete;
    ExclusiveHold& operator=(const ExclusiveHold&) = delete;

private:
    static QString tr(const char* text);
    explicit ExclusiveHold(sqlite3* handle) : m_handle(handle) {}
    sqlite3* m_handle;
};

} // namespace allot::sqlitefiles
