// The QIF reader on the project's own sample files (tests/data/qif, described in
// tests/data/README.md): each whole file, then each feature on the file that shows it. These run
// in every clone; tst_qifreader adds text written in the tests and the real-world corpus.

#include "formats/QifReader.h"
#include "support/ReadResults.h"
#include "support/TestData.h"

#include <QStringDecoder>
#include <QTest>

using namespace allot;
using namespace allot::formats;
using namespace allot::test;

Q_DECLARE_METATYPE(allot::formats::DateOrder)

namespace {

QByteArray qifBytes(const QString& name)
{
    return allot::test::sampleBytes(QStringLiteral("qif/") + name);
}

ReadResult readSample(const QString& name, DateOrder order = DateOrder::Detect)
{
    return readQifOk(qifBytes(name), order);
}

const ImportedTransaction& atLine(const ReadResult& r, int line)
{
    for (const ImportedTransaction& t : r.transactions)
        if (t.line == line)
            return t;
    qFatal("no transaction starts on line %d", line);
}

/// \brief One record of a sample file, looked at closely.
struct Spot
{
    int line;
    QDate date;
    qint64 amount;
    const char* payee;
    const char* category;
    const char* fileAccount;
    int splits;
};

Spot spot(int line, QDate date, qint64 amount, const char* payee, const char* category = "",
          const char* fileAccount = "", int splits = 0)
{
    return Spot{line, date, amount, payee, category, fileAccount, splits};
}

template <typename... Lines> QVector<int> lines(Lines... numbers)
{
    return QVector<int>{numbers...};
}

/// \brief What one sample file, read in one date order, must give.
struct Expected
{
    const char* file;
    DateOrder order;
    int count;
    qint64 sum;
    QVector<int> problemLines; ///< The first line of each record left out, in order.
    QVector<int> warningLines; ///< The "Line N:" each warning starts with, in order.
    const char* description;
    Spot spot;
};

// Every value below was worked out from the file by hand, not taken from the reader.
QVector<Expected> readableSamples()
{
    const auto Detect = DateOrder::Detect;
    const auto DayFirst = DateOrder::DayFirst;
    const auto MonthFirst = DateOrder::MonthFirst;
    return {
        // Class and Cat lists skipped silently; 8 bank records from line 19. Line 19 T0.00 (the
        // opening balance) is left out with a warning. 1,250.00 + 20.00 - 84.17 - 45.10
        // - 300.00 - 12.99 - 1,004.50 = 1,270.00 - 1,446.76 = -176.76. Only the last record,
        // 3/28/2023, proves month first. Security and Prices lists skipped silently;
        // !Type:Invst (line 85) warned about; the scanner's warnings come first.
        {"us-checking-lists-classes-cheques.qif", Detect, 7, -17676, lines(), lines(85, 19),
         "QIF, dates month/day/year, 7 records",
         spot(67, QDate(2023, 3, 28), -100450, "Riverside Apartments", "Housing:Rent")},
        // -23.40 - 61.25 + 150.00 - 9.99 = 55.36; only the last date, 21/04/2024, proves day
        // first. The byte-order mark is not a line: line 10 is the second record's D.
        {"uk-ccard-day-first-bom-no-final-newline.qif", Detect, 4, 5536, lines(), lines(),
         "QIF, dates day/month/year, 4 records",
         spot(10, QDate(2024, 2, 5), -6125, "Railcard Renewals Ltd", "Travel:Rail")},
        // 1,800.00 + 75.00 - 64.00 - 120.35 - 15.00 (U only) - 2,450.00 = -774.35; 12/30'99
        // proves month first; D9/29' 0 is 2000-09-29.
        {"quicken-y2k-apostrophe-years.qif", Detect, 6, -77435, lines(), lines(),
         "QIF, dates month/day/year, 6 records",
         spot(26, QDate(2000, 9, 29), -245000, "Mapleton Motors", "Auto:Purchase")},
        // 250.00 + 1,100.00 - 18.75 - 60.00 - 7.25 = 1,264.00; 03/25/099 is 1999-03-25.
        {"web-bank-three-digit-years.qif", Detect, 5, 126400, lines(), lines(),
         "QIF, dates month/day/year, 5 records",
         spot(2, QDate(1999, 3, 25), -1875, "Card Purchase")},
        // -38.20 (card, line 17) + 2,140.00 - 96.40 - 200.00 (checking) - 12.60 - 4.50 (cash)
        // = 1,788.30. The salary's six parts add up to 2,140.00. !Type:Invst (line 87) warned.
        {"quicken-accounts-autoswitch-splits.qif", Detect, 6, 178830, lines(), lines(87),
         "QIF, dates month/day/year, 6 records",
         spot(73, QDate(2022, 2, 16), -1260, "Farmers Market", "Groceries", "Pocket Cash")},
        // -1,000.00 - 80.00 - 35.00 - 60.00 = -1,175.00. Warnings: line 12's parts make -65.00,
        // not -80.00 (a third, uncategorised part of -15.00); the '=' of "$=-35.00" (line 25).
        {"splits-before-total-mismatch.qif", Detect, 4, -117500, lines(), lines(12, 25),
         "QIF, dates month/day/year, 4 records",
         spot(12, QDate(2023, 1, 20), -8000, "Depot Garden Centre", "", "", 3)},
        // 2,500.00 - 150.00 - 420.00 - 18.90 - 3.20 = 1,907.90. CR-only line ends; the last
        // record (line 23, Cash) has no "^".
        {"iso-dates-asset-liability-cr-only.qif", Detect, 5, 190790, lines(), lines(),
         "QIF, dates year-month-day, 5 records", spot(23, QDate(2022, 12, 31), -320, "Newsstand")},
        // 2,845.16 - 57.80 - 1,120.00 - 183.45 - 96.30 - 200.00 = 2,845.16 - 1,657.55
        // = 1,187.61; 01/15/24 proves month first.
        {"money-fr-cp1252-splits.qif", Detect, 6, 118761, lines(), lines(),
         "QIF, dates month/day/year, 6 records, text read as Windows-1252",
         spot(15, QDate(2024, 1, 15), -18345, "Électricité Réseau Provence", "Maison:Électricité")},
        // 500.00 + 1.37 = 501.37; 04/30/2024 proves month first.
        {"utf16le-bom-savings.qif", Detect, 2, 50137, lines(), lines(),
         "QIF, dates month/day/year, 2 records, text read as UTF-16",
         spot(7, QDate(2024, 4, 30), 137, "Zinsgutschrift — Tagesgeld", "Interest Income")},
        // 50.00 - 4.80 - 12.00 - 2.50 = 30.70; 13.01.2024 proves day first; D3-2-24 is
        // 2024-02-03.
        {"de-dotted-dashed-day-first-cash.qif", Detect, 4, 3070, lines(), lines(),
         "QIF, dates day/month/year, 4 records",
         spot(12, QDate(2024, 2, 3), -250, "Zeitungskiosk")},
        // -10.00 - 25.00 + 80.00 = 45.00 either way; line 7 T0.00 warned. D02/03/2024 (line 11)
        // is 2 March day first, 3 February month first.
        {"ambiguous-dates-need-an-order.qif", DayFirst, 3, 4500, lines(), lines(7),
         "QIF, dates day/month/year, 3 records",
         spot(11, QDate(2024, 3, 2), -2500, "Hillside Pharmacy")},
        {"ambiguous-dates-need-an-order.qif", MonthFirst, 3, 4500, lines(), lines(7),
         "QIF, dates month/day/year, 3 records",
         spot(11, QDate(2024, 2, 3), -2500, "Hillside Pharmacy")},
        // Day first: 13/02 and 02/02 are read (-30.00 - 8.00 = -38.00), 02/14 (line 10) is not
        // a date. Month first: 02/02 and 02/14 (-8.00 - 45.00 = -53.00), 13/02 (line 2) is not.
        {"contradictory-dates.qif", DayFirst, 2, -3800, lines(10), lines(),
         "QIF, dates day/month/year, 2 records",
         spot(2, QDate(2024, 2, 13), -3000, "Harbour Fish Bar")},
        {"contradictory-dates.qif", MonthFirst, 2, -5300, lines(2), lines(),
         "QIF, dates month/day/year, 2 records",
         spot(10, QDate(2024, 2, 14), -4500, "Rose Florist")},
        // Read: -12.00 (line 2) and "=-7.50" (line 50) = -19.50. Left out: 6/31 (line 6),
        // 12,50 (10), 12.345 (14), ten (18), no date (22), yesterday (25), no amount (29), split
        // $abc (32), parts far from the amount (38). Warned: !Frobnicate (44), whose record is
        // skipped; the '=' (51). 6/20/2023 proves month first.
        {"unreadable-records-unknown-header.qif", Detect, 2, -1950,
         lines(6, 10, 14, 18, 22, 25, 29, 32, 38), lines(44, 51),
         "QIF, dates month/day/year, 2 records",
         spot(50, QDate(2023, 6, 20), -750, "Stray equals kept")},
    };
}

/// \brief A sample file the reader refuses as a whole (in the given order).
struct Refused
{
    const char* file;
    DateOrder order;
    const char* message; ///< A part of the error's message.
    const char* detail;  ///< The error's detail ("" when none).
};

QVector<Refused> refusedSamples()
{
    return {
        {"ambiguous-dates-need-an-order.qif", DateOrder::Detect,
         "could be day/month or month/day (for example line 11: 02/03/2024); choose the date "
         "order",
         "QIF date order: ambiguous"},
        {"contradictory-dates.qif", DateOrder::Detect,
         "written both day/month (line 2: 13/02/2024) and month/day (line 10: 02/14/2024)",
         "QIF date order: contradictory"},
        {"investment-only-autoswitch.qif", DateOrder::Detect,
         "it holds only lists or investment accounts", ""},
        {"not-qif-bank-csv.qif", DateOrder::Detect, "it has no !Type line", ""},
        {"empty-file.qif", DateOrder::Detect, "The file is empty", ""},
        {"header-only-no-records.qif", DateOrder::Detect, "it has no records", ""},
    };
}

QString orderName(DateOrder order)
{
    switch (order) {
    case DateOrder::Detect:
        return QStringLiteral("detect");
    case DateOrder::DayFirst:
        return QStringLiteral("day first");
    case DateOrder::MonthFirst:
        return QStringLiteral("month first");
    }
    return {};
}

QVector<int> linesOf(const QStringList& warnings)
{
    QVector<int> numbers;
    for (const QString& w : warnings) {
        const qsizetype colon = w.indexOf(QLatin1Char(':'));
        numbers << (w.startsWith(QStringLiteral("Line ")) && colon > 5 ? w.mid(5, colon - 5).toInt()
                                                                       : -1);
    }
    return numbers;
}

/// The file names in the "## QIF" section's table of tests/data/README.md.
QStringList filesInReadme()
{
    const QString readme = QString::fromUtf8(allot::test::sampleBytes(QStringLiteral("README.md")));
    QStringList files;
    bool inSection = false;
    for (const QString& line : readme.split(QLatin1Char('\n'))) {
        if (line.startsWith(QStringLiteral("## ")))
            inSection = line.trimmed() == QStringLiteral("## QIF");
        else if (inSection && line.startsWith(QStringLiteral("| `"))) {
            QString name = line.section(QLatin1Char('`'), 1, 1);
            if (name.startsWith(QStringLiteral("qif/")))
                name = name.mid(4);
            files << name;
        }
    }
    return files;
}

} // namespace

