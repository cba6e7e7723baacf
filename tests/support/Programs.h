#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace allot::test {

/// What a program run printed and how it ended.
struct Run
{
    int code = -1; ///< The exit code; -1 when it did not finish in time, -2 when it crashed.
    QString out;   ///< Standard output, trimmed.
    QString err;   ///< Standard error, trimmed.
};

/// Runs \a program with \a arguments to the end (at most a minute) and returns what it did;
/// in \a folder when one is given.
inline Run runProgram(const QString& program, const QStringList& arguments,
                      const QString& folder = {})
{
    QProcess process;
    if (!folder.isEmpty())
        process.setWorkingDirectory(folder);
    process.start(program, arguments);
    Run run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    run.err = QString::fromUtf8(process.readAllStandardError()).trimmed();
    return run;
}

} // namespace allot::test
