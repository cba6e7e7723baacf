#pragma once

#include <QByteArray>
#include <QFile>

namespace allot::bench {

/// A line of /proc/self/status in MB: "VmRSS:" now, "VmHWM:" at the peak (which, unlike
/// getrusage()'s, starts afresh with exec()). -1 where there is no such file or line.
inline long processMemoryMb(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').first().toLong() / 1024;
    }
    return -1;
}

} // namespace allot::bench
