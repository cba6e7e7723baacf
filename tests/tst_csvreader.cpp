// The CSV reader on text written in the tests: splitting, detection, dates, reading rules,
// amounts, hostile input and saved mappings; and CsvStream, which must read what readCsv() reads
// (on generated text, on every sample in tests/data/csv and on the corpus). tst_csvsamples reads
// the samples and the corpus whole.

#include "formats/CsvReader.h"
#include "support/TestData.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace allot;
using namespace allot::formats;

#define ALLOT_VERIFY_STREAM(r)                                                                     \
    QVERIFY2((r).ok(), qPrintable((r).ok() ? QString() : (r).error().message))

namespace {

QString problemsText(const ReadResult& result)
{
    QStringList lines;
    for (const ReadProblem& p : result.problems)
        lines.append(QStringLiteral("line %1: %2").arg(p.line).arg(p.message));
    return lines.join(QLatin1Char('\n'));
}

/// Reads text (not bytes) with no mapping, for the small made-up files below.
Result<ReadResult> readText(const QString& text)
{
    return readCsv(text.toUtf8());
}

// Every field of every record, and the problems and warnings, as one text to compare.
QString everything(const ReadResult& result, const QVector<ImportedTransaction>& records)
{
    QStringList lines{result.description};
    for (const ImportedTransaction& t : records) {
        QStringList splits;
        for (const ImportedSplit& s : t.splits)
            splits << s.category + QLatin1Char('=') + QString::number(s.amount) + s.memo;
        lines << QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8|%9")
                     .arg(t.line)
                     .arg(t.date.toString(Qt::ISODate))
                     .arg(t.amount)
                     .arg(t.payee, t.memo, t.category, t.externalId, t.fileAccount,
                          splits.join(QLatin1Char(';')));
    }
    lines << problemsText(result) << result.warnings;
    return lines.join(QLatin1Char('\n'));
}

/// Reads \a bytes with CsvStream in slices of several sizes, and whole, and compares.
void compareStreamWithWhole(const QByteArray& bytes)
{
    const auto whole = readCsv(bytes);
    for (const qsizetype slice :
         {qsizetype(1), qsizetype(7), qsizetype(100), qsizetype(4096), qsizetype(1) << 22}) {
        auto stream = CsvStream::open(bytes, std::nullopt, slice);
        if (!whole) {
            QVERIFY(!stream.ok());
            QCOMPARE(stream.error().message, whole.error().message);
            continue;
        }
        ALLOT_VERIFY_STREAM(stream);
        if (!*stream)
            continue; // read whole (UTF-16, or dates that read two ways)
        QVector<ImportedTransaction> records;
        for (;;) {
            const QVector<ImportedTransaction> batch = (*stream)->next();
            if (batch.isEmpty())
                break;
            records += batch;
        }
        QCOMPARE(everything((*stream)->progress(), records),
                 everything(*whole, whole->transactions));
        QCOMPARE((*stream)->total(), totalOf(whole->transactions));
        // And once more from the start, as a retried import reads it.
        (*stream)->restart();
        QVector<ImportedTransaction> again;
        for (auto batch = (*stream)->next(); !batch.isEmpty(); batch = (*stream)->next())
            again += batch;
        QCOMPARE(again.size(), records.size());
    }
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    // ---------------------------------------------------------------- reading in slices

    void aStreamReadsWhatTheWholeFileReads_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        // Every sample: each way a file can be written (tests/data/README.md).
        for (const QString& name : allot::test::sampleFiles(QStringLiteral("csv")))
            QTest::newRow(qPrintable(QStringLiteral("csv/") + name))
                << allot::test::sampleBytes(QStringLiteral("csv/") + name);
        // What spans lines and slices: a quoted field with line breaks, rows that continue the
        // record above, a preamble, blank lines, CRLF, a row that cannot be read, Windows-1252.
        QTest::newRow("spanning") << QByteArray(
            "Account: 123\r\n\r\nDate,Payee,Amount,Memo\r\n"
            "2026-01-02,\"Bakery, \"\"Old\"\"\nTown\",-3.50,one\r\n"
            ",,,goes on\r\n,,,and on\r\n"
            "2026-01-03,Shop,-1.00,\r\n"
            "2026-01-32,Bad date,-1.00,\r\n\r\n"
            "2026-01-04,\"Multi\r\nline\r\npayee\",2.00,x\r\n"
            ",,,last words\r\n");
        QTest::newRow("windows-1252") << QByteArray("Date;Payee;Amount\n"
                                                    "02.01.2026;Caf\xe9 M\xfc"
                                                    "ller;-3,50\n"
                                                    "03.01.2026;B\xe4"
                                                    "ckerei;-1,20\n");
        QByteArray many("Date,Payee,Amount\n");
        for (int i = 0; i < 3000; ++i)
            many += QByteArray("2026-") + QByteArray::number(1 + i % 12).rightJustified(2, '0') +
                    '-' + QByteArray::number(1 + i % 28).rightJustified(2, '0') + ",\"Payee " +
                    QByteArray::number(i % 97) + (i % 50 == 0 ? "\nsecond line" : "") + "\"," +
                    QByteArray::number(-(i % 900) - 1) + ".25\n";
        QTest::newRow("3,000 rows") << many;
        // Past the first megabyte, where detection does not look: a stray quote early (text,
        // not a quoted field) and a quoted field over two lines late.
        QByteArray stray("Date,Payee,Amount\n2024-01-02,Pizza 12\" large,-5.00\n");
        while (stray.size() < (1 << 20) + 5000)
            stray += "2024-01-03,Corner shop,-1.25\n";
        stray += "2024-03-01,\"ACME\nRef 123\",-9.99\n2024-03-02,Shop,-2.00\n";
        QTest::newRow("stray quote, then a field over two lines") << stray;
        // Day and month padded in the first megabyte, not later: the whole file says d/M.
        QByteArray padding("Date,Payee,Amount\n");
        while (padding.size() < (1 << 20) + 5000)
            padding += "15/10/2025,Shop,-1.00\n";
        padding += "5/3/2025,Shop,-2.00\n";
        QTest::newRow("unpadded dates after the first megabyte") << padding;
        // Windows-1252 whose only byte past ASCII is the last, with no line end after it.
        QTest::newRow("windows-1252 at the very end")
            << QByteArray("Date,Payee,Amount,Memo\n2026-01-02,Shop,-3.00,Caf\xe9");
    }
    void aStreamReadsWhatTheWholeFileReads()
    {
        QFETCH(QByteArray, bytes);
        compareStreamWithWhole(bytes);
    }

