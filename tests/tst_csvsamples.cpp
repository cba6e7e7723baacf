// The CSV reader on whole files: the project's own samples (tests/data/csv, described in
// tests/data/README.md), which run in every clone, then the real-world corpus beside the clone
// (skipped without it, failed with ALLOT_REQUIRE_CORPUS). tst_csvreader has the unit tests on
// text written in the tests, and compares CsvStream with whole reads on these files too.

#include "formats/CsvReader.h"
#include "support/TestData.h"

#include <QStringDecoder>
#include <QStringEncoder>
#include <QTest>

#include <algorithm>
#include <utility>

using namespace allot;
using namespace allot::formats;
using allot::test::corpusBytes;
using allot::test::corpusFiles;
using allot::test::sampleBytes;
using allot::test::sampleFiles;

#define ALLOT_VERIFY_OK(r)                                                                         \
    QVERIFY2((r).ok(), qPrintable((r).ok() ? QString() : (r).error().message))

namespace {

QByteArray csvBytes(const QString& name)
{
    return sampleBytes(QStringLiteral("csv/") + name);
}

QByteArray corpusCsv(const QString& name)
{
    return corpusBytes(QStringLiteral("csv/") + name);
}

QString problemsText(const ReadResult& r)
{
    QStringList lines;
    for (const ReadProblem& p : r.problems)
        lines << QStringLiteral("%1: %2").arg(p.line).arg(p.message);
    return lines.join(QLatin1Char('\n'));
}

/// The rows and columns of a mapping, e.g. "rows 0 1, date 1, amount 8, payee 5, memo 4"
/// (header row and first record row, 0-based; only the columns it uses).
QString columnsOf(const CsvMapping& m)
{
    QStringList parts{QStringLiteral("rows %1 %2").arg(m.headerRow).arg(m.firstDataRow)};
    const std::pair<const char*, int> columns[] = {
        {"date", m.dateColumn},     {"amount", m.amountColumn},      {"debit", m.debitColumn},
        {"credit", m.creditColumn}, {"marker", m.creditDebitColumn}, {"payee", m.payeeColumn},
        {"memo", m.memoColumn},     {"category", m.categoryColumn}};
    for (const auto& [name, column] : columns)
        if (column >= 0)
            parts << QStringLiteral("%1 %2").arg(QLatin1String(name)).arg(column);
    return parts.join(QStringLiteral(", "));
}

/// \brief One record of a file, looked at closely.
struct Spot
{
    int line;
    QDate date;
    qint64 amount;
    const char* payee;
    const char* memo = "";
    const char* category = "";
};

/// \brief What reading one file without a mapping must give.
struct Sample
{
    const char* file;
    int count;
    qint64 sum;
    const char* description;
    const char* columns; ///< What detection chose, as columnsOf() writes it.
    QStringList warnings;
    QVector<Spot> spots;
    QString problems; ///< The rows left out, as problemsText() writes them.
};

Sample sample(const char* file, int count, qint64 sum, const char* description, const char* columns,
              std::initializer_list<const char*> warnings, QVector<Spot> spots,
              std::initializer_list<const char*> problems = {})
{
    Sample s{file, count, sum, description, columns, QStringList(), std::move(spots), QString()};
    for (const char* text : warnings)
        s.warnings << QString::fromUtf8(text);
    QStringList lines;
    for (const char* text : problems)
        lines << QString::fromUtf8(text);
    s.problems = lines.join(QLatin1Char('\n'));
    return s;
}

/// Reads \a bytes and compares everything \a e says about them.
void checkFile(const QByteArray& bytes, const Sample& e)
{
    const auto mapping = detectCsvMapping(bytes);
    ALLOT_VERIFY_OK(mapping);
    QCOMPARE(columnsOf(*mapping), QString::fromUtf8(e.columns));
    QVERIFY(!mapping->negateAmounts);
    const auto read = readCsv(bytes);
    ALLOT_VERIFY_OK(read);
    const ReadResult& r = *read;
    QCOMPARE(r.transactions.size(), e.count);
    QCOMPARE(totalOf(r.transactions), e.sum);
    QCOMPARE(problemsText(r), e.problems);
    QCOMPARE(r.warnings, e.warnings);
    QCOMPARE(r.description, QString::fromUtf8(e.description));
    for (const ImportedTransaction& t : r.transactions) {
        QVERIFY(t.amount != 0);
        QVERIFY(t.date.isValid());
        QVERIFY(!t.payee.isEmpty());
        QVERIFY(t.externalId.isEmpty() && t.fileAccount.isEmpty() && t.splits.isEmpty());
    }
    QVERIFY(!e.spots.isEmpty());
    for (const Spot& s : e.spots) {
        const auto t = std::find_if(r.transactions.cbegin(), r.transactions.cend(),
                                    [&](const ImportedTransaction& x) { return x.line == s.line; });
        QVERIFY2(t != r.transactions.cend(), qPrintable(QStringLiteral("line %1").arg(s.line)));
        QCOMPARE(t->date, s.date);
        QCOMPARE(t->amount, s.amount);
        QCOMPARE(t->payee, QString::fromUtf8(s.payee));
        QCOMPARE(t->memo, QString::fromUtf8(s.memo));
        QCOMPARE(t->category, QString::fromUtf8(s.category));
    }
}

// Every value below was worked out from the file by hand, not taken from the reader. The
// problems are written "line: message".
QVector<Sample> samples()
{
    return {
        // (4.80) - 23.15 (U+2212) - 61.40 (trailing minus) - 18.00 DR + 18.00 CR + .50
        // - 12.40 USD + ₹1,25,000.00 + 7.5 = 125,026.00 - 119.75 = 124,906.25. "Booked date"
        // is a date by its last word.
        sample(
            "amount-forms-pipe-iso-times.csv", 9, 12490625,
            "CSV, separated by |, header on line 1, dates yyyy-MM-dd, decimal point",
            "rows 0 1, date 0, amount 3, payee 1, memo 4, category 2", {},
            {{2, QDate(2024, 5, 2), -480, "Bean & Leaf Coffee", "flat white", "Dining:Coffee"},
             {3, QDate(2024, 5, 2), -2315, "Greenway Market", "weekly shop", "Groceries"},
             {4, QDate(2024, 5, 3), -6140, "Northwind Power", "May bill", "Utilities:Electricity"},
             {5, QDate(2024, 5, 6), -1800, "Harbor Books", "birthday gift", "Shopping:Books"},
             {6, QDate(2024, 5, 8), 1800, "Harbor Books", "gift returned", "Shopping:Books"},
             {7, QDate(2024, 5, 10), 50, "City Parking", "overpaid meter refunded",
              "Transport:Parking"},
             {8, QDate(2024, 5, 13), -1240, "Streamly", "monthly plan", "Subscriptions"},
             {9, QDate(2024, 5, 15), 12500000, "Lakshmi Textiles", "design work",
              "Income:Freelance"},
             {10, QDate(2024, 5, 20), 750, "Cornerstone Bakery", "cake deposit returned",
              "Dining"}}),
        // No names: the first date column; the column with minus signs is money out; the text
        // column is the payee, the constant "EUR" column nothing. Out -5.80 -96.00 -38.60
        // -150.00 -7.90 = -298.30; in 12.50 + 2,415.30 = 2,427.80; 2,129.50. Line 7 is text.
        // The cut character makes the file Windows-1252: its byte 0xC3 is "Ã".
        sample("at-raiffeisen-tab-no-header-invalid-byte.csv", 7, 212950,
               "CSV, tab-separated, no header, dates dd.MM.yyyy, decimal comma",
               "rows -1 0, date 0, debit 3, credit 4, payee 1",
               {"Columns 4 and 5 have no names: column 4 was read as money out and column 5 as "
                "money in.",
                "Line 7 has no date and no amount; left out"},
               {{1, QDate(2024, 10, 1), -580, "Bezahlung Karte MC/000004471 BAECKEREI RUHM GRAZ"},
                {2, QDate(2024, 10, 2), 1250,
                 "Gutschrift Ueberweisung Pension Alpenrose Rueckzahlung 12,50 Kurtaxe"},
                {4, QDate(2024, 10, 7), -3860, "Bezahlung Karte MC/000004471 GASTHAUS ZUM GRÃ"},
                {5, QDate(2024, 10, 15), 241530, "Gehalt Oktober Holzbau Pichler GmbH"},
                {8, QDate(2024, 10, 31), -790, "Kontofuehrung Oktober"}}),
        // Inflow minus outflow, both filled: -86.12 - 120.00 + 2,640.00 - 39.99 = 2,393.89;
        // line 5 is $0.00 both.
        sample(
            "budget-app-outflow-inflow-month-names.csv", 4, 239389,
            "CSV, comma-separated, header on line 1, dates MMM d, yyyy, decimal point",
            "rows 0 1, date 1, debit 5, credit 6, payee 2, memo 4, category 3",
            {"Line 5: the amount is zero; nothing to import"},
            {{2, QDate(2025, 1, 3), -8612, "Hilltop Grocery", "", "Everyday: Groceries"},
             {3, QDate(2025, 1, 6), -12000, "Sunrise Dental", "check-up, Ava", "Health: Dentist"},
             {4, QDate(2025, 1, 10), 264000, "Paycheck Rowan", "", "Income: Ready to Assign"},
             {6, QDate(2025, 1, 21), -3999, "Northside Gym", "", "Fitness: Membership"}}),
        // Gutschrift 6'850.00 + CHF 1’500.00 = 8,350.00; Belastung 86.40 + 2'180.00 + 412.65
        // + 1’245.20 = 3,924.25; 4,425.75 (the Saldo column agrees row by row).
        sample("ch-bank-apostrophe-thousands.csv", 6, 442575,
               "CSV, semicolon-separated, header on line 1, dates dd.MM.yyyy, decimal point",
               "rows 0 1, date 0, debit 3, credit 4, payee 2", {},
               {{2, QDate(2024, 9, 2), -8640, "Einkauf Dorfladen Wattwil, Karte 4471"},
                {4, QDate(2024, 9, 10), -218000, "Miete Wohnung Rosenweg 7"},
                {6, QDate(2024, 9, 24), 150000, "Rückzahlung Darlehen L. Keller"},
                {7, QDate(2024, 9, 30), -124520, "Steuerrate Gemeinde Ebnat"}}),
        // Buchungstag (not Valutadatum), Beguenstigter/Zahlungspflichtiger, Verwendungszweck.
        // -86,00 - 7,45 + 2.345,67 - 1.150,00 - 24,50 = 2,345.67 - 1,267.95 = 1,077.72.
        sample("de-sparkasse-semicolon-quoted-short-years.csv", 5, 107772,
               "CSV, semicolon-separated, header on line 1, dates dd.MM.yy, decimal comma",
               "rows 0 1, date 1, amount 8, payee 5, memo 4", {},
               {{3, QDate(2024, 4, 3), -745, "Bäckerei Körner", "Einkauf Filiale 0412; Karte 2"},
                {4, QDate(2024, 4, 5), 234567, "Weidmann & Söhne KG",
                 "Gehalt April 2024 Personalnr. 3318"},
                {5, QDate(2024, 4, 8), -115000, "Hausverwaltung Ostertag",
                 "Miete \"Haus am See\" Whg. 3"},
                {6, QDate(2024, 4, 10), -2450, "Turnverein Grünwald e.V.",
                 "Beitrag Q2 Mitgliedsnr. 207"}}),
        // Soll 780,00 + 38,97 + 1.204,40 = 2,023.37; Haben 250,00 + 400,00 = 650.00; -1,373.37.
        sample(
            "de-volksbank-latin1-preamble-soll-haben.csv", 5, -137337,
            "CSV, semicolon-separated, header on line 5, dates dd.MM.yyyy, decimal comma",
            "rows 4 5, date 0, amount 5, marker 6, payee 2, memo 3",
            {"Lines 1 to 4, before the column names, were skipped."},
            {{6, QDate(2024, 3, 1), -78000, "Wohnungsbau Eichenhof eG", "Miete März"},
             {7, QDate(2024, 3, 4), 25000, "Familienkasse Nordheide", "Kindergeld KG-Nr. 114"},
             {9, QDate(2024, 3, 15), -120440, "Versicherung Süderelbe AG", "Beitrag Hausrat 2024"},
             {10, QDate(2024, 3, 28), 40000, "Müller & Weiß GbR", "Rückerstattung Kaution"}}),
        // Débit 4,35 + 1 212,80 + 18,90 (written -18,90) + 12,60 = 1,248.65; Crédit 2 480,00
        // + 25,00 = 2,505.00; 1,256.35. The blanks in the thousands are no-break spaces.
        sample("fr-banque-cp1252-debit-credit-nbsp.csv", 6, 125635,
               "CSV, semicolon-separated, header on line 1, dates dd/MM/yyyy, decimal comma",
               "rows 0 1, date 0, debit 3, credit 4, payee 2", {},
               {{2, QDate(2024, 6, 3), -435, "CB Boulangerie Les Délices 02/06"},
                {3, QDate(2024, 6, 5), -121280, "PRLV SEPA Foncière Œuvre Logement – loyer juin"},
                {4, QDate(2024, 6, 10), 248000, "VIR Salaire Société Côté Jardin"},
                {5, QDate(2024, 6, 14), -1890, "CB Café de l’Église 13/06"},
                {6, QDate(2024, 6, 21), 2500, "Remboursement Sécu – 25 € de soins"},
                {7, QDate(2024, 6, 28), -1260, "CB Boucherie Au Bœuf Doré"}}),
        // "Irány" is no name Allot knows: its Debit/Credit words make it the marker column.
        // Credit 185 000; Debit 4 990 + 12 350 + 890 = 18 230; 166 770 forints.
        sample("hu-bank-dotted-dates-whole-forints.csv", 4, 16677000,
               "CSV, comma-separated, header on line 1, dates yyyy.MM.dd., decimal point",
               "rows 0 1, date 0, amount 3, marker 2, payee 5, memo 6", {},
               {{2, QDate(2024, 11, 4), -499000, "Zöldség Kuckó Kft.", "Kártyás vásárlás"},
                {3, QDate(2024, 11, 6), 18500000, "Kovács és Társa Bt.", "Munkabér november"},
                {5, QDate(2024, 11, 20), -89000, "Kávézó a Sarkon", "Kártyás vásárlás"}}),
        // 01/02/24, 03/04/24, 05/06/24 rise read either way: day first, with a warning.
        // -6,50 + 150,00 - 88,20 = 55.30.
        sample("it-banca-ambiguous-dates-day-first.csv", 3, 5530,
               "CSV, semicolon-separated, header on line 1, dates dd/MM/yy, decimal comma",
               "rows 0 1, date 0, amount 3, payee 2",
               {"The dates could be read with the day or the month first; they were read as "
                "dd/MM/yy."},
               {{2, QDate(2024, 2, 1), -650, "Pagamento POS Pasticceria Dolce Vita"},
                {3, QDate(2024, 4, 3), 15000, "Bonifico da Giulia Ferraro"}}),
        // Af 23,47 + 112,80 + 1.386,50 = 1,522.77; Bij 35,00 + 412,00 = 447.00; -1,075.77.
        sample("nl-ing-af-bij-compact-dates.csv", 5, -107577,
               "CSV, comma-separated, header on line 1, dates yyyyMMdd, decimal comma",
               "rows 0 1, date 0, amount 6, marker 5, payee 1, memo 8", {},
               {{2, QDate(2024, 5, 2), -2347, "Buurtsuper De Gaard UTRECHT",
                 "Pasvolgnr:003 02-05-2024 17:41"},
                {4, QDate(2024, 5, 6), 3500, "J. Bakker", "Verjaardagscadeau Mila"},
                {6, QDate(2024, 5, 25), 41200, "Toeslagenfonds Midden", "Teruggave 2023"}}),
        // -1.045,00 + 50,00 - 23,75 + 1.250,00 - 8,40 = 1,300.00 - 1,077.15 = 222.85 (the
        // "Saldo na trn" column agrees). Line 3 misses its opening quote; line 4 has no
        // counterparty (the description is the payee); line 6 has text after a closing quote.
        sample("nl-spaarbank-rrcrlf-latin1-plus-signs.csv", 5, 22285,
               "CSV, comma-separated, header on line 1, dates yyyy-MM-dd, decimal comma",
               "rows 0 1, date 3, amount 5, payee 8, memo 9", {},
               {{2, QDate(2024, 2, 1), -104500, "Woonstichting De Linde", "Huur februari"},
                {3, QDate(2024, 2, 3), 5000, "Sanne de Vries", "Terugbetaling etentje"},
                {4, QDate(2024, 2, 6), -2375, "Betaalautomaat Café 't Hoekje",
                 "Betaalautomaat Café 't Hoekje"},
                {6, QDate(2024, 2, 12), -840, "Tuincentrum De Groene Wereld B.V.",
                 "Bloembollen, coöperatieve aankoop"}}),
        // A row of words above dates is a header; the payee is the text column with the most
        // different values. -18,40 - 1 245,00 + 6 820,50 - 57,99 - 95,00 = 5,404.11.
        sample("pl-bank-unknown-column-names.csv", 5, 540411,
               "CSV, semicolon-separated, header on line 1, dates dd-MM-yyyy, decimal comma",
               "rows 0 1, date 0, amount 3, payee 1", {},
               {{2, QDate(2024, 12, 2), -1840, "Piekarnia Pod Lipą"},
                {3, QDate(2024, 12, 5), -124500, "Spółdzielnia Mieszkaniowa Zorza"},
                {4, QDate(2024, 12, 10), 682050, "Biuro Rachunkowe Wrona"}}),
        // Verwendungszweck (a memo) is the only text: it is the payee. Read: -3,20 (line 2),
        // -41,67 (15), -2,50 (17, whose quote never closes) = -47.37. Problems: lines 3 to 11.
        sample("problems-unreadable-rows.csv", 3, -4737,
               "CSV, semicolon-separated, header on line 1, dates dd.MM.yyyy, decimal comma",
               "rows 0 1, date 0, amount 2, payee 1",
               {"Line 13: the amount is zero; nothing to import",
                "Line 14 has no date and no amount; left out"},
               {{2, QDate(2025, 1, 2), -320, "Bäckerei am Markt"},
                {15, QDate(2025, 1, 14), -4167, "Supermarkt Frischeck"},
                {17, QDate(2025, 1, 15), -250, "\"Kiosk Zur Ecke"}},
               {"3: the date \"31.04.2025\" does not exist",
                "4: \"Anfang Mai\" is not a date written as dd.MM.yyyy", "5: the row has no date",
                "6: the row has no amount", "7: \"n/a\" is not an amount: unexpected character 'n'",
                "8: \"--5,00\" is not an amount: it has more than one sign",
                "9: \"12,345\" is not an amount: it has more than two decimals",
                "10: \"1.23,45\" is not an amount: a thousands separator is in the wrong place",
                "11: \"99.999.999.999,00\" is not an amount: it is larger than the largest amount, "
                "9999999999.99"}),
        // Withdrawals 8.60 + 100.00 + 1,240.00 = 1,348.60; deposit 3,450.00; 2,101.40.
        sample("sg-bank-preamble-continuation-rows.csv", 4, 210140,
               "CSV, comma-separated, header on line 6, dates dd MMM yyyy, decimal point",
               "rows 5 6, date 0, debit 3, credit 4, payee 2",
               {"Lines 1 to 5, before the column names, were skipped.",
                "4 rows without a date or an amount were added to the memo of the record above "
                "them."},
               {{7, QDate(2024, 9, 2), -860, "NETS QR PAYMENT", "KOPI CORNER TIONG BAHRU"},
                {9, QDate(2024, 9, 9), 345000, "GIRO SALARY", "LIONGATE ENGINEERING PTE LTD"},
                {13, QDate(2024, 9, 30), -124000, "FAST PAYMENT", "TO RENT CONDO MGMT TAMPINES"}}),
        // Description is the payee, Reference the memo, the nameless last column the marker.
        // Pending lines 2 and 3 left out. -18.99 + 300.00 (CR) - 1,250.00 - 48.75 + 4.50 (CR)
        // = 304.50 - 1,317.74 = -1,013.24.
        sample("uk-card-bom-pending-cr-marker.csv", 5, -101324,
               "CSV, comma-separated, header on line 1, dates dd-MMM-yyyy, decimal point",
               "rows 0 1, date 0, amount 3, marker 4, payee 2, memo 1",
               {"Amounts without a sign or a CR mark were read as money out.",
                "Line 2 is still pending; left out", "Line 3 is still pending; left out"},
               {{4, QDate(2024, 5, 2), -1899, "THE BOOK NOOK HARROGATE", "RX41123"},
                {5, QDate(2024, 5, 3), 30000, "DIRECT DEBIT PAYMENT - THANK YOU", "RX41190"},
                {6, QDate(2024, 5, 7), -125000, "HOLIDAY COTTAGES, WHITBY", "RX41377"},
                {8, QDate(2024, 5, 21), 450, "REFUND - THE BOOK NOOK", "RX41688"}}),
        // Every date reads both ways; newest first, only month first keeps them in order (day
        // first: 7 Feb, 6 Nov, 6 Apr, 5 Sep, 5 Mar). Deposit 1,836.25; withdrawals 23.18
        // + 450.00 + 200.00 + 1,018.30 = 1,691.48; 144.77. Line 5's field spans two lines.
        sample("us-checking-quoted-dollars-newest-first.csv", 5, 14477,
               "CSV, comma-separated, header on line 1, dates MM/dd/yyyy, decimal point",
               "rows 0 1, date 0, debit 4, credit 5, payee 3",
               {"The dates could be read with the day or the month first; they were read as "
                "MM/dd/yyyy."},
               {{2, QDate(2024, 7, 2), -2318, "PINE STREET PHARMACY"},
                {4, QDate(2024, 6, 4), 183625, "PAYROLL BLUEWATER LOGISTICS"},
                {5, QDate(2024, 5, 9), -20000, "ONLINE TRANSFER TO SAVINGS REF 55012"},
                {7, QDate(2024, 5, 3), -101830, "CITY AUTO REPAIR"}}),
        // -120 + 45 - 310 - 60 + 1450 = 1005 (whole dollars); 3/17/24 proves month first.
        sample("us-creditunion-cr-only-categories.csv", 5, 100500,
               "CSV, comma-separated, header on line 1, dates M/d/yy, decimal point",
               "rows 0 1, date 0, amount 4, payee 1, memo 3, category 2", {},
               {{2, QDate(2024, 3, 1), -12000, "Nguyễn Thị Hoa", "March babysitting", "Childcare"},
                {3, QDate(2024, 3, 5), 4500, "Σοφία Παπαδάκη", "Tutoring refund", "Income"},
                {5, QDate(2024, 3, 17), -6000, "Олег Сидоренко", "Shared groceries", "Household"},
                {6, QDate(2024, 3, 28), 145000, "Maplewood Payroll", "Paycheck", "Income"}}),
        // Only a memo-named column: it is the payee. -925,00 + 123,00 + 0,42 = -801.58.
        sample("utf16be-bom-slash-iso-memo-only.csv", 3, -80158,
               "CSV, semicolon-separated, header on line 1, dates yyyy/M/d, decimal comma",
               "rows 0 1, date 0, amount 2, payee 1", {},
               {{2, QDate(2024, 7, 1), -92500, "Huur juli"}, {4, QDate(2024, 7, 31), 42, "Rente"}}),
        // -42.18 - 615.00 - 200.00 + 3,105.77 = 2,248.59; 25/4/2024 proves day first.
        sample("utf16le-bom-tab-spreadsheet.csv", 4, 224859,
               "CSV, tab-separated, header on line 1, dates d/M/yyyy, decimal point",
               "rows 0 1, date 0, amount 3, payee 1, memo 4, category 2", {},
               {{2, QDate(2024, 4, 5), -4218, "Farmers' Co-op", "", "Groceries"},
                {3, QDate(2024, 4, 12), -61500, "Heizöl Brandt", "filled tank", "Housing:Heating"},
                {5, QDate(2024, 4, 30), 310577, "Teaching Hospital—Payroll", "April salary",
                 "Income"}}),
    };
}

/// \brief A sample file the reader refuses as a whole, and how its message starts.
QVector<std::pair<const char*, const char*>> refusedSamples()
{
    return {
        {"refused-budget-summary-no-dates.csv", "No column of the file holds dates"},
        {"refused-calendar-no-amounts.csv", "No column of the file holds amounts"},
        {"refused-empty.csv", "The file is empty."},
        {"refused-header-only.csv", "The file has column names but no records."},
        {"refused-notes-no-columns.csv", "The file has no columns"},
    };
}

/// The file names in the "## CSV" section's table of tests/data/README.md.
QStringList filesInReadme()
{
    const QString readme = QString::fromUtf8(sampleBytes(QStringLiteral("README.md")));
    QStringList files;
    bool inSection = false;
    for (const QString& line : readme.split(QLatin1Char('\n'))) {
        if (line.startsWith(QStringLiteral("## ")))
            inSection = line.trimmed() == QStringLiteral("## CSV");
        else if (inSection && line.startsWith(QStringLiteral("| `")))
            files << line.section(QLatin1Char('`'), 1, 1).remove(QStringLiteral("csv/"));
    }
    return files;
}

/// A mapping detected, saved as JSON and read back reads the file as detection did.
void compareMappingThroughJson(const QByteArray& bytes)
{
    const auto mapping = detectCsvMapping(bytes);
    ALLOT_VERIFY_OK(mapping);
    const auto back = CsvMapping::fromJson(mapping->toJson());
    ALLOT_VERIFY_OK(back);
    QCOMPARE(back->toJson(), mapping->toJson());
    const auto withMapping = readCsv(bytes, *back);
    const auto without = readCsv(bytes);
    ALLOT_VERIFY_OK(withMapping);
    ALLOT_VERIFY_OK(without);
    QCOMPARE(withMapping->transactions.size(), without->transactions.size());
    QCOMPARE(totalOf(withMapping->transactions), totalOf(without->transactions));
    QCOMPARE(problemsText(*withMapping), problemsText(*without));
    QCOMPARE(withMapping->description, without->description);
}

// The real-world corpus (../shared/import-corpus/SOURCES.md says what each file shows), worked
// out by hand from the files like the samples.
QVector<Sample> corpus()
{
    return {
        // Sparkasse: one record (line 2), Betrag "-36,99", Buchungstag "22.02.18".
        sample("bank2ynab-20180226-1000594757-umsatz.CSV", 1, -3699,
               "CSV, semicolon-separated, header on line 1, dates dd.MM.yy, decimal comma",
               "rows 0 1, date 1, amount 8, payee 5, memo 4", {},
               {{2, QDate(2018, 2, 22), -3699, "Vodafone Kabel DeutschlandGmbH",
                 "EREF+RECHNR. 100532580591MREF+KD020007057822CRED+DE20KD000000058294SVWZ+02/2018 "
                 "K-NR. 132587495 Ihre Rechnung online bei www.vodafone.de/meinkabel"}}),
        // bunq: 7 records; -8,78 -7,08 +8,78 -8,76 +7,08 -7,07 -7,99 = -23,82. Payee from
        // "Name" (Counterparty is empty in every row), memo from "Description".
        sample("bank2ynab-2019-03-02_11-50-46_bunq-statement.csv", 7, -2382,
               "CSV, comma-separated, header on line 1, dates yyyy-MM-dd, decimal comma",
               "rows 0 1, date 0, amount 1, payee 4, memo 5", {},
               {{8, QDate(2018, 12, 17), -799, "NETFLIX.COM", "NETFLIX.COM 14087249160, NL"}}),
        // Rabobank ("\r\r\n" endings, so each record is one line): -337,49 +50,00 -750,00 =
        // -1037,49. Line 2 has no counterparty (its description is the payee); line 3 is the
        // record missing its opening quote.
        sample("bank2ynab-CSV_A_20180414_112204.csv", 3, -103749,
               "CSV, comma-separated, header on line 1, dates yyyy-MM-dd, decimal comma",
               "rows 0 1, date 4, amount 6, payee 9, memo 19", {},
               {{2, QDate(2018, 3, 1), -33749, "RENTE LENING", "RENTE LENING"},
                {3, QDate(2018, 3, 14), 5000, "Nederlandse Loterij Organisatie B.V.",
                 "Gefeliciteerd, Gewonnen met Staatsloterij, Trekking 10-03-2018, 18753493.6094"}}),
        // UK card: 13 rows, 3 "Pending" (lines 2-4) left out. Posted charges 1183.23 + 18.89 +
        // 23.00 + 80.99 + 1.50 + 50.00 + 10.00 + 9.99 + 8.20 = 1385.80 out (no mark: money out);
        // the CR payment "+ £1,100.00" in: 1100.00 - 1385.80 = -285.80.
        sample("bank2ynab-MS_JANE_SMITH_01-12-2019_14-12-2019.csv", 10, -28580,
               "CSV, comma-separated, header on line 1, dates dd-MMM-yyyy, decimal point",
               "rows 0 1, date 0, amount 2, marker 3, payee 1",
               {"Amounts without a sign or a CR mark were read as money out.",
                "Line 2 is still pending; left out", "Line 3 is still pending; left out",
                "Line 4 is still pending; left out"},
               {{5, QDate(2019, 12, 12), -118323, "ROYAL LONDON INSURANCE 01222 61234 GBR"},
                {14, QDate(2019, 12, 2), 110000, "PAYMENT RECEIVED - THANK YOU"}}),
        // Singapore: 5 preamble lines, header on line 6, 8 records each followed by a
        // continuation row; withdrawals 6 x 6.66 + 2 x 66.66 = 173.28, no deposits.
        sample(
            "bank2ynab-TransactionHistory_20180418043121.csv", 8, -17328,
            "CSV, comma-separated, header on line 6, dates dd/MM/yyyy, decimal point",
            "rows 5 6, date 0, debit 3, credit 4, payee 2",
            {"Lines 1 to 5, before the column names, were skipped.",
             "8 rows without a date or an amount were added to the memo of the record above "
             "them."},
            {{11, QDate(2018, 4, 17), -6666, "CASH WITHDRAWAL ATM", "66-6666 OCBC-666 BRANCH S"}}),
        // Hungarian: -350 (outflow) + 1290 (inflow) = 940 HUF, in minor units 94000. The file's
        // author put the payee in "Részletek"; "Bevétel/Kiadás" is the marker column.
        sample("bank2ynab-W80844_EBH_201945.202122.csv", 2, 94000,
               "CSV, comma-separated, header on line 1, dates yyyy.MM.dd., decimal point",
               "rows 0 1, date 0, amount 6, marker 8, payee 13, memo 1", {},
               {{2, QDate(2019, 4, 19), -35000, "payee", "memo goes here"},
                {3, QDate(2019, 4, 17), 129000, "payee", "memo goes here"}}),
        // Raiffeisen, no header: 74 lines, line 71 is "A null transaction ..." (no date). Of the
        // 73 records 9 fill column 4 (money in, sum 1878,20) and 64 column 5 (money out, sum
        // 6458,90): 1878.20 - 6458.90 = -4580.70. Line 29 is the interest credit 1,73.
        sample("bank2ynab-test_delimiter_tab.csv", 73, -458070,
               "CSV, tab-separated, no header, dates dd.MM.yyyy, decimal comma",
               "rows -1 0, date 0, debit 4, credit 3, payee 1",
               {"Columns 4 and 5 have no names: column 5 was read as money out and column 4 as "
                "money in.",
                "Line 71 has no date and no amount; left out"},
               {{1, QDate(2017, 9, 18), -3387, "HOFER DANKT 0527 K2 18.09. 17:20"},
                {29, QDate(2017, 9, 29), 173, "0,0625 % p.a. Habenzinsen ab 01.07.17"}}),
        // Credit union (CR line endings): 50000 + 50000 + 70000 + 65000 + 60000 + 75000 +
        // 45000 + 50000 = 465000 whole units.
        sample("csv2ofx-creditunion.csv", 8, 46500000,
               "CSV, comma-separated, header on line 1, dates M/d/yy, decimal point",
               "rows 0 1, date 1, amount 3, payee 2, category 4", {},
               {{2, QDate(2015, 2, 8), 5000000, "Ằdøłƥh Noƴa", "", "Expenses"},
                {4, QDate(2015, 2, 24), 7000000, "Sadrick Mtel", "", "Expenses"},
                {9, QDate(2015, 3, 25), 5000000, "Ƣunȡuƙi Chairman", "", "Expenses"}}),
        // GLS: one record, Betrag "-98,76" (the "1.234,56" is the balance).
        sample("csv2ofx-gls.csv", 1, -9876,
               "CSV, semicolon-separated, header on line 1, dates dd.MM.yyyy, decimal comma",
               "rows 0 1, date 1, amount 19, payee 3, memo 5", {},
               {{2, QDate(2017, 10, 10), -9876, "Drillisch Online AG",
                 "B4658645 U123456789 B123456"}}),
        // Schwab: deposit 20.00; withdrawals 103.00 + 75.00 + 57.27 = 235.27; -215.27.
        sample("csv2ofx-schwab-checking.csv", 4, -21527,
               "CSV, comma-separated, header on line 1, dates MM/dd/yyyy, decimal point",
               "rows 0 1, date 0, debit 5, credit 6, payee 4", {},
               {{2, QDate(2022, 8, 17), 2000, "Deposit Mobile Banking"},
                {5, QDate(2022, 8, 4), -5727, "PAYPAL INST XFER 220803~ Tran: ACHDW"}}),
        // UBS: debit 10.00, credit 240.00, debit 200.00 = +30.00; the date is "Date de valeur",
        // the payee "Description 2" (else "Description 1", the memo).
        sample("csv2ofx-ubs-ch-fr_trimmed.csv", 3, 3000,
               "CSV, semicolon-separated, header on line 1, dates dd.MM.yyyy, decimal point",
               "rows 0 1, date 3, debit 8, credit 9, payee 5, memo 4", {},
               {{2, QDate(2019, 3, 31), -1000, "Solde prix prestations", "Solde prix prestations"},
                {3, QDate(2019, 2, 28), 24000, "ASSOCIATION FOO-BAR", "Virement postal"}}),
        // hledger (Windows-1252): 50.00 - 10.00 - 20.00 = 20.00; 0x97 is an em dash, 0x80 "€".
        // "Remarque" (a memo) is the payee.
        sample("hledger-sample.fr.cp1252.csv", 3, 2000,
               "CSV, comma-separated, header on line 1, dates yyyy/M/d, decimal point",
               "rows 0 1, date 0, amount 2, payee 1", {},
               {{4, QDate(2012, 3, 24), -2000, "CAFÉ — €20 REÇU"}}),
    };
}

} // namespace

