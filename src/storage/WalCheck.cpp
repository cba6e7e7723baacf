#include "storage/WalCheck.h"

#include <QtEndian>

#include <cstring>
#include <vector>

namespace allot::walcheck {

namespace {

// The layout of https://www.sqlite.org/fileformat2.html#walformat.
constexpr qint64 kHeaderSize = 32;
constexpr qint64 kFrameHeaderSize = 24;
constexpr quint32 kMagic = 0x377f0682; // the lowest bit says big-endian checksums
constexpr quint32 kVersion = 3007000;

quint32 bigEndian32(const unsigned char* bytes)
{
    return qFromBigEndian<quint32>(bytes);
}

// SQLite's walChecksumBytes: a Fletcher-like sum over pairs of 32-bit words, cumulative from
// the header through every frame, in the byte order the magic number names.
struct Checksum
{
    quint32 s1 = 0, s2 = 0;

    void add(const unsigned char* bytes, qint64 length, bool bigEndianWords)
    {
        for (qint64 i = 0; i + 8 <= length; i += 8) {
            const quint32 first = bigEndianWords ? qFromBigEndian<quint32>(bytes + i)
                                                 : qFromLittleEndian<quint32>(bytes + i);
            const quint32 second = bigEndianWords ? qFromBigEndian<quint32>(bytes + i + 4)
                                                  : qFromLittleEndian<quint32>(bytes + i + 4);
            s1 += first + s2;
            s2 += second + s1;
        }
    }
    bool matches(const unsigned char* stored) const
    {
        return s1 == bigEndian32(stored) && s2 == bigEndian32(stored + 4);
    }
};

bool validPageSize(quint32 size)
{
    return size >= 512 && size <= 65536 && (size & (size - 1)) == 0;
}

// Whether anything but zero bytes follows the header: a file grown by a crash before its
// data reached the disk reads as zeros.
WalReport::State dataAfterHeader(qint64 size, const ReadAt& readAt)
{
    std::vector<unsigned char> chunk(64 * 1024);
    for (qint64 offset = kHeaderSize; offset < size; offset += qint64(chunk.size())) {
        const qint64 length = std::min<qint64>(qint64(chunk.size()), size - offset);
        if (!readAt(offset, chunk.data(), length))
            return WalReport::State::Unreadable;
        for (qint64 i = 0; i < length; ++i)
            if (chunk[size_t(i)] != 0)
                return WalReport::State::NotAWal;
    }
    return WalReport::State::Empty;
}

} // namespace

WalReport examine(qint64 size, const ReadAt& readAt)
{
    WalReport report;
    // SQLite reads a WAL only when it is longer than its header.
    if (size <= kHeaderSize)
        return report;
    unsigned char header[kHeaderSize] = {};
    if (!readAt(0, header, kHeaderSize)) {
        report.state = WalReport::State::Unreadable;
        return report;
    }
    const quint32 magic = bigEndian32(header);
    report.pageSize = bigEndian32(header + 8);
    if ((magic & ~quint32(1)) != kMagic || !validPageSize(report.pageSize)) {
        // SQLite would ignore every byte of it. No crash makes these bytes of a header
        // wrong: a restart rewrites them unchanged, and a new log's header reaches the disk
        // before its first frame is written.
        report.pageSize = 0;
        report.state = dataAfterHeader(size, readAt);
        return report;
    }
    const bool bigEndianWords = (magic & 1) != 0;
    Checksum running;
    running.add(header, kHeaderSize - 8, bigEndianWords);
    if (!running.matches(header + 24)) {
        // The magic number and page size are right but not the rest: a power loss while the
        // log was being restarted tears its header this way, and the frames after it are an
        // older generation already copied into the database file. SQLite ignores them all.
        report.state = WalReport::State::HeaderTorn;
        return report;
    }
    if (bigEndian32(header + 4) != kVersion) {
        // SQLite refuses to open a log of another version itself (SQLITE_CANTOPEN).
        report.state = WalReport::State::Intact;
        return report;
    }

    const qint64 frameSize = kFrameHeaderSize + qint64(report.pageSize);
    report.frames = (size - kHeaderSize) / frameSize;
    std::vector<unsigned char> frame(size_t(frameSize), 0);
    qint64 framesAfterLaterCommit = 0;
    for (qint64 index = 1; index <= report.frames; ++index) {
        const qint64 offset = kHeaderSize + (index - 1) * frameSize;
        const bool stillValid = report.firstBadFrame == 0;
        // Past the first invalid frame only the frame headers matter.
        if (!readAt(offset, frame.data(), stillValid ? frameSize : kFrameHeaderSize)) {
            report.state = WalReport::State::Unreadable;
            return report;
        }
        const bool ofThisLog =
            std::memcmp(frame.data() + 8, header + 16, 8) == 0 && bigEndian32(frame.data()) != 0;
        const bool commits = bigEndian32(frame.data() + 4) != 0;
        if (stillValid) {
            bool valid = ofThisLog;
            if (valid) {
                running.add(frame.data(), 8, bigEndianWords);
                running.add(frame.data() + kFrameHeaderSize, report.pageSize, bigEndianWords);
                valid = running.matches(frame.data() + 16);
            }
            if (valid) {
                if (commits)
                    report.keptFrames = index;
                continue;
            }
            report.firstBadFrame = index;
            report.firstBadOffset = offset;
            continue;
        }
        if (ofThisLog) {
            ++report.laterFrames;
            if (commits) {
                ++report.laterCommits;
                framesAfterLaterCommit = 0;
            } else {
                ++framesAfterLaterCommit;
            }
        }
    }
    // Frames of this log after the invalid one that end no transaction are the remains of a
    // transaction that was rolled back (after a failed write, or after spilling pages), which
    // the next one overwrote only in part: nothing saved is in them. One commit frame after
    // it, and nothing of this log after that, is the last transaction caught by a power loss:
    // its frames reach the disk in any order, it was never confirmed, and SQLite rightly drops
    // it. Anything written after a later commit means that commit had been synced, and so had
    // the invalid frame before it: work that was saved would be lost.
    const bool savedWorkAfter =
        report.laterCommits > 1 || (report.laterCommits == 1 && framesAfterLaterCommit > 0);
    report.state = savedWorkAfter ? WalReport::State::Damaged : WalReport::State::Intact;
    return report;
}

} // namespace allot::walcheck