    // The real-world corpus, in addition (skipped without it).
    void aStreamReadsWhatTheWholeCorpusFileReads_data()
    {
        ALLOT_SKIP_WITHOUT_CORPUS();
        QTest::addColumn<QByteArray>("bytes");
        for (const QString& name : allot::test::corpusFiles(QStringLiteral("csv")))
            QTest::newRow(qPrintable(name))
                << allot::test::corpusBytes(QStringLiteral("csv/") + name);
    }
    void aStreamReadsWhatTheWholeCorpusFileReads()
    {
        ALLOT_SKIP_WITHOUT_CORPUS();
        QFETCH(QByteArray, bytes);
        compareStreamWithWhole(bytes);
    }

    // ---------------------------------------------------------------- splitCsv

    void splitsQuotedFields()
    {
        const auto rows = splitCsv(
            QStringLiteral("a,\"b \"\"quoted\"\", c\",d\r\n\"\",x,\"\"\"\"\r\n"), QLatin1Char(','));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).fields,
                 QStringList({QStringLiteral("a"), QStringLiteral("b \"quoted\", c"),
                              QStringLiteral("d")}));
        QCOMPARE(rows.at(1).fields,
                 QStringList({QString(), QStringLiteral("x"), QStringLiteral("\"")}));
        QCOMPARE(rows.at(1).line, 2);
    }

    void splitsEmbeddedNewlinesAndKeepsLines()
    {
        const auto rows = splitCsv(QStringLiteral("1,\"two\nlines\",3\n4,\"x\r\ny\r\nz\",6\n7,8,9"),
                                   QLatin1Char(','));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).line, 1);
        QCOMPARE(rows.at(0).fields.at(1), QStringLiteral("two\nlines"));
        QCOMPARE(rows.at(1).line, 3);
        QCOMPARE(rows.at(1).fields.at(1), QStringLiteral("x\ny\nz"));
        QCOMPARE(rows.at(2).line, 6);
        QCOMPARE(rows.at(2).fields,
                 QStringList({QStringLiteral("7"), QStringLiteral("8"), QStringLiteral("9")}));
    }

    void splitsEveryLineEnding()
    {
        // CR only (classic Mac), with no final line break.
        auto rows = splitCsv(QStringLiteral("a,b\rc,d\re,f"), QLatin1Char(','));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(2).line, 3);
        QCOMPARE(rows.at(2).fields, QStringList({QStringLiteral("e"), QStringLiteral("f")}));
        // "\r\r\n" is one line ending, also inside quotes.
        rows = splitCsv(QStringLiteral("a,b\r\r\n\"c\r\r\nd\",e\r\r\nf,g\r\r\n"), QLatin1Char(','));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(1).line, 2);
        QCOMPARE(rows.at(1).fields.at(0), QStringLiteral("c\nd"));
        QCOMPARE(rows.at(2).line, 4);
        // LF and CRLF mixed; a blank line is a row of one empty field.
        rows = splitCsv(QStringLiteral("a\r\n\nb\n"), QLatin1Char(','));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(1).fields, QStringList({QString()}));
        QCOMPARE(rows.at(2).line, 3);
    }

    void splitsLeniently()
    {
        // A trailing delimiter is an empty last field.
        auto rows = splitCsv(QStringLiteral("a,b,\nc,d,"), QLatin1Char(','));
        QCOMPARE(rows.at(0).fields.size(), 3);
        QCOMPARE(rows.at(1).fields.size(), 3);
        QCOMPARE(rows.at(1).fields.at(2), QString());
        // A quote inside an unquoted field is text (Rabobank's missing opening quote).
        rows = splitCsv(QStringLiteral("NL77\",\"EUR\",x\n"), QLatin1Char(','));
        QCOMPARE(rows.at(0).fields, QStringList({QStringLiteral("NL77\""), QStringLiteral("EUR"),
                                                 QStringLiteral("x")}));
        // Text after a closing quote stays in the field.
        rows = splitCsv(QStringLiteral("\"ab\"c;d"), QLatin1Char(';'));
        QCOMPARE(rows.at(0).fields, QStringList({QStringLiteral("abc"), QStringLiteral("d")}));
        // A quote that never closes is text; the next lines are still rows.
        rows = splitCsv(QStringLiteral("a,\"b\nc,d\n"), QLatin1Char(','));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).fields.at(1), QStringLiteral("\"b"));
        QCOMPARE(rows.at(1).line, 2);
        QCOMPARE(rows.at(1).fields, QStringList({QStringLiteral("c"), QStringLiteral("d")}));
        // Tabs, and nothing at all.
        rows = splitCsv(QStringLiteral("1\t2\t\"3\t4\""), QLatin1Char('\t'));
        QCOMPARE(rows.at(0).fields.at(2), QStringLiteral("3\t4"));
        QVERIFY(splitCsv(QString(), QLatin1Char(',')).isEmpty());
    }

    // ---------------------------------------------------------------- detection

    void readsColumnNamesItDoesNotKnow()
    {
        // Finnish names: a first row of words above rows of dates is a header.
        const QByteArray bytes = QStringLiteral("Päivämäärä;Saaja;Summa\n"
                                                "01.02.2020;K-Market;-12,50\n"
                                                "03.02.2020;Palkka;2000,00\n")
                                     .toUtf8();
        const auto mapping = detectCsvMapping(bytes);
        QVERIFY(mapping.ok());
        QCOMPARE(mapping->headerRow, 0);
        QCOMPARE(mapping->firstDataRow, 1);
        const auto read = readCsv(bytes);
        QVERIFY(read.ok());
        QCOMPARE(read->transactions.size(), 2);
        QCOMPARE(totalOf(read->transactions), qint64(198750));
        QCOMPARE(read->transactions.at(0).payee, QStringLiteral("K-Market"));
        QVERIFY(read->problems.isEmpty());
    }

    void matchesMultilingualNames()
    {
        // Accents, case and punctuation do not matter; money out and in by name.
        const QByteArray bytes = QStringLiteral("  DATE DE TRANSACTION ;Libellé;Débit;Crédit\n"
                                                "2020-05-01;Boulangerie;3,20;\n"
                                                "2020-05-02;Salaire;;1 500,00\n")
                                     .toUtf8();
        const auto mapping = detectCsvMapping(bytes);
        QVERIFY(mapping.ok());
        QCOMPARE(mapping->dateColumn, 0);
        QCOMPARE(mapping->payeeColumn, 1);
        QCOMPARE(mapping->debitColumn, 2);
        QCOMPARE(mapping->creditColumn, 3);
        const auto read = readCsv(bytes);
        QVERIFY(read.ok());
        QCOMPARE(totalOf(read->transactions), qint64(150000 - 320));
    }

    void choosesTheDateOrder()
    {
        // A day above 12 proves day-first.
        auto mapping = detectCsvMapping("Date,Amount,Payee\n02/03/2020,1.00,A\n"
                                        "04/05/2020,2.00,B\n25/06/2020,3.00,C\n");
        QVERIFY(mapping.ok());
        QCOMPARE(mapping->dateFormat, QStringLiteral("dd/MM/yyyy"));
        // ... and a "month" above 12 proves month-first.
        mapping = detectCsvMapping("Date,Amount,Payee\n02/03/2020,1.00,A\n06/25/2020,2.00,B\n");
        QVERIFY(mapping.ok());
        QCOMPARE(mapping->dateFormat, QStringLiteral("MM/dd/yyyy"));
        // Nothing proves it, but only month-first keeps the rows in date order.
        mapping = detectCsvMapping("Date,Amount,Payee\n05/01/2020,1.00,A\n05/02/2020,1.00,B\n"
                                   "06/01/2020,1.00,C\n");
        QVERIFY(mapping.ok());
        QCOMPARE(mapping->dateFormat, QStringLiteral("MM/dd/yyyy"));
        // Nothing at all decides: day-first, and a warning says so.
        const auto read = readCsv("Date,Amount,Payee\n01/02/2020,1.00,A\n03/04/2020,2.00,B\n");
        QVERIFY(read.ok());
        QCOMPARE(read->transactions.at(0).date, QDate(2020, 2, 1));
        QVERIFY(read->warnings.join(QLatin1Char(' ')).contains(QLatin1String("day or the month")));
        // Unpadded dates keep an unpadded format; two-digit years are this century below 70.
        mapping = detectCsvMapping("Date,Amount\n3/7/21,1.00\n12/24/21,2.00\n");
        QVERIFY(mapping.ok());
        QCOMPARE(mapping->dateFormat, QStringLiteral("M/d/yy"));
        // Compact and named-month dates.
        const auto compact = readCsv("Date;Amount\n20210131;-1,00\n20210201;2,00\n");
        QVERIFY(compact.ok());
        QCOMPARE(compact->transactions.at(0).date, QDate(2021, 1, 31));
        const auto named = readCsv("Date,Amount\n1-Feb-2021,1.00\n28-Sep-2021,2.00\n");
        QVERIFY(named.ok());
        QCOMPARE(named->transactions.at(1).date, QDate(2021, 9, 28));
    }

    void detectsEveryDateForm_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QDate>("firstDate");
        QTest::addColumn<QDate>("secondDate");
        // Every form detection tries, unpadded; the 17th proves which number is the day.
        const char* const forms[][3] = {
            {"2024-3-5", "2024-3-17", "yyyy-M-d"},
            {"2024/3/5", "2024/3/17", "yyyy/M/d"},
            {"2024.3.5", "2024.3.17", "yyyy.M.d"},
            {"2024.3.5.", "2024.3.17.", "yyyy.M.d."},
            {"5.3.2024", "17.3.2024", "d.M.yyyy"},
            {"5.3.24", "17.3.24", "d.M.yy"},
            {"5/3/2024", "17/3/2024", "d/M/yyyy"},
            {"3/5/2024", "3/17/2024", "M/d/yyyy"},
            {"5/3/24", "17/3/24", "d/M/yy"},
            {"3/5/24", "3/17/24", "M/d/yy"},
            {"5-3-2024", "17-3-2024", "d-M-yyyy"},
            {"3-5-2024", "3-17-2024", "M-d-yyyy"},
            {"5-3-24", "17-3-24", "d-M-yy"},
            {"3-5-24", "3-17-24", "M-d-yy"},
            {"5-Mar-2024", "17-Mar-2024", "d-MMM-yyyy"},
            {"5-Mar-24", "17-mar-24", "d-MMM-yy"},
            {"5 Mar 2024", "17 March 2024", "d MMM yyyy"},
            {"5 Mar 24", "17 MAR 24", "d MMM yy"},
            {"5/Mar/2024", "17/Mar/2024", "d/MMM/yyyy"},
            {"5.Mar.2024", "17.Mar.2024", "d.MMM.yyyy"},
            {"5. Mar 2024", "17. Mar 2024", "d. MMM yyyy"},
            {"Mar 5, 2024", "Mar 17, 2024", "MMM d, yyyy"},
            {"Mar 5 2024", "Mar 17 2024", "MMM d yyyy"},
            {"2024-Mar-5", "2024-Mar-17", "yyyy-MMM-d"},
            {"5/3 2024", "17/3 2024", "d/M yyyy"},
        };
        for (const auto& form : forms)
            QTest::newRow(form[2])
                << QString::fromLatin1(form[0]) << QString::fromLatin1(form[1])
                << QString::fromLatin1(form[2]) << QDate(2024, 3, 5) << QDate(2024, 3, 17);
        // Padded day and month name the format dd/MM; a time may follow; "Sept"; two-digit
        // years below 70 are this century, from 70 the last.
        QTest::newRow("padded") << "05.03.2024"
                                << "17.03.2024"
                                << "dd.MM.yyyy" << QDate(2024, 3, 5) << QDate(2024, 3, 17);
        QTest::newRow("with times") << "2024-03-05 08:30"
                                    << "2024-03-17T23:59:59"
                                    << "yyyy-MM-dd" << QDate(2024, 3, 5) << QDate(2024, 3, 17);
        QTest::newRow("Sept") << "5 Sep 2024"
                              << "17 Sept 2024"
                              << "d MMM yyyy" << QDate(2024, 9, 5) << QDate(2024, 9, 17);
        QTest::newRow("years 69 and 70") << "5.3.69"
                                         << "17.3.70"
                                         << "d.M.yy" << QDate(2069, 3, 5) << QDate(1970, 3, 17);
    }
    void detectsEveryDateForm()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(QString, format);
        QFETCH(QDate, firstDate);
        QFETCH(QDate, secondDate);
        const auto read =
            readText(QStringLiteral("Date;Amount\n%1;1.00\n%2;2.00\n").arg(first, second));
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
        QCOMPARE(
            read->description,
            QStringLiteral("CSV, semicolon-separated, header on line 1, dates %1, decimal point")
                .arg(format));
        QCOMPARE(read->transactions.size(), 2);
        QCOMPARE(read->transactions.at(0).date, firstDate);
        QCOMPARE(read->transactions.at(1).date, secondDate);
        QVERIFY2(read->warnings.isEmpty(), qPrintable(read->warnings.join(QLatin1Char('\n'))));
    }

    void readsEveryCreditAndDebitWord()
    {
        // The words of a CR/DR column, in any case; a column of nothing else is found without
        // a name.
        const QStringList credits = {
            QStringLiteral("CR"),     QStringLiteral("Credit"),     QStringLiteral("crédit"),
            QStringLiteral("Inflow"), QStringLiteral("Haben"),      QStringLiteral("Bij"),
            QStringLiteral("IN"),     QStringLiteral("Gutschrift"), QStringLiteral("C/R")};
        const QStringList debits = {QStringLiteral("dr"),          QStringLiteral("DEBIT"),
                                    QStringLiteral("Débit"),       QStringLiteral("Debet"),
                                    QStringLiteral("outflow"),     QStringLiteral("Soll"),
                                    QStringLiteral("Af"),          QStringLiteral("Out"),
                                    QStringLiteral("Lastschrift"), QStringLiteral("D/R")};
        QString text = QStringLiteral("Date;Amount;Mark\n");
        for (const QString& word : credits + debits)
            text += QStringLiteral("2024-01-02;5,00;%1\n").arg(word);
        const auto mapping = detectCsvMapping(text.toUtf8());
        QVERIFY(mapping.ok());
        QCOMPARE(mapping->creditDebitColumn, 2);
        const auto read = readText(text);
        QVERIFY(read.ok());
        QCOMPARE(read->transactions.size(), credits.size() + debits.size());
        for (int i = 0; i < read->transactions.size(); ++i)
            QCOMPARE(read->transactions.at(i).amount, qint64(i < credits.size() ? 500 : -500));
        // With no word, a signed amount keeps its sign and an unsigned one is money out.
        const auto mixed = readText(QStringLiteral("Date;Amount;Mark\n2024-01-02;5,00;CR\n"
                                                   "2024-01-03;7,00;DR\n2024-01-04;-2,00;\n"
                                                   "2024-01-05;+3,00;\n2024-01-06;4,00;\n"));
        QVERIFY(mixed.ok());
        QCOMPARE(totalOf(mixed->transactions), qint64(500 - 700 - 200 + 300 - 400));
    }

    void refusesFilesItCannotUnderstand()
    {
        auto mapping = detectCsvMapping("hello\nworld\n");
        QVERIFY(!mapping.ok());
        QVERIFY(!mapping.error().message.isEmpty());
        mapping = detectCsvMapping("a,b\nc,d\ne,f\n");
        QVERIFY(!mapping.ok());
        QVERIFY(mapping.error().message.contains(QLatin1String("dates")));
        mapping = detectCsvMapping("Date,Text\n2020-01-01,a\n2020-01-02,b\n");
        QVERIFY(!mapping.ok());
        QVERIFY(mapping.error().message.contains(QLatin1String("amounts")));
    }

    // ---------------------------------------------------------------- reading rules

    void leavesOutRowsItCannotRead()
    {
        const auto read = readCsv("Date,Amount,Payee\n"
                                  "31/01/2020,1.00,A\n"
                                  "31/02/2020,2.00,B\n"
                                  "29/02/2020,1e9999,C\n"
                                  "01/03/2020,--5,D\n"
                                  "02/03/2020,0.00,E\n"
                                  "03/03/2020,,F\n"
                                  "04/03/2020,n/a,G\n"
                                  "Pending,3.00,H\n"
                                  "05/03/2020,4.00,I\n");
        QVERIFY(read.ok());
        QCOMPARE(read->transactions.size(), 2);
        QCOMPARE(totalOf(read->transactions), qint64(500));
        // Unreadable rows are problems; a zero amount and a pending row are notes.
        QCOMPARE(read->problems.size(), 5);
        const QVector<int> lines = {3, 4, 5, 7, 8};
        for (int i = 0; i < lines.size(); ++i)
            QCOMPARE(read->problems.at(i).line, lines.at(i));
        QVERIFY(read->problems.at(0).message.contains(QLatin1String("does not exist")));
        QVERIFY(read->problems.at(1).message.contains(QLatin1String("1e9999")));
        QVERIFY(read->problems.at(2).message.contains(QLatin1String("more than one sign")));
        QVERIFY(read->problems.at(3).message.contains(QLatin1String("no amount")));
        QVERIFY(read->warnings.contains(
            QStringLiteral("Line 6: the amount is zero; nothing to import")));
        QVERIFY(read->warnings.contains(QStringLiteral("Line 9 is still pending; left out")));
    }

    void readsWithAGivenMapping()
    {
        CsvMapping mapping;
        mapping.delimiter = QLatin1Char('|');
        mapping.headerRow = -1;
        mapping.firstDataRow = 1;
        mapping.dateColumn = 1;
        mapping.amountColumn = 0;
        mapping.memoColumn = 2;
        mapping.dateFormat = QStringLiteral("yyyy-MM-dd");
        mapping.decimalSeparator = QLatin1Char(',');
        mapping.negateAmounts = true;
        const auto read =
            readCsv("junk line\n12,50|2021-03-04|Coffee\n-3|2021-03-05|Back\n", mapping);
        QVERIFY(read.ok());
        QCOMPARE(read->transactions.size(), 2);
        QCOMPARE(read->transactions.at(0).amount, qint64(-1250));
        QCOMPARE(read->transactions.at(0).payee, QStringLiteral("Coffee"));
        QCOMPARE(read->transactions.at(1).amount, qint64(300));
        QVERIFY(read->description.contains(QLatin1String("no header")));
        // A mapping that names no date column is refused.
        mapping.dateColumn = -1;
        QVERIFY(!readCsv("x", mapping).ok());
    }

    // ---------------------------------------------------------------- amounts

    void parsesBankAmounts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QChar>("decimal");
        QTest::addColumn<qint64>("minor");
        const QChar dot = QLatin1Char('.');
        const QChar comma = QLatin1Char(',');
        QTest::newRow("grouped dot") << "1,234.56" << dot << qint64(123456);
        QTest::newRow("grouped comma") << "1.234,56" << comma << qint64(123456);
        QTest::newRow("swiss") << "11'373.94" << dot << qint64(1137394);
        QTest::newRow("comma negative") << "-36,99" << comma << qint64(-3699);
        QTest::newRow("pound") << "£1,183.23" << dot << qint64(118323);
        QTest::newRow("detached plus") << "+ £1,100.00" << dot << qint64(110000);
        QTest::newRow("parentheses") << "(12.50)" << dot << qint64(-1250);
        QTest::newRow("trailing minus") << "12.50-" << dot << qint64(-1250);
        QTest::newRow("CHF code") << "CHF 1'000.00" << dot << qint64(100000);
        QTest::newRow("EUR after") << "-5,00 EUR" << comma << qint64(-500);
        QTest::newRow("minus before dollar") << "- $ 5" << dot << qint64(-500);
        QTest::newRow("minus after dollar") << "$-5" << dot << qint64(-500);
        QTest::newRow("euro") << "€ 7,5" << comma << qint64(750);
        QTest::newRow("space grouping") << "1 234,56" << comma << qint64(123456);
        QTest::newRow("CR") << "12.50 CR" << dot << qint64(1250);
        QTest::newRow("DR") << "12.50 DR" << dot << qint64(-1250);
        QTest::newRow("unicode minus") << QStringLiteral("\u22123.20") << dot << qint64(-320);
        QTest::newRow("indian") << "1,00,000.00" << dot << qint64(10000000);
        QTest::newRow("largest") << "9,999,999,999.99" << dot << qint64(money::kMaxAmount);
        QTest::newRow("leading dot") << ".5" << dot << qint64(50);
        QTest::newRow("integer") << "-350" << dot << qint64(-35000);
        QTest::newRow("zero") << "0,00" << comma << qint64(0);
    }
    void parsesBankAmounts()
    {
        QFETCH(QString, text);
        QFETCH(QChar, decimal);
        QFETCH(qint64, minor);
        const auto parsed = parseBankAmount(text, decimal);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QCOMPARE(*parsed, minor);
    }

    void refusesBadAmounts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QChar>("decimal");
        QTest::addColumn<QString>("why");
        const QChar dot = QLatin1Char('.');
        const QChar comma = QLatin1Char(',');
        QTest::newRow("empty") << "" << dot << "The amount is empty";
        QTest::newRow("blank") << "  " << dot << "The amount is empty";
        QTest::newRow("exponent") << "1e9999" << dot << "unexpected character 'e'";
        QTest::newRow("double minus") << "--5" << dot << "more than one sign";
        QTest::newRow("sign and parentheses") << "(-5)" << dot << "more than one sign";
        QTest::newRow("three decimals") << "1.234" << dot << "more than two decimals";
        QTest::newRow("three decimals comma") << "1,234" << comma << "more than two decimals";
        QTest::newRow("overflow") << "10000000000.00" << dot << "larger than the largest amount";
        QTest::newRow("huge") << "99999999999999999999999" << dot
                              << "larger than the largest amount";
        QTest::newRow("letters") << "n/a" << dot << "unexpected character";
        QTest::newRow("bad grouping") << "1,23.45" << dot << "thousands separator";
        QTest::newRow("two decimal points") << "1.2.3" << dot << "more than one decimal separator";
        QTest::newRow("open parenthesis") << "(5" << dot << "parentheses";
        QTest::newRow("sign only") << "-" << dot << "no digits";
        QTest::newRow("bad separator") << "5" << QChar(QLatin1Char(';')) << "dot or a comma";
    }
    void refusesBadAmounts()
    {
        QFETCH(QString, text);
        QFETCH(QChar, decimal);
        QFETCH(QString, why);
        const auto parsed = parseBankAmount(text, decimal);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().message.contains(why), qPrintable(parsed.error().message));
    }

    // ---------------------------------------------------------------- hostile input

    void survivesHostileInput()
    {
        // Bounded by ctest's TIMEOUT for the suite, not by a wall-clock check that a slow
        // sanitizer build on a busy machine could fail.
        // Empty, blank.
        for (const QByteArray& bytes :
             {QByteArray(), QByteArray("   \r\n\n"), QByteArray("\xEF\xBB\xBF")}) {
            const auto mapping = detectCsvMapping(bytes);
            QVERIFY(!mapping.ok());
            QCOMPARE(mapping.error().message, QStringLiteral("The file is empty."));
            QVERIFY(!readCsv(bytes).ok());
        }

        // 1 MB of random bytes: a clean error or records that are all sound.
        QRandomGenerator random(20240229);
        QByteArray noise(1024 * 1024, '\0');
        for (char& c : noise)
            c = static_cast<char>(random.bounded(256));
        const auto fromNoise = readCsv(noise);
        if (fromNoise.ok()) {
            for (const ImportedTransaction& t : fromNoise->transactions) {
                QVERIFY(t.date.isValid());
                QVERIFY(t.amount != 0 && qAbs(t.amount) <= money::kMaxAmount);
            }
        } else {
            QVERIFY(!fromNoise.error().message.isEmpty());
        }

        // One 5 MB field, quoted and as a payee.
        const QByteArray big(5 * 1024 * 1024, 'x');
        auto read =
            readCsv("Date,Amount,Payee\n2020-01-01,1.00,\"" + big + "\"\n2020-01-02,2.00,B\n");
        QVERIFY(read.ok());
        QCOMPARE(read->transactions.size(), 2);
        QCOMPARE(read->transactions.at(0).payee.size(), big.size());
        QCOMPARE(read->transactions.at(1).line, 3);
        // ... unclosed, so the quote is text and the rest of the file is still read.
        read = readCsv("Date,Amount,Payee\n2020-01-01,1.00,\"" + big + "\n2020-01-02,2.00,B\n");
        QVERIFY(read.ok());
        QCOMPARE(read->transactions.size(), 2);
        // ... where the amount should be.
        read = readCsv("Date,Amount,Payee\n2020-01-01,1.00,A\n2020-01-02," + big + ",B\n");
        QVERIFY(read.ok());
        QCOMPARE(read->transactions.size(), 1);
        QCOMPARE(read->problems.size(), 1);
        QVERIFY(read->problems.at(0).message.size() < 200);

        // Many unclosed quotes, many columns, many empty lines.
        QByteArray quotes;
        for (int i = 0; i < 20000; ++i)
            quotes += "2020-01-01,\"1.00,\"x\n";
        const auto manyQuotes = readCsv(quotes);
        QVERIFY(manyQuotes.ok() || !manyQuotes.error().message.isEmpty());
        QVERIFY(!detectCsvMapping(QByteArray(200000, ',')).ok());
        QVERIFY(!detectCsvMapping(QByteArray(200000, '\n') + "a").ok());
        QVERIFY(!detectCsvMapping(QByteArray(200000, '"')).ok());
    }

    // ---------------------------------------------------------------- mapping JSON

    void mappingRoundTripsThroughJson()
    {
        CsvMapping m;
        m.delimiter = QLatin1Char('\t');
        m.headerRow = 2;
        m.firstDataRow = 4;
        m.dateColumn = 1;
        m.debitColumn = 3;
        m.creditColumn = 4;
        m.payeeColumn = 2;
        m.memoColumn = 5;
        m.categoryColumn = 6;
        m.dateFormat = QStringLiteral("d-MMM-yyyy");
        m.decimalSeparator = QLatin1Char(',');
        m.negateAmounts = true;
        const auto back = CsvMapping::fromJson(m.toJson());
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
        QCOMPARE(back->delimiter, m.delimiter);
        QCOMPARE(back->headerRow, m.headerRow);
        QCOMPARE(back->firstDataRow, m.firstDataRow);
        QCOMPARE(back->dateColumn, m.dateColumn);
        QCOMPARE(back->amountColumn, -1);
        QCOMPARE(back->debitColumn, m.debitColumn);
        QCOMPARE(back->creditColumn, m.creditColumn);
        QCOMPARE(back->creditDebitColumn, -1);
        QCOMPARE(back->payeeColumn, m.payeeColumn);
        QCOMPARE(back->memoColumn, m.memoColumn);
        QCOMPARE(back->categoryColumn, m.categoryColumn);
        QCOMPARE(back->dateFormat, m.dateFormat);
        QCOMPARE(back->decimalSeparator, m.decimalSeparator);
        QCOMPARE(back->negateAmounts, true);
    }

    void mappingJsonRefusesBadInput_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("no date column") << "dateColumn" << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("date column as text") << "dateColumn" << QJsonValue(QStringLiteral("1"));
        QTest::newRow("fractional column") << "dateColumn" << QJsonValue(1.5);
        QTest::newRow("negative column") << "amountColumn" << QJsonValue(-7);
        QTest::newRow("huge column") << "payeeColumn" << QJsonValue(1e12);
        QTest::newRow("long delimiter") << "delimiter" << QJsonValue(QStringLiteral(",;"));
        QTest::newRow("quote delimiter") << "delimiter" << QJsonValue(QStringLiteral("\""));
        QTest::newRow("bad decimal") << "decimalSeparator" << QJsonValue(QStringLiteral(";"));
        QTest::newRow("bad date format") << "dateFormat" << QJsonValue(QStringLiteral("yyyy-qq"));
        QTest::newRow("date format without day")
            << "dateFormat" << QJsonValue(QStringLiteral("yyyy-MM"));
        QTest::newRow("no amount") << "amountColumn" << QJsonValue(-1);
        QTest::newRow("amount and debit") << "debitColumn" << QJsonValue(4);
        QTest::newRow("same column twice") << "amountColumn" << QJsonValue(0);
        QTest::newRow("header after records") << "headerRow" << QJsonValue(5);
        QTest::newRow("negate not bool") << "negateAmounts" << QJsonValue(QStringLiteral("yes"));
    }
    void mappingJsonRefusesBadInput()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        CsvMapping good;
        good.headerRow = 0;
        good.firstDataRow = 1;
        good.dateColumn = 0;
        good.amountColumn = 1;
        good.dateFormat = QStringLiteral("yyyy-MM-dd");
        QJsonObject json = good.toJson();
        QVERIFY(CsvMapping::fromJson(json).ok());
        if (value.isUndefined())
            json.remove(key);
        else
            json.insert(key, value);
        const auto parsed = CsvMapping::fromJson(json);
        QVERIFY(!parsed.ok());
        QVERIFY(!parsed.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
