#include "formats/CsvReader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#ifndef ALLOT_CORPUS_DIR
#define ALLOT_CORPUS_DIR "/work/shared/import-corpus"
#endif

using namespace allot;
using namespace allot::formats;

#define ALLOT_VERIFY_STREAM(r)                                                                     \
    QVERIFY2((r).ok(), qPrintable((r).ok() ? QString() : (r).error().message))

namespace {

QString corpusFile(const QString& name)
{
    return QStringLiteral(ALLOT_CORPUS_DIR "/csv/") + name;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString problemsText(const ReadResult& result)
{
    QStringList lines;
    for (const ReadProblem& p : result.problems)
        lines.append(QStringLiteral("line %1: %2").arg(p.line).arg(p.message));
    return lines.join(QLatin1Char('\n'));
}

const ImportedTransaction* onLine(const ReadResult& result, int line)
{
    for (const ImportedTransaction& t : result.transactions)
        if (t.line == line)
            return &t;
    return nullptr;
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

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void aStreamReadsWhatTheWholeFileReads_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        for (const QString& name :
             QDir(QStringLiteral(ALLOT_CORPUS_DIR "/csv")).entryList(QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(name)) << readFile(corpusFile(name));
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

    // ---------------------------------------------------------------- the corpus, no mapping

    void readsEveryCorpusFile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("count");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<int>("problems");
        QTest::addColumn<int>("line");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<QString>("payee");
        QTest::addColumn<QString>("description");

        // Sparkasse: one record (line 2), Betrag "-36,99", Buchungstag "22.02.18".
        QTest::newRow("sparkasse umsatz")
            << "bank2ynab-20180226-1000594757-umsatz.CSV" << 1 << qint64(-3699) << 0 << 2
            << QDate(2018, 2, 22) << qint64(-3699) << "Vodafone Kabel DeutschlandGmbH"
            << "CSV, semicolon-separated, header on line 1, dates dd.MM.yy, decimal comma";
        // bunq: 7 records; -8,78 -7,08 +8,78 -8,76 +7,08 -7,07 -7,99 = -23,82. Payee from
        // "Name" (Counterparty is empty in every row).
        QTest::newRow("bunq") << "bank2ynab-2019-03-02_11-50-46_bunq-statement.csv" << 7
                              << qint64(-2382) << 0 << 8 << QDate(2018, 12, 17) << qint64(-799)
                              << "NETFLIX.COM"
                              << "CSV, comma-separated, header on line 1, dates yyyy-MM-dd, "
                                 "decimal comma";
        // Rabobank ("\r\r\n" endings, so each record is one line): -337,49 +50,00 -750,00 =
        // -1037,49. Line 3 is the record missing its opening quote.
        QTest::newRow("rabobank")
            << "bank2ynab-CSV_A_20180414_112204.csv" << 3 << qint64(-103749) << 0 << 3
            << QDate(2018, 3, 14) << qint64(5000) << "Nederlandse Loterij Organisatie B.V."
            << "CSV, comma-separated, header on line 1, dates yyyy-MM-dd, decimal comma";
        // UK card: 13 rows, 3 "Pending" (lines 2-4) left out. Posted charges 1183.23 + 18.89 +
        // 23.00 + 80.99 + 1.50 + 50.00 + 10.00 + 9.99 + 8.20 = 1385.80 out; the CR payment
        // "+ £1,100.00" in: 1100.00 - 1385.80 = -285.80.
        QTest::newRow("uk card") << "bank2ynab-MS_JANE_SMITH_01-12-2019_14-12-2019.csv" << 10
                                 << qint64(-28580) << 0 << 14 << QDate(2019, 12, 2)
                                 << qint64(110000) << "PAYMENT RECEIVED - THANK YOU"
                                 << "CSV, comma-separated, header on line 1, dates dd-MMM-yyyy, "
                                    "decimal point";
        // Raiffeisen, no header: 74 lines, line 71 is "A null transaction ..." (no date). Of the
        // 73 records 9 fill column 4 (money in, sum 1878,20) and 64 column 5 (money out, sum
        // 6458,90): 1878.20 - 6458.90 = -4580.70. Line 29 is the interest credit 1,73.
        QTest::newRow("raiffeisen tab")
            << "bank2ynab-test_delimiter_tab.csv" << 73 << qint64(-458070) << 0 << 29
            << QDate(2017, 9, 29) << qint64(173) << "0,0625 % p.a. Habenzinsen ab 01.07.17"
            << "CSV, tab-separated, no header, dates dd.MM.yyyy, "
               "decimal comma";
        // Singapore: 5 preamble lines, header on line 6, 8 records each followed by a
        // continuation row; withdrawals 6 x 6.66 + 2 x 66.66 = 173.28, no deposits.
        QTest::newRow("singapore")
            << "bank2ynab-TransactionHistory_20180418043121.csv" << 8 << qint64(-17328) << 0 << 11
            << QDate(2018, 4, 17) << qint64(-6666) << "CASH WITHDRAWAL ATM"
            << "CSV, comma-separated, header on line 6, dates dd/MM/yyyy, "
               "decimal point";
        // Hungarian: -350 (outflow) + 1290 (inflow) = 940 HUF, in minor units 94000. The file's
        // author put the payee in "Részletek".
        QTest::newRow("hungarian") << "bank2ynab-W80844_EBH_201945.202122.csv" << 2 << qint64(94000)
                                   << 0 << 2 << QDate(2019, 4, 19) << qint64(-35000) << "payee"
                                   << "CSV, comma-separated, header on line 1, dates yyyy.MM.dd., "
                                      "decimal point";
        // UBS: debit 10.00, credit 240.00, debit 200.00 = +30.00; payee "Description 2".
        QTest::newRow("ubs") << "csv2ofx-ubs-ch-fr_trimmed.csv" << 3 << qint64(3000) << 0 << 3
                             << QDate(2019, 2, 28) << qint64(24000) << "ASSOCIATION FOO-BAR"
                             << "CSV, semicolon-separated, header on line 1, dates dd.MM.yyyy, "
                                "decimal point";
        // GLS: one record, Betrag "-98,76" (the "1.234,56" is the balance).
        QTest::newRow("gls") << "csv2ofx-gls.csv" << 1 << qint64(-9876) << 0 << 2
                             << QDate(2017, 10, 10) << qint64(-9876) << "Drillisch Online AG"
                             << "CSV, semicolon-separated, header on line 1, dates dd.MM.yyyy, "
                                "decimal comma";
        // Credit union (CR line endings): 50000 + 50000 + 70000 + 65000 + 60000 + 75000 +
        // 45000 + 50000 = 465000 whole units.
        QTest::newRow("credit union")
            << "csv2ofx-creditunion.csv" << 8 << qint64(46500000) << 0 << 4 << QDate(2015, 2, 24)
            << qint64(7000000) << "Sadrick Mtel"
            << "CSV, comma-separated, header on line 1, dates M/d/yy, decimal point";
        // Schwab: deposit 20.00; withdrawals 103.00 + 75.00 + 57.27 = 235.27; -215.27.
        QTest::newRow("schwab") << "csv2ofx-schwab-checking.csv" << 4 << qint64(-21527) << 0 << 5
                                << QDate(2022, 8, 4) << qint64(-5727)
                                << "PAYPAL INST XFER 220803~ Tran: ACHDW"
                                << "CSV, comma-separated, header on line 1, dates MM/dd/yyyy, "
                                   "decimal point";
        // hledger (Windows-1252): 50.00 - 10.00 - 20.00 = 20.00; 0x97 is an em dash, 0x80 "€".
        QTest::newRow("hledger cp1252")
            << "hledger-sample.fr.cp1252.csv" << 3 << qint64(2000) << 0 << 4 << QDate(2012, 3, 24)
            << qint64(-2000) << QStringLiteral("CAFÉ — €20 REÇU")
            << "CSV, comma-separated, header on line 1, dates yyyy/M/d, decimal point";
    }
    void readsEveryCorpusFile()
    {
        QFETCH(QString, file);
        QFETCH(int, count);
        QFETCH(qint64, total);
        QFETCH(int, problems);
        QFETCH(int, line);
        QFETCH(QDate, date);
        QFETCH(qint64, amount);
        QFETCH(QString, payee);
        QFETCH(QString, description);

        const QByteArray bytes = readFile(corpusFile(file));
        QVERIFY2(!bytes.isEmpty(), qPrintable(corpusFile(file)));
        const auto mapping = detectCsvMapping(bytes);
        QVERIFY2(mapping.ok(), qPrintable(mapping.ok() ? QString() : mapping.error().message));
        const auto read = readCsv(bytes);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
        QCOMPARE(read->transactions.size(), count);
        QCOMPARE(totalOf(read->transactions), total);
        QVERIFY2(read->problems.size() == problems, qPrintable(problemsText(*read)));
        QCOMPARE(read->description, description);
        for (const ImportedTransaction& t : read->transactions) {
            QVERIFY(t.amount != 0);
            QVERIFY(t.date.isValid());
        }
        const ImportedTransaction* spot = onLine(*read, line);
        QVERIFY2(spot, qPrintable(QStringLiteral("no record on line %1").arg(line)));
        QCOMPARE(spot->date, date);
        QCOMPARE(spot->amount, amount);
        QCOMPARE(spot->payee, payee);
    }

    void everyCorpusCsvFileIsInTheTable()
    {
        const QStringList files =
            QDir(QStringLiteral(ALLOT_CORPUS_DIR "/csv")).entryList(QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 12);
        for (const QString& file : files) {
            const auto read = readCsv(readFile(corpusFile(file)));
            QVERIFY2(read.ok(), qPrintable(file));
            QVERIFY2(!read->transactions.isEmpty(), qPrintable(file));
        }
    }

    void corpusDetailsAreReadRight()
    {
        // UK card: the three "Pending" rows are left out with a note on their lines (they are
        // not transactions yet), never imported as zero amounts.
        auto card = readCsv(readFile(
            corpusFile(QStringLiteral("bank2ynab-MS_JANE_SMITH_01-12-2019_14-12-2019.csv"))));
        QVERIFY(card.ok());
        QVERIFY(card->problems.isEmpty());
        for (int line = 2; line <= 4; ++line)
            QVERIFY(card->warnings.contains(
                QStringLiteral("Line %1 is still pending; left out").arg(line)));
        // "£1,183.23" without a CR mark is money out.
        QCOMPARE(onLine(*card, 5)->amount, qint64(-118323));

        // Rabobank: an empty counterparty falls back to the description.
        auto rabo =
            readCsv(readFile(corpusFile(QStringLiteral("bank2ynab-CSV_A_20180414_112204.csv"))));
        QVERIFY(rabo.ok());
        QCOMPARE(onLine(*rabo, 2)->payee, QStringLiteral("RENTE LENING"));
        QCOMPARE(onLine(*rabo, 2)->amount, qint64(-33749));

        // Singapore: the continuation row's text is the memo of the record above it.
        auto sgd = readCsv(readFile(
            corpusFile(QStringLiteral("bank2ynab-TransactionHistory_20180418043121.csv"))));
        QVERIFY(sgd.ok());
        QCOMPARE(onLine(*sgd, 11)->memo, QStringLiteral("66-6666 OCBC-666 BRANCH S"));
        auto sgdMapping = detectCsvMapping(readFile(
            corpusFile(QStringLiteral("bank2ynab-TransactionHistory_20180418043121.csv"))));
        QCOMPARE(sgdMapping->headerRow, 5);
        QCOMPARE(sgdMapping->debitColumn, 3);
        QCOMPARE(sgdMapping->creditColumn, 4);

        // Tab file without names: the text-only "null transaction" row is left out with a note.
        auto tab =
            readCsv(readFile(corpusFile(QStringLiteral("bank2ynab-test_delimiter_tab.csv"))));
        QVERIFY(tab.ok());
        QVERIFY(tab->problems.isEmpty());
        QVERIFY(
            tab->warnings.contains(QStringLiteral("Line 71 has no date and no amount; left out")));
        QCOMPARE(onLine(*tab, 1)->amount, qint64(-3387));

        // Credit union: categories are read; the CR-only lines are counted.
        auto union_ = readCsv(readFile(corpusFile(QStringLiteral("csv2ofx-creditunion.csv"))));
        QVERIFY(union_.ok());
        QCOMPARE(onLine(*union_, 9)->category, QStringLiteral("Expenses"));
        QCOMPARE(onLine(*union_, 2)->payee, QStringLiteral("Ằdøłƥh Noƴa"));

        // Sparkasse: the purpose text is the memo.
        auto spk = readCsv(
            readFile(corpusFile(QStringLiteral("bank2ynab-20180226-1000594757-umsatz.CSV"))));
        QVERIFY(spk.ok());
        QVERIFY(spk->transactions.at(0).memo.startsWith(QLatin1String("EREF+RECHNR.")));

        // Hungarian: the outflow/inflow column is read as the CR/DR marker.
        auto huf = detectCsvMapping(
            readFile(corpusFile(QStringLiteral("bank2ynab-W80844_EBH_201945.202122.csv"))));
        QVERIFY(huf.ok());
        QCOMPARE(huf->creditDebitColumn, 8);
        QCOMPARE(huf->amountColumn, 6);
    }

    void corpusMappingsSurviveJsonAndReadTheSame()
    {
        const QStringList files =
            QDir(QStringLiteral(ALLOT_CORPUS_DIR "/csv")).entryList(QDir::Files, QDir::Name);
        for (const QString& file : files) {
            const QByteArray bytes = readFile(corpusFile(file));
            const auto mapping = detectCsvMapping(bytes);
            QVERIFY2(mapping.ok(), qPrintable(file));
            const auto back = CsvMapping::fromJson(mapping->toJson());
            QVERIFY2(back.ok(), qPrintable(back.ok() ? file : back.error().message));
            QCOMPARE(back->toJson(), mapping->toJson());
            const auto withMapping = readCsv(bytes, *back);
            const auto without = readCsv(bytes);
            QVERIFY(withMapping.ok() && without.ok());
            QCOMPARE(withMapping->transactions.size(), without->transactions.size());
            QCOMPARE(totalOf(withMapping->transactions), totalOf(without->transactions));
            QCOMPARE(withMapping->problems.size(), without->problems.size());
        }
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

    void readsAFileWithoutHeader()
    {
        const auto read = readText(QStringLiteral("03.01.2020;Rent;-850,00\n"
                                                  "15.01.2020;Salary;2.500,00\n"
                                                  "17.01.2020;Groceries;-42,10\n"));
        QVERIFY(read.ok());
        const auto mapping = detectCsvMapping(QByteArrayLiteral("03.01.2020;Rent;-850,00\n"
                                                                "15.01.2020;Salary;2.500,00\n"
                                                                "17.01.2020;Groceries;-42,10\n"));
        QVERIFY(mapping.ok());
        QCOMPARE(mapping->headerRow, -1);
        QCOMPARE(mapping->dateColumn, 0);
        QCOMPARE(mapping->amountColumn, 2);
        QCOMPARE(mapping->payeeColumn, 1);
        QCOMPARE(mapping->decimalSeparator, QLatin1Char(','));
        QCOMPARE(mapping->dateFormat, QStringLiteral("dd.MM.yyyy"));
        QCOMPARE(read->transactions.size(), 3);
        QCOMPARE(totalOf(read->transactions), qint64(-85000 + 250000 - 4210));
        QCOMPARE(read->transactions.at(1).payee, QStringLiteral("Salary"));
        QCOMPARE(read->transactions.at(1).line, 2);
    }

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

    void readsMarkersAndSignsAndQuotedRecords()
    {
        const auto read = readCsv("Date,Description,Amount,\n"
                                  "01-Jan-2021,Shop,\"£1,000.00\",\n"
                                  "02-Jan-2021,Refund,+ £5.00,CR\n"
                                  "03-Jan-2021,\"Two\nlines\",£2.00,DR\n"
                                  "04-Jan-2021,Fee,£1.50,\n");
        QVERIFY(read.ok());
        QCOMPARE(read->transactions.size(), 4);
        QCOMPARE(read->transactions.at(0).amount, qint64(-100000));
        QCOMPARE(read->transactions.at(1).amount, qint64(500));
        QCOMPARE(read->transactions.at(2).amount, qint64(-200));
        QCOMPARE(read->transactions.at(2).payee, QStringLiteral("Two lines"));
        QCOMPARE(read->transactions.at(3).line, 6);
        QCOMPARE(read->transactions.at(3).amount, qint64(-150));
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
        QElapsedTimer timer;
        timer.start();

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

        QVERIFY2(timer.elapsed() < 60000, qPrintable(QString::number(timer.elapsed())));
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
