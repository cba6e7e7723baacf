#include "support/TestData.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

// Both folders come from the source tree at configure time (tests/CMakeLists.txt).
#ifndef ALLOT_TEST_DATA_DIR
#error "ALLOT_TEST_DATA_DIR must name tests/data of the source tree"
#endif
#ifndef ALLOT_CORPUS_DIR
#error "ALLOT_CORPUS_DIR must name the import corpus (it need not exist)"
#endif

namespace allot::test {

namespace {

QByteArray readOrDie(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the test file %s: %s", qPrintable(path),
               qPrintable(file.errorString()));
    return file.readAll();
}

QStringList filesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files, QDir::Name);
}

} // namespace

QString sampleFile(const QString& relative)
{
    return QStringLiteral(ALLOT_TEST_DATA_DIR "/") + relative;
}

QByteArray sampleBytes(const QString& relative)
{
    return readOrDie(sampleFile(relative));
}

QStringList sampleFiles(const QString& folder)
{
    return filesIn(sampleFile(folder));
}

QString corpusFile(const QString& relative)
{
    return QStringLiteral(ALLOT_CORPUS_DIR "/") + relative;
}

QByteArray corpusBytes(const QString& relative)
{
    return readOrDie(corpusFile(relative));
}

QStringList corpusFiles(const QString& folder)
{
    return filesIn(corpusFile(folder));
}

bool corpusPresent()
{
    return QFileInfo(QStringLiteral(ALLOT_CORPUS_DIR "/SOURCES.md")).isFile();
}

bool corpusRequired()
{
    return !qEnvironmentVariableIsEmpty("ALLOT_REQUIRE_CORPUS");
}

QString corpusMissingMessage()
{
    return QStringLiteral("the import corpus is not at %1 (clone the project beside shared/, or "
                          "configure with -DALLOT_IMPORT_CORPUS_DIR=...); the samples in "
                          "tests/data/ still ran")
        .arg(QDir::cleanPath(QStringLiteral(ALLOT_CORPUS_DIR)));
}

} // namespace allot::test
