#pragma once

#include <QtGlobal>

#include <functional>

namespace allot::walcheck {

/// \brief What SQLite's recovery would make of a write-ahead log, and whether it would lose
/// frames that were written after a damaged one.
///
/// SQLite replays the frames of a WAL up to the last commit frame before the first invalid one
/// and ignores the rest without a word. At the end of the log that is right: a frame torn by a
/// crash or a power loss, or frames left from an older generation of the log (other salts)
/// after a restart. A valid-looking frame of the same generation after an invalid one means
/// that a frame which had been written was changed later: the work after it would be lost.
/// See https://www.sqlite.org/fileformat2.html#walformat and SQLite's wal.c.
struct WalReport
{
    enum class State {
        Empty,      ///< No frames: shorter than a header, or only zero bytes after one.
        Intact,     ///< Whatever SQLite ignores lies at the end: torn, or an older generation.
        HeaderTorn, ///< A WAL header whose checksum is wrong: SQLite ignores the whole log,
                    ///< as after a power loss while the log was restarted.
        NotAWal,    ///< The header is not a WAL header, but data follows it.
        Damaged,    ///< An invalid frame with later frames of the same log after it.
        Unreadable, ///< Reading the file failed.
    };
    State state = State::Empty;
    quint32 pageSize = 0;
    qint64 frames = 0;         ///< Whole frames in the file, valid or not.
    qint64 keptFrames = 0;     ///< Frames SQLite replays (up to the last valid commit frame).
    qint64 firstBadFrame = 0;  ///< 1-based; 0 when every frame is valid.
    qint64 firstBadOffset = 0; ///< Byte offset of that frame in the file.
    qint64 laterFrames = 0;    ///< Frames of the same generation after the first invalid one.
    qint64 laterCommits = 0;   ///< Of them, the ones that end a transaction.
};

/// Reads \a length bytes at \a offset into \a into; false on an I/O error or a short read.
using ReadAt = std::function<bool(qint64 offset, unsigned char* into, qint64 length)>;

/// Examines a WAL of \a size bytes read through \a readAt, frame by frame (never the whole file
/// at once: a large import can leave a large log).
WalReport examine(qint64 size, const ReadAt& readAt);

} // namespace allot::walcheck
