// allot-lock-probe DB
//
// Asks, from a process of its own, whether another connection still holds DB: it tries to take
// the exclusive lock that every open connection's shared lock blocks, without waiting.
//   prints "held" and exits 0   when another connection holds the file (the lock was refused)
//   prints "free" and exits 1   when nothing held it (a connection that lost its locks)
//   exits 2 with a message      when the probe itself failed
// It never writes: it rolls back at once, does not checkpoint on close and keeps the WAL.
// POSIX locks belong to a process, so this must run in a process other than the one it checks.

#include <sqlite3.h>

#include <cstdio>

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: allot-lock-probe DB\n");
        return 2;
    }
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "allot-lock-probe: %s\n", db ? sqlite3_errmsg(db) : "out of memory");
        sqlite3_close(db);
        return 2;
    }
    sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    int persist = 1;
    sqlite3_file_control(db, "main", SQLITE_FCNTL_PERSIST_WAL, &persist);
    // In exclusive locking mode SQLite takes the file's own exclusive lock instead of using the
    // shared-memory index: exactly what another connection's shared lock refuses.
    if (sqlite3_exec(db, "PRAGMA locking_mode = EXCLUSIVE", nullptr, nullptr, nullptr) !=
        SQLITE_OK) {
        std::fprintf(stderr, "allot-lock-probe: %s\n", sqlite3_errmsg(db));
        sqlite3_close(db);
        return 2;
    }
    const int rc = sqlite3_exec(db, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr);
    int status = 2;
    if (rc == SQLITE_OK) {
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        std::printf("free\n");
        status = 1;
    } else if ((rc & 0xff) == SQLITE_BUSY) {
        std::printf("held\n");
        status = 0;
    } else {
        std::fprintf(stderr, "allot-lock-probe: %s\n", sqlite3_errmsg(db));
    }
    sqlite3_close(db);
    return status;
}
