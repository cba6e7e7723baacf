// A tripwire for SQL built from values: every place in src/ where an SQL text is completed with
// QString::arg() must be one of the reviewed places below, which put in identifiers the code
// itself chooses (table and column names from fixed lists, savepoint depths, pragma numbers),
// never anything a user typed or a file contained. Values are always bound.
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QTest>

class TestSqlBinding : public QObject
{
    Q_OBJECT

private slots:
    void sqlIsCompletedWithArgOnlyWhereReviewed()
    {
        // file (relative to src/) -> how many reviewed places it has, and why they are safe.
        const QMap<QString, int> reviewed{
            // Table and column names from the actions' constants, checked against the schema
            // for names read from the undo log (kUndoableTables, columnsOf()).
            {QStringLiteral("actions/ChangeRecorder.cpp"), 13},
            // Constant table name and WHERE fragment of deletePerson().
            {QStringLiteral("actions/HouseholdActions.cpp"), 1},
            // sortExpression() is one of a fixed set of column expressions.
            {QStringLiteral("actions/RegisterQuery.cpp"), 4},
            // Integers (busy timeout, cache size, application id, schema version) and catalogue
            // table names.
            {QStringLiteral("storage/SqliteDialect.cpp"), 5},
            // Savepoint names carry the nesting depth, an int.
            {QStringLiteral("storage/TransactionEngine.cpp"), 4},
        };
        static const QRegularExpression sqlArg(QStringLiteral(
            "QStringLiteral\\(\\s*((?:\"(?:[^\"\\\\]|\\\\.)*\"\\s*)+)\\)\\s*\\.arg\\("));
        static const QRegularExpression sqlWord(
            QStringLiteral("\\b(SELECT|INSERT|UPDATE|DELETE|PRAGMA|SAVEPOINT|RELEASE|ROLLBACK|"
                           "VACUUM|WHERE|ORDER BY|AND \\()\\b"));
        QMap<QString, int> found;
        QDirIterator files(QStringLiteral(ALLOT_SOURCE_DIR),
                           {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                           QDirIterator::Subdirectories);
        int scanned = 0;
        while (files.hasNext()) {
            const QString path = files.next();
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            ++scanned;
            for (auto it = sqlArg.globalMatch(text); it.hasNext();) {
                const auto match = it.next();
                if (sqlWord.match(match.captured(1)).hasMatch())
                    ++found[path.mid(int(QStringLiteral(ALLOT_SOURCE_DIR).size()) + 1)];
            }
        }
        QVERIFY(scanned > 50);
        QStringList problems;
        for (auto it = found.cbegin(); it != found.cend(); ++it) {
            if (it.value() > reviewed.value(it.key()))
                problems << QStringLiteral("%1 completes SQL text with arg() in %2 places (%3 "
                                           "reviewed): bind values "
                                           "instead, or review the new place and count it here")
                                .arg(it.key())
                                .arg(it.value())
                                .arg(reviewed.value(it.key()));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestSqlBinding)
#include "tst_sqlbinding.moc"