class TestQifSamples : public QObject
{
    Q_OBJECT

private slots:
    // ---------------------------------------------------------------------------------------
    // Whole files: how many transactions, their exact sum, problems, warnings, one record.

    void sampleFile_data()
    {
        QTest::addColumn<int>("row");
        const QVector<Expected> rows = readableSamples();
        for (int i = 0; i < rows.size(); ++i) {
            const QString name = QString::fromUtf8(rows.at(i).file);
            QTest::newRow(
                qPrintable(rows.at(i).order == DateOrder::Detect
                               ? name
                               : name + QStringLiteral(", ") + orderName(rows.at(i).order)))
                << i;
        }
    }
    void sampleFile()
    {
        QFETCH(int, row);
        const Expected e = readableSamples().at(row);
        const auto result = readQif(qifBytes(QString::fromUtf8(e.file)), e.order);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        const ReadResult& r = *result;
        QCOMPARE(r.transactions.size(), e.count);
        QCOMPARE(totalOf(r.transactions), e.sum);
        QVector<int> problemLines;
        for (const ReadProblem& p : r.problems) {
            QVERIFY(!p.message.isEmpty());
            problemLines << p.line;
        }
        QVERIFY2(problemLines == e.problemLines, qPrintable(problemsAndWarnings(r)));
        QVERIFY2(linesOf(r.warnings) == e.warningLines, qPrintable(problemsAndWarnings(r)));
        QCOMPARE(r.description, QString::fromUtf8(e.description));
        for (const ImportedTransaction& t : r.transactions) {
            QVERIFY(t.amount != 0);
            QVERIFY(t.date.isValid());
            QVERIFY(t.line > 0);
            if (!t.splits.isEmpty())
                QCOMPARE(splitSum(t), t.amount);
        }

        const Spot& one = e.spot;
        const ImportedTransaction& t = atLine(r, one.line);
        QCOMPARE(t.date, one.date);
        QCOMPARE(t.amount, one.amount);
        QCOMPARE(t.payee, QString::fromUtf8(one.payee));
        QCOMPARE(t.category, QString::fromUtf8(one.category));
        QCOMPARE(t.fileAccount, QString::fromUtf8(one.fileAccount));
        QCOMPARE(t.splits.size(), one.splits);
    }

