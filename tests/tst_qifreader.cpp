// The QIF reader on text written in the tests, and on the real-world corpus of other projects'
// files (../shared/import-corpus/qif) when it is there: the corpus tests skip without it, or fail
// when ALLOT_REQUIRE_CORPUS is set. The project's own sample files, which cover every feature on
// their own, are read by tst_qifsamples.

#include "formats/QifReader.h"
#include "support/ReadResults.h"
#include "support/TestData.h"

#include <QRandomGenerator>
#include <QTest>

using namespace allot;
using namespace allot::formats;
using allot::test::problemsAndWarnings;
using allot::test::readQifOk;
using allot::test::splitSum;

Q_DECLARE_METATYPE(allot::formats::DateOrder)

namespace {

QByteArray corpusBytes(const QString& name)
{
    return allot::test::corpusBytes(QStringLiteral("qif/") + name);
}

const ImportedTransaction* atLine(const ReadResult& r, int line)
{
    for (const ImportedTransaction& t : r.transactions)
        if (t.line == line)
            return &t;
    return nullptr;
}

} // namespace

class TestQifReader : public QObject
{
    Q_OBJECT

private slots:
    // ---------------------------------------------------------------------------------------
    // Every file of the corpus: how many transactions, their exact sum, problems, warnings.
    void corpusFile_data()
    {
        ALLOT_SKIP_WITHOUT_CORPUS();
        QTest::addColumn<QString>("file");
        QTest::addColumn<DateOrder>("order");
        QTest::addColumn<int>("count");
        QTest::addColumn<qint64>("sum");
        QTest::addColumn<int>("problems");
        QTest::addColumn<int>("warnings");

        // !Type:Bank has 6 records. Line 29 "T0.00" (opening balance) is left out: zero.
        // 67.50 + 32.00 - 10.00 - 25.00 - 100.00 = -35.50. The splits add up (-15 + 82.50;
        // -5 - 5; -50 - 25 - 10 - 15). Class/Cat/Security lists are skipped silently; the
        // !Type:Invst section (line 92) gives one warning. 2/14'2020 proves month/day.
        QTest::newRow("quiffen-test")
            << "quiffen-test.qif" << DateOrder::Detect << 5 << qint64(-3550) << 0 << 2;
        // One record, T-10.00 (U the same), splits -9.00 + -1.00. Date 1/ 1'00 (order moot).
        QTest::newRow("quiffen-test_split")
            << "quiffen-test_split.qif" << DateOrder::Detect << 1 << qint64(-1000) << 0 << 0;
        // 1000.00 + 1100.00 - 12.57 - 9.99 = 2077.44; 22/12/2017 proves day/month.
        QTest::newRow("quiffen-test_category_override")
            << "quiffen-test_category_override.qif" << DateOrder::Detect << 4 << qint64(207744) << 0
            << 0;
        // -10.00 - 20.00 + 30.00 = 0 (three records, CRLF); 12/29/10 proves month/day.
        QTest::newRow("jemmyw mmddyy")
            << "jemmyw-qif-3_records_mmddyy.qif" << DateOrder::Detect << 3 << qint64(0) << 0 << 0;
        // The same three amounts with space-padded dates "1/ 1/10", "6/ 1/10".
        QTest::newRow("jemmyw spaced")
            << "jemmyw-qif-3_records_spaced.qif" << DateOrder::Detect << 3 << qint64(0) << 0 << 0;
        // -1,010.00 - 30,020.00 + 30.00 = -31,000.00; 29/12/2010 proves day/month.
        QTest::newRow("jemmyw separator") << "jemmyw-qif-3_records_separator.qif"
                                          << DateOrder::Detect << 3 << qint64(-3100000) << 0 << 0;
        // 6/1/94 and 6/2/94 cannot tell the order (Detect refuses, see splitsBeforeTotal);
        // month first: -1,000.00 + 75.00 = -925.00. Warnings: the '=' of "$=746.36" (line 13),
        // the first record's parts (-253.64 + 746.36 = 492.72, not -1000.00) and the second's
        // (23.00, not 75.00).
        QTest::newRow("jemmyw splits")
            << "jemmyw-qif-splits.qif" << DateOrder::MonthFirst << 2 << qint64(-92500) << 0 << 3;
        // 143 records (143 D, 143 T and 143 "^" lines), none zero; the T lines add up to
        // 8,822.40 (summed in cents with awk, independently of the reader); the 27 split
        // records' 63 "$" lines each add up to their T. Days 13..31 in the second field.
        QTest::newRow("gnucash Money95bank_fr")
            << "gnucash-Money95bank_fr.qif" << DateOrder::Detect << 143 << qint64(882240) << 0 << 0;
        // Bank sections: "canadian bank" 0.00 (line 617, left out: zero) and -1,000.00;
        // "Dave's Checking" 1,211.45, 1,000.00 (8-way split) and 662.21.
        // -1000.00 + 1211.45 + 1000.00 + 662.21 = 1873.66. The !Type:Invst section (line 684)
        // is skipped with one warning; the !Type:Cat list silently.
        QTest::newRow("gnucash canada")
            << "gnucash-canada.qif" << DateOrder::Detect << 4 << qint64(187366) << 0 << 2;
        // "ABC Bank": 2345 + 2333 + 3300 + 543 - 5000 + 12 + 11 + 500 - 445 - 45 = 3554.00.
        // The !Type:Memorized records (T-117.92, T-45.00) are skipped; "^^" ends records.
        QTest::newRow("gnucash abc-all")
            << "gnucash-abc-all.qif" << DateOrder::Detect << 10 << qint64(355400) << 0 << 0;
        // Six withdrawals of 99.99 and one deposit of 99.99: -5 x 99.99 = -499.95.
        QTest::newRow("gnucash web")
            << "gnucash-web.qif" << DateOrder::Detect << 7 << qint64(-49995) << 0 << 0;
        // ISO dates: 20 + 30 + 40 + 10 = 100.00.
        QTest::newRow("gnucash iso") << "gnucash-iso-multi-day31-last.qif" << DateOrder::Detect << 4
                                     << qint64(10000) << 0 << 0;
        // One record of 100.00 after an !Account block with a balance; 30/12/2025 day/month.
        QTest::newRow("kmymoney 337405")
            << "kmymoney-bug-337405.qif" << DateOrder::Detect << 1 << qint64(10000) << 0 << 0;
    }
    void corpusFile()
    {
        // Here too: under ALLOT_REQUIRE_CORPUS Qt still runs the test after its _data failed.
        ALLOT_SKIP_WITHOUT_CORPUS();
        QFETCH(QString, file);
        QFETCH(DateOrder, order);
        QFETCH(int, count);
        QFETCH(qint64, sum);
        QFETCH(int, problems);
        QFETCH(int, warnings);

        const auto result = readQif(corpusBytes(file), order);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        const ReadResult& r = *result;
        QCOMPARE(r.transactions.size(), count);
        QCOMPARE(totalOf(r.transactions), sum);
        QVERIFY2(r.problems.size() == problems, qPrintable(problemsAndWarnings(r)));
        QVERIFY2(r.warnings.size() == warnings, qPrintable(problemsAndWarnings(r)));
        QVERIFY(r.description.startsWith(QStringLiteral("QIF, dates ")));
        QVERIFY(r.description.endsWith(QStringLiteral(" %1 record%2")
                                           .arg(count)
                                           .arg(count == 1 ? QString() : QStringLiteral("s"))));
        for (const ImportedTransaction& t : r.transactions) {
            QVERIFY(t.amount != 0);
            QVERIFY(t.date.isValid());
            QVERIFY(t.line > 0);
            if (!t.splits.isEmpty())
                QCOMPARE(splitSum(t), t.amount);
        }
    }