class TestCsvSamples : public QObject
{
    Q_OBJECT

private slots:
    // ---------------------------------------------------------------------------------------
    // The samples: count, exact sum, problems, warnings, description, columns, records

    void readsEverySampleFile_data()
    {
        QTest::addColumn<int>("row");
        const QVector<Sample> rows = samples();
        for (int i = 0; i < rows.size(); ++i)
            QTest::newRow(rows.at(i).file) << i;
    }
    void readsEverySampleFile()
    {
        QFETCH(int, row);
        const Sample e = samples().at(row);
        checkFile(csvBytes(QString::fromUtf8(e.file)), e);
    }

    void refusesSampleFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        for (const auto& [file, message] : refusedSamples())
            QTest::newRow(file) << QString::fromUtf8(file) << QString::fromUtf8(message);
    }
    void refusesSampleFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        const QByteArray bytes = csvBytes(file);
        const auto read = readCsv(bytes);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().kind, ErrorKind::Refused);
        QVERIFY2(read.error().message.startsWith(message), qPrintable(read.error().message));
        const auto mapping = detectCsvMapping(bytes);
        QVERIFY(!mapping.ok());
        QCOMPARE(mapping.error().message, read.error().message);
    }

    void everySampleFileIsTestedAndDescribed()
    {
        QStringList tested;
        for (const Sample& e : samples())
            tested << QString::fromUtf8(e.file);
        for (const auto& refused : refusedSamples())
            tested << QString::fromUtf8(refused.first);
        tested.sort();
        QCOMPARE(tested.removeDuplicates(), qsizetype(0));
        const QStringList files = sampleFiles(QStringLiteral("csv"));
        QVERIFY(!files.isEmpty());
        QCOMPARE(files, tested);

        QStringList described = filesInReadme();
        QCOMPARE(described.size(), files.size()); // one row each
        described.sort();
        QCOMPARE(described, files);
    }

    /// Encodings, byte-order marks and line ends are what several files are about: make sure
    /// nothing (an editor, a git setting) has changed them.
    void samplesKeepTheirBytes()
    {
        const auto holds = [](const char* name, const char* encoding, const char* text) {
            QStringEncoder encoder(encoding);
            const QByteArray bytes = encoder.encode(QString::fromUtf8(text));
            return encoder.isValid() && csvBytes(QString::fromUtf8(name)).contains(bytes);
        };
        const auto isUtf8 = [](const char* name) {
            QStringDecoder utf8(QStringDecoder::Utf8);
            const QString text = utf8.decode(csvBytes(QString::fromUtf8(name)));
            return !utf8.hasError();
        };
        const char* const uk = "uk-card-bom-pending-cr-marker.csv";
        const char* const fr = "fr-banque-cp1252-debit-credit-nbsp.csv";
        const char* const de = "de-volksbank-latin1-preamble-soll-haben.csv";
        const char* const nl = "nl-spaarbank-rrcrlf-latin1-plus-signs.csv";
        const char* const at = "at-raiffeisen-tab-no-header-invalid-byte.csv";
        const char* const le = "utf16le-bom-tab-spreadsheet.csv";
        const char* const be = "utf16be-bom-slash-iso-memo-only.csv";
        QVERIFY(csvBytes(QString::fromUtf8(uk)).startsWith("\xEF\xBB\xBF"));
        QVERIFY(holds(uk, "UTF-8", "\uFEFFDate,") && isUtf8(uk));
        QVERIFY(holds(le, "UTF-16LE", "\uFEFFDate\t") && holds(le, "UTF-16LE", "12/4/2024\t"));
        QVERIFY(holds(le, "UTF-16LE", "Heizöl Brandt") && holds(le, "UTF-16LE", "\r\n"));
        QVERIFY(holds(be, "UTF-16BE", "\uFEFFDatum;") && holds(be, "UTF-16BE", "2024/7/15"));
        // Windows-1252: € is 0x80, ’ 0x92, Œ 0x8C, – 0x96 and œ 0x9C (Latin-1 has none of them);
        // the thousands grouped with a no-break space, 0xA0.
        QVERIFY(holds(fr, "windows-1252", "Débit (€);Crédit (€)\r\n") && !isUtf8(fr));
        QVERIFY(holds(fr, "windows-1252", "Foncière Œuvre Logement – loyer juin;1\u00A0212,80;"));
        QVERIFY(holds(fr, "windows-1252", "l’Église") && holds(fr, "windows-1252", "Bœuf"));
        QVERIFY(csvBytes(QString::fromUtf8(fr)).contains("\x80"));
        // ISO-8859-1: nothing in 0x80..0x9F; no final newline.
        QVERIFY(holds(de, "ISO-8859-1", "Auftraggeber/Empfänger") && !isUtf8(de));
        QVERIFY(
            holds(de, "ISO-8859-1", "Müller & Weiß GbR;Rückerstattung Kaution;EUR;400,00;Haben"));
        for (const char c : csvBytes(QString::fromUtf8(de)))
            QVERIFY(uchar(c) < 0x80 || uchar(c) >= 0xA0);
        QVERIFY(csvBytes(QString::fromUtf8(de)).endsWith("Haben"));
        // "\r\r\n" line ends, ISO-8859-1, and a record missing its opening quote.
        QCOMPARE(csvBytes(QString::fromUtf8(nl)).count("\r\r\n"), 6);
        QCOMPARE(csvBytes(QString::fromUtf8(nl)).count('\n'), 6);
        QVERIFY(holds(nl, "ISO-8859-1", "\r\r\nNL91ZWIN0417164300\",\"EUR\","));
        QVERIFY(holds(nl, "ISO-8859-1", "Café 't Hoekje") && !isUtf8(nl));
        // ASCII but for a UTF-8 character cut after its first byte (0xC3).
        QVERIFY(csvBytes(QString::fromUtf8(at)).contains("ZUM GR\xC3\t") && !isUtf8(at));
        QCOMPARE(csvBytes(QString::fromUtf8(at)).count('\xC3'), 1);
        for (const char c : csvBytes(QString::fromUtf8(at)))
            QVERIFY(uchar(c) < 0x80 || uchar(c) == 0xC3);
        // CR only, no final line end.
        const QByteArray cu = csvBytes(QStringLiteral("us-creditunion-cr-only-categories.csv"));
        QVERIFY(!cu.contains('\n') && cu.count('\r') == 5 && cu.endsWith(",1450,"));
        // CRLF and no other line end.
        for (const char* name :
             {"de-sparkasse-semicolon-quoted-short-years.csv", fr,
              "us-checking-quoted-dollars-newest-first.csv", "refused-header-only.csv"}) {
            const QByteArray b = csvBytes(QString::fromUtf8(name));
            QVERIFY2(b.count("\r\n") > 0 && b.count("\r\n") == b.count('\r') &&
                         b.count("\r\n") == b.count('\n'),
                     name);
        }
        QVERIFY(csvBytes(QStringLiteral("refused-empty.csv")).isEmpty());
    }

    void mappingsSurviveJsonAndReadTheSame_data()
    {
        QTest::addColumn<QString>("file");
        for (const Sample& e : samples())
            QTest::newRow(e.file) << QString::fromUtf8(e.file);
    }
    void mappingsSurviveJsonAndReadTheSame()
    {
        QFETCH(QString, file);
        compareMappingThroughJson(csvBytes(file));
    }

    // ---------------------------------------------------------------------------------------
    // The real-world corpus, in addition: each test skips without it

    void readsEveryCorpusFile_data()
    {
        ALLOT_SKIP_WITHOUT_CORPUS();
        QTest::addColumn<int>("row");
        const QVector<Sample> rows = corpus();
        for (int i = 0; i < rows.size(); ++i)
            QTest::newRow(rows.at(i).file) << i;
    }
    void readsEveryCorpusFile()
    {
        ALLOT_SKIP_WITHOUT_CORPUS();
        QFETCH(int, row);
        const Sample e = corpus().at(row);
        checkFile(corpusCsv(QString::fromUtf8(e.file)), e);
    }

    void everyCorpusFileIsInTheTable()
    {
        ALLOT_SKIP_WITHOUT_CORPUS();
        QStringList tested;
        for (const Sample& e : corpus())
            tested << QString::fromUtf8(e.file);
        tested.sort();
        QCOMPARE(corpusFiles(QStringLiteral("csv")), tested);
    }

    void corpusMappingsSurviveJsonAndReadTheSame_data()
    {
        ALLOT_SKIP_WITHOUT_CORPUS();
        QTest::addColumn<QString>("file");
        for (const QString& name : corpusFiles(QStringLiteral("csv")))
            QTest::newRow(qPrintable(name)) << name;
    }
    void corpusMappingsSurviveJsonAndReadTheSame()
    {
        ALLOT_SKIP_WITHOUT_CORPUS();
        QFETCH(QString, file);
        compareMappingThroughJson(corpusCsv(file));
    }
};

QTEST_GUILESS_MAIN(TestCsvSamples)
#include "tst_csvsamples.moc"