    void refusedSample_data()
    {
        QTest::addColumn<int>("row");
        const QVector<Refused> rows = refusedSamples();
        for (int i = 0; i < rows.size(); ++i)
            QTest::newRow(rows.at(i).file) << i;
    }
    void refusedSample()
    {
        QFETCH(int, row);
        const Refused e = refusedSamples().at(row);
        const auto result = readQif(qifBytes(QString::fromUtf8(e.file)), e.order);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ErrorKind::Refused);
        QVERIFY2(result.error().message.contains(QString::fromUtf8(e.message)),
                 qPrintable(result.error().message));
        QCOMPARE(result.error().detail, QString::fromUtf8(e.detail));
    }

    void everySampleFileIsTestedAndDescribed()
    {
        QStringList tested;
        for (const Expected& e : readableSamples())
            tested << QString::fromUtf8(e.file);
        for (const Refused& e : refusedSamples())
            tested << QString::fromUtf8(e.file);
        tested.removeDuplicates();
        tested.sort();
        const QStringList files = allot::test::sampleFiles(QStringLiteral("qif"));
        QVERIFY(!files.isEmpty());
        QCOMPARE(files, tested);

        QStringList described = filesInReadme();
        QCOMPARE(described.size(), files.size()); // one row each
        described.sort();
        QCOMPARE(described, files);
    }

    /// Line ends, byte-order marks and encodings are what the files are about: make sure
    /// nothing (an editor, a git setting) has changed them.
    void samplesKeepTheirBytes()
    {
        const auto crlfOnly = [](const QByteArray& b) {
            return b.count('\r') > 0 && b.count("\r\n") == b.count('\r') &&
                   b.count("\r\n") == b.count('\n');
        };
        for (const char* name :
             {"us-checking-lists-classes-cheques.qif", "web-bank-three-digit-years.qif",
              "splits-before-total-mismatch.qif", "de-dotted-dashed-day-first-cash.qif",
              "unreadable-records-unknown-header.qif"}) {
            const QByteArray b = qifBytes(QString::fromUtf8(name));
            QVERIFY2(!b.contains('\r') && b.endsWith('\n'), name);
        }
        QVERIFY(crlfOnly(qifBytes(QStringLiteral("quicken-y2k-apostrophe-years.qif"))));
        const QByteArray accounts =
            qifBytes(QStringLiteral("quicken-accounts-autoswitch-splits.qif"));
        QVERIFY(crlfOnly(accounts));
        QVERIFY(accounts.contains("\r\n!Type:Bank \r\n"));

        const QByteArray uk =
            qifBytes(QStringLiteral("uk-ccard-day-first-bom-no-final-newline.qif"));
        QVERIFY(uk.startsWith("\xEF\xBB\xBF!Type:CCard\n"));
        QVERIFY(uk.endsWith("\n^"));
        QVERIFY(uk.contains("\xC2\xA3"
                            "30")); // £ in UTF-8

        const QByteArray iso = qifBytes(QStringLiteral("iso-dates-asset-liability-cr-only.qif"));
        QVERIFY(!iso.contains('\n'));
        QVERIFY(iso.contains("\r!Type:Cash  \r"));
        QVERIFY(iso.endsWith("\rPNewsstand\r"));

        const QByteArray fr = qifBytes(QStringLiteral("money-fr-cp1252-splits.qif"));
        QVERIFY(crlfOnly(fr));
        QVERIFY(fr.contains("P\xE2tisserie"));       // â
        QVERIFY(fr.contains("45 \x80 de r\xE9gul")); // € is 0x80 only in Windows-1252
        QVERIFY(fr.contains("Produits d\x92"
                            "entretien")); // ’ likewise
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString asUtf8 = utf8.decode(fr);
        QVERIFY(utf8.hasError());
        QVERIFY(!asUtf8.contains(QStringLiteral("Pâtisserie")));

        const QByteArray utf16 = qifBytes(QStringLiteral("utf16le-bom-savings.qif"));
        QVERIFY(utf16.startsWith(QByteArray("\xFF\xFE!\0T\0", 6)));
        QVERIFY(utf16.contains(QByteArray("\r\0\n\0", 4)));
    }

    // ---------------------------------------------------------------------------------------
    // Features, each on the sample that shows it

    void listsClassesChequesAndClearedFlags()
    {
        const ReadResult r = readSample(QStringLiteral("us-checking-lists-classes-cheques.qif"));
        QCOMPARE(r.warnings.size(), 2);
        QVERIFY2(r.warnings.at(0).startsWith(QStringLiteral("Line 85: the section !Type:Invst "
                                                            "was not read")),
                 qPrintable(r.warnings.at(0)));
        QCOMPARE(r.warnings.at(1),
                 QStringLiteral("Line 19: the amount is zero; nothing to import"));

        const ImportedTransaction& shop = atLine(r, 25); // C*, N1041
        QCOMPARE(shop.date, QDate(2023, 1, 3));
        QCOMPARE(shop.amount, qint64(-8417));
        QCOMPARE(shop.payee, QStringLiteral("Greenleaf Market"));
        QCOMPARE(shop.memo, QStringLiteral("Weekly shop"));
        QCOMPARE(shop.category, QStringLiteral("Groceries:Produce")); // "/Household" dropped
        QCOMPARE(atLine(r, 33).amount, qint64(125000));               // T1,250.00
        const ImportedTransaction& water = atLine(r, 40);             // N1042 and two A lines
        QCOMPARE(water.amount, qint64(-4510));                        // T$-45.10
        QCOMPARE(water.payee, QStringLiteral("City Water Dept"));
        QCOMPARE(water.memo, QString());
        QCOMPARE(water.category, QStringLiteral("Utilities:Water"));
        QCOMPARE(atLine(r, 48).category, QStringLiteral("[Hollis Savings]")); // "/Vacation"
        const ImportedTransaction& stream = atLine(r, 55); // after a comment line
        QCOMPARE(stream.amount, qint64(-1299));            // T-$12.99
        QCOMPARE(stream.memo, QStringLiteral("monthly plan"));
        QCOMPARE(atLine(r, 62).amount, qint64(2000)); // T+20.00
        for (const ImportedTransaction& t : r.transactions)
            QCOMPARE(t.fileAccount, QString());
    }

    void y2kApostropheYears()
    {
        const ReadResult r = readSample(QStringLiteral("quicken-y2k-apostrophe-years.qif"));
        QCOMPARE(atLine(r, 2).date, QDate(1998, 1, 5));   // D1/ 5'98
        QCOMPARE(atLine(r, 8).date, QDate(1999, 12, 30)); // D12/30'99
        QCOMPARE(atLine(r, 14).date, QDate(2000, 1, 3));  // D1/ 3' 0
        QCOMPARE(atLine(r, 20).date, QDate(2000, 2, 1));  // D2/ 1'00
        QCOMPARE(atLine(r, 26).date, QDate(2000, 9, 29)); // D9/29' 0
        QCOMPARE(atLine(r, 32).date, QDate(2001, 3, 9));  // D3/ 9'2001
        QCOMPARE(atLine(r, 8).amount, qint64(180000));    // T before U
        QCOMPARE(atLine(r, 20).amount, qint64(-1500));    // U only
        QCOMPARE(atLine(r, 20).memo, QStringLiteral("Late fee"));
        QCOMPARE(atLine(r, 8).payee, QStringLiteral("Lakeside Engineering")); // no CR left
    }

    void threeDigitYears()
    {
        const ReadResult r = readSample(QStringLiteral("web-bank-three-digit-years.qif"));
        const ImportedTransaction& deli = atLine(r, 2); // D03/25/099Card Purchase
        QCOMPARE(deli.date, QDate(1999, 3, 25));
        QCOMPARE(deli.payee, QStringLiteral("Card Purchase"));
        QCOMPARE(deli.memo, QStringLiteral("NORTHSIDE DELI #204    SPRINGFIELD  IL"));
        QCOMPARE(atLine(r, 9).date, QDate(1999, 3, 29));
        QCOMPARE(atLine(r, 9).memo, QString()); // an empty M
        QCOMPARE(atLine(r, 15).date, QDate(1999, 12, 31));
        QCOMPARE(atLine(r, 20).date, QDate(2000, 1, 3)); // D01/03/100
        QCOMPARE(atLine(r, 20).memo, QStringLiteral("BEAN THERE COFFEE"));
        const ImportedTransaction& pay = atLine(r, 27); // indented lines
        QCOMPARE(pay.date, QDate(2000, 1, 4));
        QCOMPARE(pay.amount, qint64(110000));
        QCOMPARE(pay.payee, QStringLiteral("Payroll"));
    }

    void dayFirstIsDetected()
    {
        const ReadResult uk =
            readSample(QStringLiteral("uk-ccard-day-first-bom-no-final-newline.qif"));
        QVERIFY(uk.description.contains(QStringLiteral("day/month/year")));
        const ImportedTransaction& coffee = atLine(uk, 2); // D02/01/2024, empty N and M
        QCOMPARE(coffee.date, QDate(2024, 1, 2));
        QCOMPARE(coffee.amount, qint64(-2340));
        QCOMPARE(coffee.payee, QStringLiteral("The Copper Kettle"));
        QCOMPARE(coffee.memo, QString());
        QCOMPARE(coffee.category, QStringLiteral("Eating Out:Coffee Shops"));
        QCOMPARE(atLine(uk, 10).memo, QStringLiteral("Annual railcard, £30 discount applied"));
        QCOMPARE(atLine(uk, 16).date, QDate(2024, 3, 11));
        QCOMPARE(atLine(uk, 16).category, QStringLiteral("[Hollis Checking]"));
        const ImportedTransaction& last = atLine(uk, 22); // the file ends without a newline
        QCOMPARE(last.date, QDate(2024, 4, 21));
        QCOMPARE(last.payee, QStringLiteral("Paperback Corner"));
        QCOMPARE(last.category, QStringLiteral("Books & Magazines"));

        const ReadResult de = readSample(QStringLiteral("de-dotted-dashed-day-first-cash.qif"));
        QVERIFY(de.description.contains(QStringLiteral("day/month/year")));
        QCOMPARE(atLine(de, 2).date, QDate(2024, 1, 5)); // D05.01.2024
        QCOMPARE(atLine(de, 2).payee, QStringLiteral("Bäckerei Sonnenschein"));
        QCOMPARE(atLine(de, 7).date, QDate(2024, 1, 13));  // D13.01.2024
        QCOMPARE(atLine(de, 12).date, QDate(2024, 2, 3));  // D3-2-24
        QCOMPARE(atLine(de, 16).date, QDate(2024, 2, 28)); // D28-02-2024
        QCOMPARE(atLine(de, 16).category, QStringLiteral("[Girokonto]"));
    }

    void isoDates()
    {
        const ReadResult r = readSample(QStringLiteral("iso-dates-asset-liability-cr-only.qif"));
        QVERIFY(r.description.contains(QStringLiteral("year-month-day")));
        QCOMPARE(atLine(r, 2).date, QDate(2023, 6, 30)); // D2023-06-30, in "!type:oth a"
        QCOMPARE(atLine(r, 2).amount, qint64(250000));
        QCOMPARE(atLine(r, 7).date, QDate(2023, 1, 15));  // D2023/01/15
        QCOMPARE(atLine(r, 12).date, QDate(2023, 12, 1)); // D20231201, in Oth L
        QCOMPARE(atLine(r, 12).category, QStringLiteral("[Hollis Checking]"));
        QCOMPARE(atLine(r, 17).date, QDate(2023, 12, 31)); // D2023.12.31
        QCOMPARE(atLine(r, 23).date, QDate(2022, 12, 31)); // Cash, no "^" at the end
        QCOMPARE(atLine(r, 23).payee, QStringLiteral("Newsstand"));
    }

    void splitsBeforeTotalAndMismatch()
    {
        const ReadResult r = readSample(QStringLiteral("splits-before-total-mismatch.qif"));
        const ImportedTransaction& loan = atLine(r, 2); // S, E, $ before D and T
        QCOMPARE(loan.date, QDate(2023, 1, 17));
        QCOMPARE(loan.amount, qint64(-100000));
        QCOMPARE(loan.payee, QStringLiteral("First Home Lending"));
        QCOMPARE(loan.category, QStringLiteral("[Home Loan]"));
        QCOMPARE(loan.splits.size(), 2);
        QCOMPARE(loan.splits.at(0).category, QStringLiteral("Mortgage:Interest"));
        QCOMPARE(loan.splits.at(0).memo, QStringLiteral("January interest"));
        QCOMPARE(loan.splits.at(0).amount, qint64(-61240));
        QCOMPARE(loan.splits.at(1).category, QStringLiteral("Mortgage:Principal"));
        QCOMPARE(loan.splits.at(1).amount, qint64(-38760));

        // Parts of -45.00 and -20.00 of -80.00: the -15.00 left is an uncategorised part.
        const ImportedTransaction& garden = atLine(r, 12);
        QCOMPARE(garden.splits.size(), 3);
        QCOMPARE(garden.splits.at(1).category, QStringLiteral("Household"));
        QCOMPARE(garden.splits.at(1).amount, qint64(-2000));
        QCOMPARE(garden.splits.at(2).category, QString());
        QCOMPARE(garden.splits.at(2).amount, qint64(-1500));
        QCOMPARE(r.warnings.size(), 2);
        QCOMPARE(r.warnings.at(0),
                 QStringLiteral("Line 12: the split parts add up to -65.00, not -80.00; the "
                                "difference, -15.00, was added as an uncategorised part"));

        // One part that is the whole amount is no split: its category and memo are the record's.
        const ImportedTransaction& fruit = atLine(r, 20);
        QCOMPARE(fruit.amount, qint64(-3500));
        QVERIFY(fruit.splits.isEmpty());
        QCOMPARE(fruit.category, QStringLiteral("Groceries:Produce"));
        QCOMPARE(fruit.memo, QStringLiteral("Apples and pears"));
        QCOMPARE(r.warnings.at(1), QStringLiteral("Line 25: the '=' before the amount was ignored "
                                                  "and it was read as -35.00; check its sign"));

        // L--Split--; the split's own D (1/24) does not replace the record's; "%50%" is ignored;
        // the zero part is dropped; an E after a "$" starts a part without a category.
        const ImportedTransaction& pharmacy = atLine(r, 27);
        QCOMPARE(pharmacy.date, QDate(2023, 1, 25));
        QCOMPARE(pharmacy.category, QString());
        QCOMPARE(pharmacy.splits.size(), 2);
        QCOMPARE(pharmacy.splits.at(0).category, QStringLiteral("Health:Prescriptions"));
        QCOMPARE(pharmacy.splits.at(0).amount, qint64(-3000));
        QCOMPARE(pharmacy.splits.at(1).category, QString());
        QCOMPARE(pharmacy.splits.at(1).memo, QStringLiteral("Shampoo"));
        QCOMPARE(pharmacy.splits.at(1).amount, qint64(-3000));
    }

    void splitPlaceholderAndTransferParts()
    {
        const ReadResult r = readSample(QStringLiteral("quicken-accounts-autoswitch-splits.qif"));
        const ImportedTransaction& salary = atLine(r, 36);
        QCOMPARE(salary.date, QDate(2022, 2, 1));
        QCOMPARE(salary.amount, qint64(214000)); // U and T 2,140.00
        QCOMPARE(salary.payee, QStringLiteral("Brightside Labs"));
        QCOMPARE(salary.category, QString()); // L--Split--
        QCOMPARE(salary.splits.size(), 6);    // they add up: no uncategorised part
        QCOMPARE(splitSum(salary), qint64(214000));
        QCOMPARE(salary.splits.at(0).category, QStringLiteral("Salary"));
        QCOMPARE(salary.splits.at(0).memo, QStringLiteral("Gross pay"));
        QCOMPARE(salary.splits.at(0).amount, qint64(340000));
        QCOMPARE(salary.splits.at(1).category, QStringLiteral("Tax:Federal"));
        QCOMPARE(salary.splits.at(1).amount, qint64(-51000));
        QCOMPARE(salary.splits.at(3).memo, QStringLiteral("Medical plan"));
        QCOMPARE(salary.splits.at(4).category, QStringLiteral("[Hollis Retirement]"));
        QCOMPARE(salary.splits.at(4).memo, QStringLiteral("To the retirement plan"));
        QCOMPARE(salary.splits.at(4).amount, qint64(-25000));
        QCOMPARE(salary.splits.at(5).category, QStringLiteral("[Hollis Savings]")); // "/Emergency"
        QCOMPARE(salary.splits.at(5).amount, qint64(-10000));
    }

    void accountsAndAutoSwitch()
    {
        const ReadResult r = readSample(QStringLiteral("quicken-accounts-autoswitch-splits.qif"));
        // The card's record follows the AutoSwitch list of four accounts: a list names none.
        QCOMPARE(atLine(r, 17).fileAccount, QString());
        QCOMPARE(atLine(r, 17).amount, qint64(-3820));
        // "!Account" blocks of one account name the account of the records that follow.
        for (const int line : {36, 58, 63})
            QCOMPARE(atLine(r, line).fileAccount, QStringLiteral("Hollis Checking"));
        QCOMPARE(atLine(r, 63).category, QStringLiteral("[Pocket Cash]"));
        for (const int line : {73, 78})
            QCOMPARE(atLine(r, line).fileAccount, QStringLiteral("Pocket Cash"));
        // "^^" ends records; the Memorized list after !Type:Invst is skipped silently.
        QCOMPARE(atLine(r, 58).payee, QStringLiteral("Flower Hut"));
        QCOMPARE(r.warnings.size(), 1);
        QVERIFY(r.warnings.first().startsWith(QStringLiteral("Line 87: the section !Type:Invst")));
    }

    void windows1252()
    {
        const QByteArray cp1252 = qifBytes(QStringLiteral("money-fr-cp1252-splits.qif"));
        const ReadResult r = readQifOk(cp1252);
        QVERIFY2(r.description.endsWith(QStringLiteral(", text read as Windows-1252")),
                 qPrintable(r.description));
        QCOMPARE(atLine(r, 2).payee, QStringLiteral("Boulangerie Pâtisserie Lefèvre"));
        QCOMPARE(atLine(r, 15).memo, QStringLiteral("Facture n° 4471 – 45 € de régularisation"));
        const ImportedTransaction& shop = atLine(r, 21);
        QCOMPARE(shop.payee, QStringLiteral("Hypermarché Les Sœurs"));
        QCOMPARE(shop.splits.size(), 2);
        QCOMPARE(shop.splits.at(0).category, QStringLiteral("Alimentation:Épicerie"));
        QCOMPARE(shop.splits.at(0).memo, QStringLiteral("Fruits et légumes"));
        QCOMPARE(shop.splits.at(0).amount, qint64(-6130));
        QCOMPARE(shop.splits.at(1).memo, QStringLiteral("Produits d’entretien"));
        QCOMPARE(atLine(r, 31).amount, qint64(284516)); // T2,845.16
        QCOMPARE(atLine(r, 31).payee, QStringLiteral("Salaire – Atelier Dumoulin"));
        QCOMPARE(atLine(r, 36).category, QStringLiteral("[Livret A]"));

        // The same text in UTF-8 reads the same, without the note.
        QStringDecoder decoder("windows-1252");
        QVERIFY(decoder.isValid());
        const QString text = decoder.decode(cp1252);
        const ReadResult fromUtf8 = readQifOk(text.toUtf8());
        QCOMPARE(fromUtf8.description, QStringLiteral("QIF, dates month/day/year, 6 records"));
        QCOMPARE(fromUtf8.transactions.size(), r.transactions.size());
        QCOMPARE(atLine(fromUtf8, 21).payee, QStringLiteral("Hypermarché Les Sœurs"));
        QCOMPARE(atLine(fromUtf8, 15).memo, atLine(r, 15).memo);
    }

    void unreadableRecordsAreProblems()
    {
        const ReadResult r = readSample(QStringLiteral("unreadable-records-unknown-header.qif"));
        QCOMPARE(r.transactions.size(), 2);
        QCOMPARE(atLine(r, 2).payee, QStringLiteral("Kept first"));
        QCOMPARE(r.problems.size(), 9);
        const auto problem = [&](int i) { return r.problems.at(i).message; };
        QVERIFY2(problem(0).contains(QStringLiteral("\"6/31/2023\" is not a date (read as "
                                                    "month/day/year)")),
                 qPrintable(problem(0)));
        QVERIFY2(problem(1).contains(QStringLiteral("12,50")), qPrintable(problem(1)));
        QVERIFY2(problem(2).contains(QStringLiteral("12.345")), qPrintable(problem(2)));
        QVERIFY2(problem(3).contains(QStringLiteral("\"ten\"")), qPrintable(problem(3)));
        QCOMPARE(problem(4), QStringLiteral("The record has no date"));
        QVERIFY2(problem(5).contains(QStringLiteral("\"yesterday\" is not a date")),
                 qPrintable(problem(5)));
        QCOMPARE(problem(6), QStringLiteral("The record has no amount"));
        QVERIFY2(problem(7).contains(QStringLiteral("split amount on line 36")),
                 qPrintable(problem(7)));
        QVERIFY2(problem(8).contains(QStringLiteral("far from the amount 9000000000.00")),
                 qPrintable(problem(8)));

        // The unknown header's record is skipped up to the next header, with a warning.
        QCOMPARE(r.warnings.size(), 2);
        QVERIFY2(r.warnings.at(0).startsWith(QStringLiteral("Line 44: !Frobnicate is not a QIF "
                                                            "header")),
                 qPrintable(r.warnings.at(0)));
        for (const ImportedTransaction& t : r.transactions)
            QVERIFY(t.amount != -99900);
        QCOMPARE(atLine(r, 50).amount, qint64(-750)); // T=-7.50
        QVERIFY(r.warnings.at(1).startsWith(QStringLiteral("Line 51: the '=' before the amount")));
    }
};

QTEST_GUILESS_MAIN(TestQifSamples)
#include "tst_qifsamples.moc"