    void everyCorpusFileIsCounted()
    {
        ALLOT_SKIP_WITHOUT_CORPUS();
        const QStringList files = allot::test::corpusFiles(QStringLiteral("qif"));
        // The rows of corpusFile plus the one file that is an error; nothing may slip through.
        QStringList expected{QStringLiteral("quiffen-test_unknown_account_type.qif")};
        const QStringList counted = {
            "quiffen-test.qif",
            "quiffen-test_split.qif",
            "quiffen-test_category_override.qif",
            "jemmyw-qif-3_records_mmddyy.qif",
            "jemmyw-qif-3_records_spaced.qif",
            "jemmyw-qif-3_records_separator.qif",
            "jemmyw-qif-splits.qif",
            "gnucash-Money95bank_fr.qif",
            "gnucash-canada.qif",
            "gnucash-abc-all.qif",
            "gnucash-web.qif",
            "gnucash-iso-multi-day31-last.qif",
            "kmymoney-bug-337405.qif",
        };
        expected << counted;
        expected.sort();
        QCOMPARE(files, expected);
    }

    void corpusInvestmentOnlyFileIsAnError()
    {
        ALLOT_SKIP_WITHOUT_CORPUS();
        // Comments, !Option/!Clear:AutoSwitch, two !Account blocks (one starting with a bare
        // "^"), then only a !Type:Invst record: nothing Allot imports.
        const auto result =
            readQif(corpusBytes(QStringLiteral("quiffen-test_unknown_account_type.qif")));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ErrorKind::Refused);
        QVERIFY2(result.error().message.contains(QStringLiteral("No transaction could be read")),
                 qPrintable(result.error().message));
    }

    // ---------------------------------------------------------------------------------------
    // Particular files of the corpus (tst_qifsamples shows each feature on a sample first)

    void corpusKitchenSink()
    {
        ALLOT_SKIP_WITHOUT_CORPUS();
        const ReadResult r = readQifOk(corpusBytes(QStringLiteral("quiffen-test.qif")));
        QVERIFY(r.problems.isEmpty());
        QVERIFY(
            r.warnings.contains(QStringLiteral("Line 29: the amount is zero; nothing to import")));
        const ImportedTransaction* phone = atLine(r, 35);
        QVERIFY(phone);
        QCOMPARE(phone->date, QDate(2020, 2, 14));
        QCOMPARE(phone->payee, QStringLiteral("T-Mobile"));
        QCOMPARE(phone->category, QStringLiteral("Bills:Cell Phone")); // "/Test class" dropped
        QCOMPARE(phone->splits.size(), 2);
        QCOMPARE(phone->splits.at(0).category, QStringLiteral("Bills:Cell Phone"));
        QCOMPARE(phone->splits.at(0).memo, QStringLiteral("sign up credit"));
        QCOMPARE(phone->splits.at(0).amount, qint64(-1500));
        QCOMPARE(phone->splits.at(1).amount, qint64(8250));
        // The split's own "D1/10'2020" does not replace the transaction's date.
        const ImportedTransaction* amazon = atLine(r, 72);
        QVERIFY(amazon);
        QCOMPARE(amazon->date, QDate(2020, 2, 10));
        QCOMPARE(amazon->splits.size(), 4);
        QCOMPARE(amazon->splits.at(3).category, QStringLiteral("Healthcare:Prescriptions"));
        QVERIFY(r.warnings.first().contains(QStringLiteral("Line 92")));
        QVERIFY(r.description.contains(QStringLiteral("month/day/year")));
    }

    void corpusY2kDates()
    {
        ALLOT_SKIP_WITHOUT_CORPUS();
        const ReadResult canada = readQifOk(corpusBytes(QStringLiteral("gnucash-canada.qif")));
        QVERIFY(canada.warnings.contains(
            QStringLiteral("Line 617: the amount is zero; nothing to import")));
        QCOMPARE(atLine(canada, 624)->date, QDate(2000, 8, 31)); // D8/31' 0
        QCOMPARE(atLine(canada, 636)->date, QDate(2000, 6, 1));  // D6/ 1' 0
        QCOMPARE(atLine(canada, 643)->date, QDate(2000, 7, 1));  // D7/ 1' 0
        const ReadResult split = readQifOk(corpusBytes(QStringLiteral("quiffen-test_split.qif")));
        QCOMPARE(split.transactions.first().date, QDate(2000, 1, 1)); // D1/ 1'00
    }

    void twoDigitYears()
    {
        const ReadResult inline_ = readQifOk("!Type:Bank\nD1/ 5'98\nT1\n^\nD12/31'49\nT2\n^\n"
                                             "D12/31/50\nT3\n^\nD12/31'2001\nT4\n^\n");
        QCOMPARE(inline_.transactions.size(), 4);
        QCOMPARE(inline_.transactions.at(0).date, QDate(1998, 1, 5));
        QCOMPARE(inline_.transactions.at(1).date, QDate(2049, 12, 31));
        QCOMPARE(inline_.transactions.at(2).date, QDate(1950, 12, 31));
        QCOMPARE(inline_.transactions.at(3).date, QDate(2001, 12, 31));
    }

    void corpusDayFirstIsDetected()
    {
        ALLOT_SKIP_WITHOUT_CORPUS();
        const ReadResult uk =
            readQifOk(corpusBytes(QStringLiteral("quiffen-test_category_override.qif")));
        QVERIFY(uk.description.contains(QStringLiteral("day/month/year")));
        QCOMPARE(uk.transactions.at(0).date, QDate(2017, 12, 22));
        QCOMPARE(uk.transactions.at(1).date, QDate(2018, 1, 1));
        QCOMPARE(uk.transactions.at(2).date, QDate(2018, 1, 2)); // 02/01/2018
        QCOMPARE(uk.transactions.at(2).amount, qint64(-1257));
        QCOMPARE(uk.transactions.at(2).category, QStringLiteral("Everyday Expenses:Food Budget"));
        QCOMPARE(uk.transactions.at(2).memo, QString());

        const ReadResult sep =
            readQifOk(corpusBytes(QStringLiteral("jemmyw-qif-3_records_separator.qif")));
        QVERIFY(sep.description.contains(QStringLiteral("day/month/year")));
        QCOMPARE(sep.transactions.at(0).date, QDate(2010, 1, 1));
        QCOMPARE(sep.transactions.at(1).date, QDate(2010, 6, 1));  // 01/06/2010
        QCOMPARE(sep.transactions.at(1).amount, qint64(-3002000)); // T-30,020.00
        QCOMPARE(sep.transactions.at(2).date, QDate(2010, 12, 29));

        const ReadResult us =
            readQifOk(corpusBytes(QStringLiteral("jemmyw-qif-3_records_mmddyy.qif")));
        QCOMPARE(us.transactions.at(1).date, QDate(2010, 6, 1));              // 06/01/10
        QCOMPARE(us.transactions.at(1).payee, QStringLiteral("Description")); // no CR left
        const ReadResult spaced =
            readQifOk(corpusBytes(QStringLiteral("jemmyw-qif-3_records_spaced.qif")));
        QCOMPARE(spaced.transactions.at(0).date, QDate(2010, 1, 1)); // 1/ 1/10
        QCOMPARE(spaced.transactions.at(1).date, QDate(2010, 6, 1)); // 6/ 1/10
    }

    void ambiguousDatesAskForAnOrder()
    {
        const QByteArray qif = "!Type:Bank\n"
                               "D01/01/1998\nT-1.00\n^\n" // same both ways: no question
                               "# a comment\n"
                               "D01/05/1998\nT-10.00\n^\n" // line 6
                               "D02/03/1998\nT5\n^\n";
        const auto detect = readQif(qif);
        QVERIFY(!detect.ok());
        QCOMPARE(detect.error().kind, ErrorKind::Refused);
        QVERIFY2(detect.error().message.contains(QStringLiteral("line 6: 01/05/1998")),
                 qPrintable(detect.error().message));
        QVERIFY(detect.error().message.contains(QStringLiteral("choose the date order")));

        const ReadResult dayFirst = readQifOk(qif, DateOrder::DayFirst);
        QCOMPARE(dayFirst.transactions.size(), 3);
        QCOMPARE(dayFirst.transactions.at(1).date, QDate(1998, 5, 1));
        QCOMPARE(dayFirst.transactions.at(2).date, QDate(1998, 3, 2));
        QVERIFY(dayFirst.description.contains(QStringLiteral("day/month/year")));
        const ReadResult monthFirst = readQifOk(qif, DateOrder::MonthFirst);
        QCOMPARE(monthFirst.transactions.at(1).date, QDate(1998, 1, 5));
        QCOMPARE(monthFirst.transactions.at(2).date, QDate(1998, 2, 3));
        QVERIFY(monthFirst.description.contains(QStringLiteral("month/day/year")));

        // A record that will be left out (zero) does not make the order matter.
        const ReadResult moot = readQifOk("!Type:Bank\nD01/05/1998\nT0\n^\nD03/03/1998\nT1\n^\n");
        QCOMPARE(moot.transactions.size(), 1);
        QCOMPARE(moot.problems.size(), 0);
        QCOMPARE(moot.warnings.size(), 1);
    }

    void contradictoryDatesAreAnError()
    {
        const QByteArray qif = "!Type:Bank\nD13/01/2020\nT1\n^\nD01/01/2020\nT2\n^\n"
                               "D01/13/2020\nT3\n^\n";
        const auto detect = readQif(qif);
        QVERIFY(!detect.ok());
        QVERIFY2(detect.error().message.contains(QStringLiteral("line 2: 13/01/2020")) &&
                     detect.error().message.contains(QStringLiteral("line 8: 01/13/2020")),
                 qPrintable(detect.error().message));
        // With an order the other way's dates are problems, the rest is read.
        const ReadResult dayFirst = readQifOk(qif, DateOrder::DayFirst);
        QCOMPARE(dayFirst.transactions.size(), 2);
        QCOMPARE(dayFirst.problems.size(), 1);
        QCOMPARE(dayFirst.problems.first().line, 8);
    }

    void dateFormats()
    {
        const ReadResult r = readQifOk("!Type:Bank\n"
                                       "D05.01.1998\nT1\n^\n" // day first, proven below
                                       "D13.01.1998\nT2\n^\n"
                                       "D2020-01-05\nT3\n^\n" // ISO: unambiguous
                                       "D20200106\nT4\n^\n"
                                       "D5-1-98\nT5\n^\n");
        QCOMPARE(r.transactions.size(), 5);
        QCOMPARE(r.transactions.at(0).date, QDate(1998, 1, 5));
        QCOMPARE(r.transactions.at(1).date, QDate(1998, 1, 13));
        QCOMPARE(r.transactions.at(2).date, QDate(2020, 1, 5));
        QCOMPARE(r.transactions.at(3).date, QDate(2020, 1, 6));
        QCOMPARE(r.transactions.at(4).date, QDate(1998, 1, 5));
    }

    void corpusIsoDates()
    {
        ALLOT_SKIP_WITHOUT_CORPUS();
        const ReadResult iso =
            readQifOk(corpusBytes(QStringLiteral("gnucash-iso-multi-day31-last.qif")));
        QVERIFY(iso.description.contains(QStringLiteral("year-month-day")));
        QCOMPARE(iso.transactions.at(0).date, QDate(2023, 1, 2));
        QCOMPARE(iso.transactions.at(2).date, QDate(2023, 12, 11));
        QCOMPARE(iso.transactions.at(3).date, QDate(2022, 12, 31));
    }

    void corpusSplitsBeforeTotal()
    {
        ALLOT_SKIP_WITHOUT_CORPUS();
        const QByteArray bytes = corpusBytes(QStringLiteral("jemmyw-qif-splits.qif"));
        const auto detect = readQif(bytes);
        QVERIFY(!detect.ok()); // 6/1/94 and 6/2/94
        QCOMPARE(detect.error().kind, ErrorKind::Refused);
        QVERIFY(detect.error().message.contains(QStringLiteral("line 2: 6/1/94")));

        const ReadResult r = readQifOk(bytes, DateOrder::MonthFirst);
        const ImportedTransaction* mortgage = atLine(r, 2);
        QVERIFY(mortgage);
        QCOMPARE(mortgage->date, QDate(1994, 6, 1));
        QCOMPARE(mortgage->amount, qint64(-100000)); // T-1,000.00
        QCOMPARE(mortgage->category, QStringLiteral("[linda]"));
        QCOMPARE(mortgage->splits.size(), 3);
        QCOMPARE(mortgage->splits.at(0).category, QStringLiteral("[steve]"));
        QCOMPARE(mortgage->splits.at(0).memo, QStringLiteral("Cash"));
        QCOMPARE(mortgage->splits.at(0).amount, qint64(-25364));
        QCOMPARE(mortgage->splits.at(1).category, QStringLiteral("Mort Int"));
        QCOMPARE(mortgage->splits.at(1).amount, qint64(74636)); // "$=746.36"
        QCOMPARE(mortgage->splits.at(2).category, QString());
        QCOMPARE(mortgage->splits.at(2).amount, qint64(-149272));

        // S/$ before T, parts 23.00 of 75.00: the 52.00 left is an uncategorised part.
        const ImportedTransaction* deposit = atLine(r, 15);
        QVERIFY(deposit);
        QCOMPARE(deposit->date, QDate(1994, 6, 2));
        QCOMPARE(deposit->amount, qint64(7500));
        QCOMPARE(deposit->payee, QStringLiteral("Deposit"));
        QCOMPARE(deposit->splits.size(), 2);
        QCOMPARE(deposit->splits.at(0).category, QStringLiteral("category 1"));
        QCOMPARE(deposit->splits.at(0).amount, qint64(2300));
        QCOMPARE(deposit->splits.at(1).category, QString());
        QCOMPARE(deposit->splits.at(1).amount, qint64(5200));
        QCOMPARE(splitSum(*deposit), deposit->amount);

        QCOMPARE(r.warnings.size(), 3);
        QVERIFY(r.warnings.at(0).contains(QStringLiteral("Line 13")));
        QVERIFY(r.warnings.at(1).contains(QStringLiteral("Line 2")));
        QVERIFY2(r.warnings.at(2).contains(QStringLiteral("Line 15")) &&
                     r.warnings.at(2).contains(QStringLiteral("52.00")),
                 qPrintable(r.warnings.at(2)));
    }

    void corpusThreeDigitYear()
    {
        ALLOT_SKIP_WITHOUT_CORPUS();
        const ReadResult r = readQifOk(corpusBytes(QStringLiteral("gnucash-web.qif")));
        QCOMPARE(r.transactions.first().date, QDate(1999, 3, 25)); // D03/25/099Share Withdrawal
        QCOMPARE(r.transactions.first().payee, QStringLiteral("Share Withdrawal"));
        QCOMPARE(r.transactions.first().memo, QString());
        QCOMPARE(r.transactions.at(1).memo,
                 QStringLiteral("TGI FRIDAYS #1859      SCOTTSDALE   AZUS"));
        QCOMPARE(r.transactions.at(5).date, QDate(1999, 3, 19));
        QCOMPARE(r.transactions.at(5).amount, qint64(9999));
        QCOMPARE(r.transactions.last().date, QDate(1999, 3, 18));
    }

    void corpusCanadaSalarySplitAndAccounts()
    {
        ALLOT_SKIP_WITHOUT_CORPUS();
        const ReadResult r = readQifOk(corpusBytes(QStringLiteral("gnucash-canada.qif")));
        const ImportedTransaction* salary = atLine(r, 643);
        QVERIFY(salary);
        QCOMPARE(salary->amount, qint64(100000)); // U and T 1,000.00
        QCOMPARE(salary->payee, QStringLiteral("Gnumatic, Inc."));
        QCOMPARE(salary->splits.size(), 8); // adds up: no uncategorised part
        QCOMPARE(splitSum(*salary), qint64(100000));
        QCOMPARE(salary->splits.at(0).category, QStringLiteral("Salary"));
        QCOMPARE(salary->splits.at(0).amount, qint64(150000));
        QCOMPARE(salary->splits.at(1).category, QStringLiteral("Tax:Fed"));
        QCOMPARE(salary->splits.at(1).amount, qint64(-26000));
        QCOMPARE(salary->splits.at(6).category, QStringLiteral("[Dave's 401K]"));
        QCOMPARE(salary->splits.at(7).category, QStringLiteral("[Dave's 401K]"));
        QCOMPARE(salary->splits.at(7).memo, QStringLiteral("Transfer to Dave's 401K"));
        for (const ImportedSplit& s : salary->splits)
            QVERIFY(!s.category.isEmpty());
        QVERIFY(r.warnings.first().contains(QStringLiteral("Line 684")));

        // The !Account block before each !Type:Bank names the account.
        QCOMPARE(atLine(r, 624)->fileAccount, QStringLiteral("canadian bank"));
        QCOMPARE(atLine(r, 624)->category, QStringLiteral("[Dave's Checking]"));
        QCOMPARE(salary->fileAccount, QStringLiteral("Dave's Checking"));
        QCOMPARE(atLine(r, 674)->fileAccount, QStringLiteral("Dave's Checking"));

        const ReadResult abc = readQifOk(corpusBytes(QStringLiteral("gnucash-abc-all.qif")));
        for (const ImportedTransaction& t : abc.transactions)
            QCOMPARE(t.fileAccount, QStringLiteral("ABC Bank"));
        const ImportedTransaction* pillow = atLine(abc, 445);
        QVERIFY(pillow);
        QCOMPARE(pillow->date, QDate(1997, 8, 1)); // D8/ 1/97
        QCOMPARE(pillow->splits.size(), 3);
        QCOMPARE(pillow->splits.at(1).memo, QStringLiteral("soem as invst"));
        QCOMPARE(atLine(abc, 496)->category, QStringLiteral("[SlaveCardt]"));

        const ReadResult kmm = readQifOk(corpusBytes(QStringLiteral("kmymoney-bug-337405.qif")));
        QCOMPARE(kmm.transactions.first().fileAccount, QStringLiteral("Test account"));
        QCOMPARE(kmm.transactions.first().date, QDate(2025, 12, 30));
        QCOMPARE(kmm.transactions.first().category, QStringLiteral("Test category"));
    }

    void corpusSplitCategoryPlaceholderAndTransfer()
    {
        ALLOT_SKIP_WITHOUT_CORPUS();
        const ReadResult r = readQifOk(corpusBytes(QStringLiteral("quiffen-test_split.qif")));
        const ImportedTransaction& t = r.transactions.first();
        QCOMPARE(t.category, QString()); // L--Split--
        QCOMPARE(t.payee, QStringLiteral("A Payee"));
        QCOMPARE(t.splits.size(), 2);
        QCOMPARE(t.splits.at(0).category, QStringLiteral("[An Account]"));
        QCOMPARE(t.splits.at(0).amount, qint64(-900));
        QCOMPARE(t.splits.at(1).category, QStringLiteral("A Category"));
    }

    void corpusWindows1252()
    {
        ALLOT_SKIP_WITHOUT_CORPUS();
        const QByteArray utf8 = corpusBytes(QStringLiteral("gnucash-Money95bank_fr.qif"));
        const QString text = QString::fromUtf8(utf8);
        QVERIFY(text.contains(QStringLiteral("Télécom")));
        // Every accented letter of the file is in Latin-1, where Windows-1252 is the same.
        const QByteArray cp1252 = text.toLatin1();
        QVERIFY(cp1252.contains("T\xe9l\xe9"
                                "com"));
        QCOMPARE(QString::fromLatin1(cp1252), text);

        const ReadResult r = readQifOk(cp1252);
        QCOMPARE(r.transactions.size(), 143);
        QCOMPARE(totalOf(r.transactions), qint64(882240));
        QVERIFY2(r.description.contains(QStringLiteral("Windows-1252")), qPrintable(r.description));
        const ImportedTransaction* phone = atLine(r, 63);
        QVERIFY(phone);
        QCOMPARE(phone->payee, QStringLiteral("France Télécom"));
        QCOMPARE(phone->category, QStringLiteral("Maison:Téléphone"));
        QCOMPARE(phone->date, QDate(1995, 1, 17));
        QCOMPARE(phone->amount, qint64(-34225));
        QCOMPARE(atLine(r, 8)->category, QStringLiteral("Loisirs:Canal Plus-Câble"));
        QCOMPARE(atLine(r, 91)->amount, qint64(1135124)); // T11,351.24
        QCOMPARE(atLine(r, 97)->category, QStringLiteral("[Livret bleu]"));

        const ReadResult fromUtf8 = readQifOk(utf8);
        QVERIFY(fromUtf8.description.contains(QStringLiteral("month/day/year")));
        QVERIFY(!fromUtf8.description.contains(QStringLiteral("Windows-1252")));
        QCOMPARE(atLine(fromUtf8, 63)->payee, QStringLiteral("France Télécom"));
        const ImportedTransaction* clothes = atLine(fromUtf8, 679);
        QCOMPARE(clothes->splits.size(), 5);
        QCOMPARE(splitSum(*clothes), qint64(-84900));
    }

    // ---------------------------------------------------------------------------------------
    // Records and amounts

    void amounts_data()
    {
        QTest::addColumn<QByteArray>("amount");
        QTest::addColumn<qint64>("minor"); // 0: the record is a problem
        QTest::newRow("plain") << QByteArray("T12.34") << qint64(1234);
        QTest::newRow("thousands") << QByteArray("T-1,010.00") << qint64(-101000);
        QTest::newRow("millions") << QByteArray("T1,234,567.8") << qint64(123456780);
        QTest::newRow("dollar") << QByteArray("T$1,036.47") << qint64(103647);
        QTest::newRow("dollar minus") << QByteArray("T$-15.00") << qint64(-1500);
        QTest::newRow("minus dollar") << QByteArray("T-$5") << qint64(-500);
        QTest::newRow("no whole") << QByteArray("T.5") << qint64(50);
        QTest::newRow("stray equals") << QByteArray("T=746.36") << qint64(74636);
        QTest::newRow("U only") << QByteArray("U-3.00") << qint64(-300);
        QTest::newRow("T before U") << QByteArray("T-3.00\nU-4.00") << qint64(-300);
        QTest::newRow("three decimals") << QByteArray("T12.345") << qint64(0);
        QTest::newRow("zeros past the cents") << QByteArray("T-12.500") << qint64(-1250);
        QTest::newRow("a digit after zeros") << QByteArray("T-12.5001") << qint64(0);
        QTest::newRow("decimal comma") << QByteArray("T12,50") << qint64(0);
        QTest::newRow("bad grouping") << QByteArray("T1,0000.00") << qint64(0);
        QTest::newRow("exponent") << QByteArray("T1e9999") << qint64(0);
        QTest::newRow("double minus") << QByteArray("T--5") << qint64(0);
        QTest::newRow("words") << QByteArray("Tten") << qint64(0);
        QTest::newRow("too large") << QByteArray("T99999999999999.00") << qint64(0);
        QTest::newRow("zero") << QByteArray("T0.00") << qint64(0);
        QTest::newRow("missing") << QByteArray("PNo amount") << qint64(0);
        QTest::newRow("empty T") << QByteArray("T") << qint64(0);
    }
    void amounts()
    {
        QFETCH(QByteArray, amount);
        QFETCH(qint64, minor);
        const ReadResult r = readQifOk("!Type:Bank\nD2020-01-05\n" + amount +
                                       "\n^\n"
                                       "D2020-01-06\nT1.00\n^\n");
        QCOMPARE(r.transactions.last().amount, qint64(100)); // the rest is still read
        if (amount == "T0.00") {
            // Zero moves no money: left out with a note, not a problem.
            QCOMPARE(r.transactions.size(), 1);
            QVERIFY(r.problems.isEmpty());
            QCOMPARE(r.warnings.size(), 1);
        } else if (minor == 0) {
            QCOMPARE(r.transactions.size(), 1);
            QCOMPARE(r.problems.size(), 1);
            QCOMPARE(r.problems.first().line, 2);
            QVERIFY(!r.problems.first().message.isEmpty());
        } else {
            QCOMPARE(r.transactions.size(), 2);
            QCOMPARE(r.transactions.first().amount, minor);
            QVERIFY(r.problems.isEmpty());
        }
    }

    void unreadableRecordsAreProblems()
    {
        const ReadResult r = readQifOk("!Type:CCard\n"
                                       "D31/02/2020\nT-5.00\nPNo such day\n^\n" // line 2
                                       "T1e9999\nD01/02/2020\n^\n"              // line 6
                                       "D01/03/2020\nT--5\n^\n"                 // line 9
                                       "PNo date\nT-1.00\n^\n"                  // line 12
                                       "Dyesterday\nT-1.00\n^\n"                // line 15
                                       "D14/03/2020\nT-2.00\nSFood\n$abc\n^\n"  // line 18
                                       "D15/03/2020\nT-7.50\nPKept\n^\n");      // line 23
        QCOMPARE(r.transactions.size(), 1);
        QCOMPARE(r.transactions.first().payee, QStringLiteral("Kept"));
        QCOMPARE(r.transactions.first().date, QDate(2020, 3, 15));
        QCOMPARE(r.problems.size(), 6);
        const QVector<int> lines{2, 6, 9, 12, 15, 18};
        for (int i = 0; i < lines.size(); ++i)
            QCOMPARE(r.problems.at(i).line, lines.at(i));
        QVERIFY(r.problems.at(0).message.contains(QStringLiteral("31/02/2020")));
        QVERIFY(r.problems.at(1).message.contains(QStringLiteral("1e9999")));
        QVERIFY(r.problems.at(3).message.contains(QStringLiteral("no date")));
        QVERIFY(r.problems.at(5).message.contains(QStringLiteral("line 21")));
    }

    void sectionsAndRecordEnds()
    {
        // Skipped sections whose data lines start with "^", CR-only line ends, "^^", lower-case
        // headers, Oth A / Oth L / Cash sections, a last record without "^".
        const QByteArray qif = "!Type:Security\rNBitcoin\rS^BTCUSD\rTStock\r^\r"
                               "!Type:Prices\r\"AAPL\",1.5,\"1/ 1'20\"\r^\r"
                               "!type:oth a\rD1/13/2020\rT10\r^^\r"
                               "!Type:Oth L\rD1/14/2020\rT-20\r^\r"
                               "!Type:Cash  \rD1/15/2020\rT-30\rLFood/Class\r";
        const ReadResult r = readQifOk(qif);
        QCOMPARE(r.transactions.size(), 3);
        QCOMPARE(totalOf(r.transactions), qint64(-4000));
        QCOMPARE(r.transactions.at(0).line, 10);
        QCOMPARE(r.transactions.at(2).line, 18);
        QCOMPARE(r.transactions.at(2).category, QStringLiteral("Food"));
        QVERIFY(r.warnings.isEmpty());

        // An unknown header: what follows it is skipped, with a warning, up to the next one.
        const ReadResult odd = readQifOk("!Type:Bank\nD2020-01-05\nT1\n^\n!Frobnicate\n"
                                         "D2020-01-06\nT2\n^\n!Type:Bank\nD2020-01-07\nT3\n^\n");
        QCOMPARE(odd.transactions.size(), 2);
        QCOMPARE(totalOf(odd.transactions), qint64(400));
        QCOMPARE(odd.warnings.size(), 1);
        QVERIFY(odd.warnings.first().contains(QStringLiteral("Line 5: !Frobnicate")));
    }

    void notQif()
    {
        for (const QByteArray& bytes :
             {QByteArray(), QByteArray("   \n\r\n"), QByteArray("D01/01/2020\nT5\n^\n"),
              QByteArray("Date,Amount\n2020-01-01,5\n"), QByteArray("!Type:Bank\n"),
              QByteArray("!Type:Bank\n^\n^\n"), QByteArray("!Type:Cat\nNFood\n^\n"),
              QByteArray("!Type:Bank\nD01/01/2020\nT0\n^\n")}) {
            const auto result = readQif(bytes);
            QVERIFY2(!result.ok(), bytes.constData());
            QCOMPARE(result.error().kind, ErrorKind::Refused);
            QVERIFY(!result.error().message.isEmpty());
        }
        const auto csv = readQif("Date,Amount\n2020-01-01,5\n");
        QVERIFY(csv.error().message.contains(QStringLiteral("no !Type line")));
        // A file whose only record moves no money has nothing to import.
        const auto zero = readQif("!Type:Bank\nD01/01/2020\nT0\n^\n");
        QVERIFY2(zero.error().message.contains(QStringLiteral("No transaction could be read")),
                 qPrintable(zero.error().message));
    }

    void hostileInput()
    {
        // Bounded by ctest's TIMEOUT for the suite, not by a wall-clock check that a slow
        // sanitizer build on a busy machine could fail.
        // 1 MB of random bytes, alone and after a real header.
        QRandomGenerator random(20240611);
        QByteArray noise(1 << 20, '\0');
        for (char& c : noise)
            c = static_cast<char>(random.bounded(256));
        QVERIFY(!readQif(noise).ok());
        const auto afterHeader = readQif("!Type:Bank\n" + noise);
        if (afterHeader.ok()) {
            for (const ImportedTransaction& t : afterHeader->transactions) {
                QVERIFY(t.amount != 0);
                QVERIFY(t.date.isValid());
            }
        }

        // A 5 MB line: on its own, as a payee and as a date.
        const QByteArray huge(5 * 1024 * 1024, 'A');
        QVERIFY(!readQif(huge).ok());
        const ReadResult longPayee = readQifOk("!Type:Bank\nD2020-01-05\nT1\nP" + huge + "\n^\n");
        QCOMPARE(longPayee.transactions.size(), 1);
        QCOMPARE(longPayee.transactions.first().payee.size(), huge.size());
        const auto longDate =
            readQif("!Type:Bank\nD" + QByteArray(5 * 1024 * 1024, '1') + "\nT1\n^\n");
        QVERIFY(!longDate.ok());
        QVERIFY(longDate.error().message.size() < 300); // quotes are cut short
        const auto longAmount =
            readQif("!Type:Bank\nD2020-01-05\nT" + QByteArray(5 * 1024 * 1024, '9') + "\n^\n");
        QVERIFY(!longAmount.ok());
        QVERIFY2(longAmount.error().message.size() < 300, qPrintable(longAmount.error().message));
        const auto longHeader = readQifOk("!Type:" + huge + "\n!Type:Bank\nD2020-01-05\nT1\n^\n");
        QVERIFY(longHeader.warnings.first().size() < 300);
        const auto manyCarets = readQif("!Type:Bank\n" + QByteArray(5 * 1024 * 1024, '^'));
        QVERIFY(!manyCarets.ok());

        // A million empty records and a hundred thousand splits in one record.
        QVERIFY(!readQif("!Type:Bank\n" + QByteArray(1000000, '^').replace("^", "^\n")).ok());
        QByteArray manySplits = "!Type:Bank\nD2020-01-05\nT100000.00\n";
        for (int i = 0; i < 100000; ++i)
            manySplits += "SPart\n$1.00\n";
        manySplits += "^\n";
        const ReadResult split = readQifOk(manySplits);
        QCOMPARE(split.transactions.first().splits.size(), 100000);
        QVERIFY(split.warnings.isEmpty());

        // NUL bytes and a UTF-16 file without a byte-order mark are not QIF text.
        QVERIFY(!readQif(QByteArray(1000, '\0')).ok());
        const QString qifText = QStringLiteral("!Type:Bank\nD2020-01-05\nT1\n^\n");
        QByteArray utf16(reinterpret_cast<const char*>(qifText.utf16()), qifText.size() * 2);
        QVERIFY(!readQif(utf16).ok());
        // With a byte-order mark it is read.
        QCOMPARE(readQifOk("\xFF\xFE" + utf16).transactions.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestQifReader)
#include "tst_qifreader.moc"
