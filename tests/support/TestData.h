#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTest>

namespace allot::test {

/// \brief The project's own sample bank files in tests/data/ (written for this project; they
/// cover every feature of each reader, so a clone on its own runs a complete suite).
/// \a relative is a path below tests/data/, e.g. "csv/sparkasse-semicolon.csv".
QString sampleFile(const QString& relative);
/// The bytes of a sample file; fails loudly (qFatal) when it cannot be read.
QByteArray sampleBytes(const QString& relative);
/// The names of the files in one folder of tests/data/ (e.g. "csv"), sorted.
QStringList sampleFiles(const QString& folder);

/// \brief The real-world corpus of bank files written by other projects, in
/// ../shared/import-corpus beside the source tree (or wherever ALLOT_IMPORT_CORPUS_DIR pointed
/// at configure time). It runs in addition to the samples when present.
QString corpusFile(const QString& relative);
QByteArray corpusBytes(const QString& relative);
QStringList corpusFiles(const QString& folder);
bool corpusPresent();
/// True when ALLOT_REQUIRE_CORPUS is set (CI sets it): a missing corpus is then a failure,
/// never a silent skip.
bool corpusRequired();
/// What a corpus test says when the corpus is not there.
QString corpusMissingMessage();

} // namespace allot::test

/// Skips the test (or its _data function, which skips the test) when the corpus is absent;
/// fails it instead when ALLOT_REQUIRE_CORPUS is set. A data-driven corpus test needs it at the
/// top of both functions: after a failed _data function Qt still runs the test function, whose
/// QFETCH would abort the whole run without it.
#define ALLOT_SKIP_WITHOUT_CORPUS()                                                                \
    do {                                                                                           \
        if (!allot::test::corpusPresent()) {                                                       \
            if (allot::test::corpusRequired())                                                     \
                QFAIL(qPrintable(allot::test::corpusMissingMessage()));                            \
            QSKIP(qPrintable(allot::test::corpusMissingMessage()));                                \
        }                                                                                          \
    } while (false)
