// Bank files read and imported whole: the project's own samples in tests/data/ (a complete suite
// on their own) and, in addition, the real-world corpus of other projects' files when present.

#include "actions/ImportStatement.h"
#include "actions/Lookup.h"
#include "actions/UndoHistory.h"
#include "formats/BankFile.h"
#include "formats/CsvReader.h"
#include "support/TestBudget.h"
#include "support/TestData.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>
#include <functional>

using namespace allot;
using namespace allot::formats;
using namespace allot::test;

namespace {

ImportOptions optionsFor(const TestBudget& b, BulkMode mode = BulkMode::AllOrNothing)
{
    ImportOptions options;
    options.personId = b.alice;
    options.accountId = b.checking;
    options.mode = mode;
    options.label = QStringLiteral("Import test file");
    return options;
}

/// \brief What one sample of tests/data/ofx holds, worked out by hand from the file.
struct OfxSample
{
    const char* file;
    int count;                ///< STMTTRN elements read as transactions.
    qint64 sum;               ///< Their TRNAMT, in cents.
    int problems;             ///< Records refused (no day, no amount, ...).
    int warnings;             ///< Records left out with a note (a zero amount).
    const char* refusal = ""; ///< The whole file refused with this message.
};

// The TRNAMT values of each file's STMTTRN elements, as written, in the comments.
const QVector<OfxSample>& ofxSamples()
{
    static const QVector<OfxSample> samples{
        // -42 -7.5 +15.00 -.25 -12.500 = -47.25; refused: -2.499 (it would be rounded); 0.00 is
        // a note.
        {"amount-forms.ofx", 5, -4725, 1, 1},
        // -5.00 +3.00; refused: no TRNAMT, an empty one, -1,234.56, "twelve", 99999999999999.99.
        {"amount-problems.ofx", 2, -200, 5, 0},
        // Two statements with balances and no BANKTRANLIST.
        {"balances-only-no-transactions.ofx", 0, 0, 0, 0},
        // -27.80 -64.00
        {"cdata-sections.ofx", 2, -9180, 0, 0},
        // -38.90 -950.00 -12.40
        {"character-entities.ofx", 3, -100130, 0, 0},
        // -25.00 -8.40
        {"charset-1252-raw-bytes.ofx", 2, -3340, 0, 0},
        // -6.90
        {"charset-latin1-xml.ofx", 1, -690, 0, 0},
        // -3.60 -12.00
        {"crlf-no-final-newline.ofx", 2, -1560, 0, 0},
        // -1.00 -2.00 -3.00 -4.00 -5.00 -6.00
        {"date-forms.ofx", 6, -2100, 0, 0},
        // -11.00 +40.00; refused: no DTPOSTED, an empty one, 20250229, 20251301.
        {"dates-missing-empty-impossible.ofx", 2, 2900, 4, 0},
        // -12,34 +1500,00 -0,99
        {"decimal-comma.ofx", 3, 148667, 0, 0},
        // -30.00 -30.00 (the same FITID twice) -4.50 -4.50 (no FITID, an empty one) +100.00
        {"fitids-repeated-and-missing.ofx", 5, 3100, 0, 0},
        // -8.75
        {"lowercase-tags.ofx", 1, -875, 0, 0},
        // -9.80 -15.25 (each followed by a comment)
        {"no-ofx-header.ofx", 2, -2505, 0, 0},
        // -41.20 +1850.00 -22.00 -17.35
        {"payee-in-memo.qfx", 4, 176945, 0, 0},
        // -45.99 -120.00 +300.00
        {"qfx-creditcard-intuit-tags.qfx", 3, 13401, 0, 0},
        // -23.47 -64.10 +1850.00
        {"sgml-102-unclosed-tags.ofx", 3, 176243, 0, 0},
        // A sign-on and no statement.
        {"signon-only-no-statement.ofx", 0, 0, 0, 0, "no statement could be read from it"},
        // Checking -52.00 +20.00, savings +500.00, card -75.40 -18.60
        {"three-statements-two-message-sets.ofx", 5, 37400, 0, 0},
        // CREDIT -58.20, DEBIT +200.00, DEBIT -9.99: the sign of TRNAMT counts.
        {"trntype-contradicts-sign.qfx", 3, 13181, 0, 0},
        // -14.20
        {"utf8-bom-sgml.ofx", 1, -1420, 0, 0},
        // +12.35 -200.00
        {"xml-211-closed-tags.ofx", 2, -18765, 0, 0},
    };
    return samples;
}

Result<ReadResult> readSample(const char* name)
{
    return readBankFile(sampleFile(QStringLiteral("ofx/") + QLatin1String(name)), {});
}

QStringList payees(const ReadResult& read)
{
    QStringList out;
    for (const ImportedTransaction& t : read.transactions)
        out << t.payee;
    return out;
}

QStringList problems(const ReadResult& read)
{
    QStringList out;
    for (const ReadProblem& p : read.problems)
        out << QStringLiteral("%1: %2").arg(p.line).arg(p.message);
    return out;
}

void readTimeZoneAgain()
{
#ifdef Q_OS_WIN
    _tzset();
#else
    tzset();
#endif
}

/// Sets this process's time zone (a POSIX TZ value) until it goes out of scope.
class TimeZone
{
public:
    explicit TimeZone(const QByteArray& tz)
        : m_had(qEnvironmentVariableIsSet("TZ")), m_old(qgetenv("TZ"))
    {
        qputenv("TZ", tz);
        readTimeZoneAgain();
    }
    ~TimeZone()
    {
        if (m_had)
            qputenv("TZ", m_old);
        else
            qunsetenv("TZ");
        readTimeZoneAgain();
    }
    TimeZone(const TimeZone&) = delete;
    TimeZone& operator=(const TimeZone&) = delete;

private:
    bool m_had;
    QByteArray m_old;
};

} // namespace

class TestImportFiles : public QObject
{
    Q_OBJECT

private:
    // Reads the CSV file of the row whole and a slice at a time, imports both into a budget of
    // their own, and expects the same report and the same data.
    void expectTheStreamImportsWhatTheWholeFileImports()
    {
        // Qt runs the test once without data after its _data function failed.
        if (!QTest::currentDataTag())
            QFAIL("there is no file to read");
        QFETCH(QString, path);
        QFETCH(int, mode);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        TestBudget whole;
        ImportOptions options = optionsFor(whole, BulkMode(mode));
        options.createUnknownCategories = true;
        auto read = formats::readCsv(bytes);
        if (!read)
            QSKIP("not readable without a mapping");
        auto wholeReport = imports::importStatement(whole.db(), *read, options);

        TestBudget sliced;
        auto stream = formats::CsvStream::open(bytes, std::nullopt, 100);
        ALLOT_VERIFY_OK(stream);
        if (!*stream)
            QSKIP("read whole");
        options.personId = sliced.alice;
        options.accountId = sliced.checking;
        auto slicedReport = imports::importStream(sliced.db(), **stream, options);

        QCOMPARE(slicedReport.ok(), wholeReport.ok());
        if (!wholeReport.ok()) {
            QCOMPARE(slicedReport.error().message, wholeReport.error().message);
        } else {
            QCOMPARE(slicedReport->imported, wholeReport->imported);
            QCOMPARE(slicedReport->duplicates, wholeReport->duplicates);
            QCOMPARE(slicedReport->rejected.size(), wholeReport->rejected.size());
            QCOMPARE(slicedReport->warnings, wholeReport->warnings);
            QCOMPARE(slicedReport->createdCategories, wholeReport->createdCategories);
        }
        QCOMPARE(dataDump(sliced.db()), dataDump(whole.db()));
        // Imported again from the same stream: every row is a duplicate.
        if (wholeReport.ok() && wholeReport->imported > 0) {
            (*stream)->restart();
            auto again = imports::importStream(sliced.db(), **stream, options);
            ALLOT_VERIFY_OK(again);
            QCOMPARE(again->imported, 0);
            QCOMPARE(again->duplicates, wholeReport->imported + wholeReport->duplicates);
        }
    }

    static void addStreamRows(const QStringList& names,
                              const std::function<QString(const QString&)>& pathOf)
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("mode");
        for (const QString& name : names) {
            for (const BulkMode mode : {BulkMode::AllOrNothing, BulkMode::SkipInvalid})
                QTest::newRow(qPrintable(name + (mode == BulkMode::SkipInvalid
                                                     ? QStringLiteral(" skip-invalid")
                                                     : QString())))
                    << pathOf(QStringLiteral("csv/") + name) << int(mode);
        }
    }

private slots:
    void aStreamImportsWhatTheWholeFileImports_data()
    {
        const QStringList names = sampleFiles(QStringLiteral("csv"));
        addStreamRows(names, &sampleFile);
        QVERIFY2(!names.isEmpty(), "tests/data/csv holds no sample files");
    }

    void aStreamImportsWhatTheWholeFileImports()
    {
        expectTheStreamImportsWhatTheWholeFileImports();
    }

    void aStreamImportsWhatTheWholeCorpusFileImports_data()
    {
        ALLOT_SKIP_WITHOUT_CORPUS();
        addStreamRows(corpusFiles(QStringLiteral("csv")), &corpusFile);
    }

    void aStreamImportsWhatTheWholeCorpusFileImports()
    {
        ALLOT_SKIP_WITHOUT_CORPUS(); // Qt runs the test after its _data failed
        expectTheStreamImportsWhatTheWholeFileImports();
    }

    // What libofx reads from every OFX/QFX sample, checked against the files.
    void readsEveryOfxSample_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("count");
        QTest::addColumn<qint64>("sum");
        QTest::addColumn<int>("problems");
        QTest::addColumn<int>("warnings");
        QTest::addColumn<QString>("refusal");
        for (const OfxSample& s : ofxSamples())
            QTest::newRow(s.file) << QString::fromLatin1(s.file) << s.count << s.sum << s.problems
                                  << s.warnings << QString::fromLatin1(s.refusal);
    }

    void readsEveryOfxSample()
    {
        if (!ofxAvailable())
            QSKIP("this build has no libofx");
        QFETCH(QString, file);
        QFETCH(int, count);
        QFETCH(qint64, sum);
        QFETCH(int, problems);
        QFETCH(int, warnings);
        QFETCH(QString, refusal);
        const QString path = sampleFile(QStringLiteral("ofx/") + file);
        QCOMPARE(detectFormat(sampleBytes(QStringLiteral("ofx/") + file)), FileFormat::Ofx);
        FileFormat used = FileFormat::Csv;
        auto read = readBankFile(path, {}, &used);
        QCOMPARE(used, FileFormat::Ofx);
        if (!refusal.isEmpty()) {
            QVERIFY(!read);
            QVERIFY2(read.error().message.contains(refusal), qPrintable(read.error().message));
            return;
        }
        ALLOT_VERIFY_OK(read);
        QCOMPARE(read->transactions.size(), count);
        QCOMPARE(totalOf(read->transactions), sum);
        QCOMPARE(read->problems.size(), problems);
        QCOMPARE(read->warnings.size(), warnings);
    }

    void everyOfxSampleIsInTheTable()
    {
        QStringList listed;
        for (const OfxSample& s : ofxSamples())
            listed << QString::fromLatin1(s.file);
        const QStringList files = sampleFiles(QStringLiteral("ofx"));
        QStringList missing, gone;
        for (const QString& file : files) {
            if (!listed.contains(file))
                missing << file;
        }
        for (const QString& name : listed) {
            if (!files.contains(name))
                gone << name;
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("not in ofxSamples(): ") +
                                               missing.join(QStringLiteral(", "))));
        QVERIFY2(gone.isEmpty(), qPrintable(QStringLiteral("not in tests/data/ofx: ") +
                                            gone.join(QStringLiteral(", "))));
    }

    void ofxDetailsLibofxGetsWrongAreMended()
    {
        if (!ofxAvailable())
            QSKIP("this build has no libofx");
        auto entities = readSample("character-entities.ofx");
        ALLOT_VERIFY_OK(entities);
        // Escaped once, escaped twice (libofx undoes one level only), and a bare ampersand.
        QCOMPARE(payees(*entities), (QStringList{QStringLiteral("Bramble & Finch Books"),
                                                 QStringLiteral("STANDING ORDER <RENT-7>"),
                                                 QStringLiteral("Fish & Chips Quay")}));
        QCOMPARE(entities->transactions.at(0).memo, QStringLiteral("Order <4471>"));
        QCOMPARE(entities->transactions.at(1).memo, QStringLiteral("Flat 3 & garage"));
        // NAME all zeros, empty, missing: the payee is taken from the memo; a real NAME stays.
        auto memo = readSample("payee-in-memo.qfx");
        ALLOT_VERIFY_OK(memo);
        QCOMPARE(payees(*memo), (QStringList{QStringLiteral("Otterbrook Water Utility"),
                                             QStringLiteral("Heronsgate Ltd salary"),
                                             QStringLiteral("Kestrel Cinema"),
                                             QStringLiteral("Pinecone Grocers")}));
        QCOMPARE(memo->transactions.at(3).memo, QStringLiteral("Card 0042"));
        auto cdata = readSample("cdata-sections.ofx");
        ALLOT_VERIFY_OK(cdata);
        QCOMPARE(payees(*cdata), (QStringList{QStringLiteral("Fish & Chips <Quay>"),
                                              QStringLiteral("Heronsgate & Sons")}));
        QCOMPARE(cdata->transactions.at(0).memo, QStringLiteral("Table 4, window seat"));
        // Raw bytes in the charset the file declares, and UTF-8.
        auto cp1252 = readSample("charset-1252-raw-bytes.ofx");
        ALLOT_VERIFY_OK(cp1252);
        QCOMPARE(payees(*cp1252), (QStringList{QStringLiteral("Crèmerie Dupré"),
                                               QStringLiteral("Straßencafé Müller")}));
        QCOMPARE(cp1252->transactions.at(0).memo, QStringLiteral("Cadeau € 25 – merci"));
        auto latin1 = readSample("charset-latin1-xml.ofx");
        ALLOT_VERIFY_OK(latin1);
        QCOMPARE(latin1->transactions.at(0).payee, QStringLiteral("Grünkohl Höfe"));
        QCOMPARE(latin1->transactions.at(0).memo, QStringLiteral("Café crème"));
        auto bom = readSample("utf8-bom-sgml.ofx");
        ALLOT_VERIFY_OK(bom);
        QCOMPARE(bom->transactions.at(0).memo, QStringLiteral("Weihnachtsmarkt € 14,20"));
        auto xml = readSample("xml-211-closed-tags.ofx");
        ALLOT_VERIFY_OK(xml);
        QCOMPARE(xml->transactions.at(1).payee, QStringLiteral("Café Lumière"));
        QCOMPARE(xml->transactions.at(1).memo, QStringLiteral("Gift voucher – spring"));
        // Runs of blanks are one blank, and none at the ends.
        auto crlf = readSample("crlf-no-final-newline.ofx");
        ALLOT_VERIFY_OK(crlf);
        QCOMPARE(payees(*crlf),
                 (QStringList{QStringLiteral("Harbour Ferry"), QStringLiteral("Kestrel Cinema")}));
        QCOMPARE(crlf->transactions.at(1).memo, QStringLiteral("Matinee"));
    }

    // A record whose day or amount cannot be read is refused, naming it; never imported on a
    // made-up day, as zero or as a misread number.
    void ofxRecordsWithoutADayOrAnAmountAreRefused()
    {
        if (!ofxAvailable())
            QSKIP("this build has no libofx");
        auto dates = readSample("dates-missing-empty-impossible.ofx");
        ALLOT_VERIFY_OK(dates);
        QCOMPARE(
            problems(*dates),
            (QStringList{QStringLiteral("2: transaction 2: it has no date"),
                         QStringLiteral("3: transaction 3: it has no date"),
                         QStringLiteral("4: transaction 4: its date 20250229 does not exist"),
                         QStringLiteral("5: transaction 5: its date 20251301 does not exist")}));
        QCOMPARE(dates->transactions.at(1).line, 6);
        auto amounts = readSample("amount-problems.ofx");
        ALLOT_VERIFY_OK(amounts);
        QCOMPARE(
            problems(*amounts),
            (QStringList{QStringLiteral("2: transaction 2: it has no amount"),
                         QStringLiteral("3: transaction 3: it has no amount"),
                         QStringLiteral("4: transaction 4: its amount -1,234.56 is not a number"),
                         QStringLiteral("5: transaction 5: its amount twelve is not a number"),
                         QStringLiteral("6: transaction 6 has an amount out of range")}));
        QCOMPARE(amounts->transactions.at(1).line, 7);
        // Every form of amount OFX allows; a zero amount is a note. Decimals past the cents are
        // refused unless they are zeros: libofx's -2.499 would be rounded to -2.50 unseen.
        auto forms = readSample("amount-forms.ofx");
        ALLOT_VERIFY_OK(forms);
        QVector<MinorUnits> cents;
        for (const ImportedTransaction& t : forms->transactions)
            cents << t.amount;
        QCOMPARE(cents, (QVector<MinorUnits>{-4200, -750, 1500, -25, -1250}));
        QCOMPARE(problems(*forms),
                 QStringList{QStringLiteral("5: transaction 5: its amount -2.499 has more than two "
                                            "decimals and would be rounded")});
        QCOMPARE(forms->warnings, QStringList{QStringLiteral(
                                      "Transaction 7: the amount is zero; nothing to import")});
    }

    // A file cut off in transfer is refused whole, saying where it stops; never read as the
    // transactions before the cut (or as none, with success).
    void ofxFileCutOffIsRefusedSayingWhere()
    {
        if (!ofxAvailable())
            QSKIP("this build has no libofx");
        const QByteArray whole = sampleBytes(QStringLiteral("ofx/sgml-102-unclosed-tags.ofx"));
        const auto cutAfter = [&](const QByteArray& text, int occurrence) {
            qsizetype at = -1;
            for (int i = 0; i < occurrence; ++i)
                at = whole.indexOf(text, at + 1);
            return whole.left(at + text.size());
        };
        struct Cut
        {
            QByteArray bytes;
            int line;
            QString where;
        };
        const QVector<Cut> cuts{
            // In the middle of the second transaction's amount (line 54).
            {cutAfter("<TRNAMT>-64.", 1), 54,
             QStringLiteral("inside transaction 2, without </STMTTRN> and </OFX> (1 complete "
                            "transaction(s) before it)")},
            // Just after the first transaction's <STMTTRN> (line 43).
            {cutAfter("<STMTTRN>", 1), 43,
             QStringLiteral("inside transaction 1, without </STMTTRN> and </OFX> (0 complete")},
            // After a whole transaction, between two.
            {cutAfter("</STMTTRN>\n", 2), 58,
             QStringLiteral("without </OFX>, after 2 complete transaction(s)")},
            // Every transaction there, only the end missing.
            {cutAfter("</BANKMSGSRSV1>", 1), 74,
             QStringLiteral("without </OFX>, after 3 complete transaction(s)")}};
        QTemporaryDir dir;
        for (const Cut& cut : cuts) {
            const QString path = dir.filePath(QStringLiteral("cut.ofx"));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(cut.bytes);
            file.close();
            auto read = readBankFile(path, {});
            QVERIFY2(!read, qPrintable(QStringLiteral("read %1 transactions from a file cut at "
                                                      "line %2")
                                           .arg(read ? read->transactions.size() : 0)
                                           .arg(cut.line)));
            const QString expected =
                QStringLiteral("the file is cut off: it ends on line %1 ").arg(cut.line) +
                cut.where;
            QVERIFY2(read.error().message.contains(path) && read.error().message.contains(expected),
                     qPrintable(read.error().message + QStringLiteral("\nexpected: ") + expected));
        }
        // The same file whole reads all three.
        auto read = readSample("sgml-102-unclosed-tags.ofx");
        ALLOT_VERIFY_OK(read);
        QCOMPARE(read->transactions.size(), 3);
    }

    // The day a statement writes is the day imported, whatever the zone of the file's time and
    // of this computer (libofx's time, turned into local time, can fall on the day next to it).
    void ofxDaysAreTheStatementsOwn()
    {
        if (!ofxAvailable())
            QSKIP("this build has no libofx");
        const QVector<QDate> expected{QDate(2025, 6, 14), QDate(2025, 6, 14), QDate(2025, 6, 14),
                                      QDate(2025, 6, 15), QDate(2025, 6, 16), QDate(2025, 6, 17)};
        for (const QByteArray& zone :
             {QByteArray("UTC0"), QByteArray("<+14>-14"), QByteArray("<-11>11")}) {
            const TimeZone tz(zone);
            auto read = readSample("date-forms.ofx");
            ALLOT_VERIFY_OK(read);
            QVector<QDate> days;
            QStringList written;
            for (const ImportedTransaction& t : read->transactions) {
                days << t.date;
                written << t.date.toString(Qt::ISODate);
            }
            QVERIFY2(days == expected,
                     qPrintable(QStringLiteral("TZ=%1: %2")
                                    .arg(QString::fromLatin1(zone), written.join(u' '))));
        }
    }

    void ofxTransactionsNameTheAccountOfTheirStatement()
    {
        if (!ofxAvailable())
            QSKIP("this build has no libofx");
        auto read = readSample("three-statements-two-message-sets.ofx");
        ALLOT_VERIFY_OK(read);
        QStringList accounts;
        for (const ImportedTransaction& t : read->transactions)
            accounts << t.fileAccount;
        // libofx names a bank account by BANKID and ACCTID, a card by its ACCTID.
        QCOMPARE(
            accounts,
            (QStringList{QStringLiteral("073019920 44102287"), QStringLiteral("073019920 44102287"),
                         QStringLiteral("073019920 44102295"), QStringLiteral("8831004255170019"),
                         QStringLiteral("8831004255170019")}));
    }

    void importingTheSameFileTwiceAddsNothing()
    {
        if (!ofxAvailable())
            QSKIP("this build has no libofx");
        TestBudget b;
        auto file = readSample("fitids-repeated-and-missing.ofx");
        ALLOT_VERIFY_OK(file);
        auto first = imports::importStatement(b.db(), *file, optionsFor(b));
        ALLOT_VERIFY_OK(first);
        // FITID KV-7001 twice is one transaction; the two coffees without a FITID are two.
        QCOMPARE(first->imported, 4);
        QCOMPARE(first->duplicates, 1);
        QCOMPARE(lookup::accountBalance(b.db().engine(), b.checking).value(),
                 100000 - 3000 - 450 - 450 + 10000);
        const QString afterFirst = dataDump(b.db());
        auto second = imports::importStatement(b.db(), *file, optionsFor(b));
        ALLOT_VERIFY_OK(second);
        QCOMPARE(second->imported, 0);
        QCOMPARE(second->duplicates, 5);
        QCOMPARE(dataDump(b.db()), afterFirst);
        // One import is one undo step.
        ALLOT_VERIFY_OK(history::undo(b.db())); // the second (empty) import
        ALLOT_VERIFY_OK(history::undo(b.db()));
        QCOMPARE(lookup::accountBalance(b.db().engine(), b.checking).value(), 100000);
        expectSound(b.db());
    }

    // What libofx reads from every OFX/QFX file of the corpus, checked against the files.
    void readsEveryOfxFileOfTheCorpus_data()
    {
        ALLOT_SKIP_WITHOUT_CORPUS();
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("count");
        QTest::addColumn<qint64>("sum");
        QTest::addColumn<int>("problems");
        // count and sum are the STMTTRN elements and their TRNAMT values as written in each file.
        QTest::newRow("actual-html-vals") << "actual-html-vals.qfx" << 2 << qint64(-200) << 0;
        QTest::newRow("beangulp-bofa")
            << "beangulp-2013-12-03.bofa.ofx" << 27 << qint64(-98926) << 0;
        QTest::newRow("gnucash-cibc_visa") << "gnucash-cibc_visa.qfx" << 15 << qint64(-18944) << 0;
        QTest::newRow("latin1") << "ledger-autosync-accented_characters_latin1.ofx" << 1
                                << qint64(-5873) << 0;
        QTest::newRow("libofx-2.1.1")
            << "libofx-ofx-2.1.1-sect-16.5.3.2.ofx" << 3 << qint64(24700) << 0;
        QTest::newRow("libofx-spec160")
            << "libofx-ofx_spec160_stmtrs_example.sgml" << 2 << qint64(-50000) << 0;
        QTest::newRow("anzcc") << "ofxparse-anzcc.ofx" << 1 << qint64(-550) << 0;
        QTest::newRow("bank_medium") << "ofxparse-bank_medium.ofx" << 3 << qint64(-34527) << 0;
        // No date, an empty date and 2012-02-31: all three refused, none imported on a made-up day.
        QTest::newRow("date_missing") << "ofxparse-date_missing.ofx" << 0 << qint64(0) << 3;
        QTest::newRow("multiple_accounts2")
            << "ofxparse-multiple_accounts2.ofx" << 0 << qint64(0) << 0;
        QTest::newRow("empty-tags") << "ofxparse-ofx-v102-empty-tags.ofx" << 1 << qint64(1234) << 0;
        QTest::newRow("suncorp") << "ofxparse-suncorp.ofx" << 1 << qint64(-1685) << 0;
        QTest::newRow("nubank") << "ofxtools-br_nubank_cc.ofx" << 6 << qint64(-128091) << 0;
        QTest::newRow("euro decimal comma")
            << "ofxtools-stmtrs_euro.ofx" << 2 << qint64(-50000) << 0;
    }

    void readsEveryOfxFileOfTheCorpus()
    {
        // Here too: under ALLOT_REQUIRE_CORPUS Qt still runs the test after its _data failed.
        ALLOT_SKIP_WITHOUT_CORPUS();
        if (!ofxAvailable())
            QSKIP("this build has no libofx");
        QFETCH(QString, file);
        QFETCH(int, count);
        QFETCH(qint64, sum);
        QFETCH(int, problems);
        auto read = readBankFile(corpusFile(QStringLiteral("ofx/") + file), {});
        ALLOT_VERIFY_OK(read);
        QCOMPARE(read->transactions.size(), count);
        QCOMPARE(totalOf(read->transactions), sum);
        QCOMPARE(read->problems.size(), problems);
    }

    void ofxDetailsLibofxGetsWrongAreMendedInTheCorpus()
    {
        ALLOT_SKIP_WITHOUT_CORPUS();
        if (!ofxAvailable())
            QSKIP("this build has no libofx");
        auto html = readBankFile(corpusFile(QStringLiteral("ofx/actual-html-vals.qfx")), {});
        ALLOT_VERIFY_OK(html);
        QCOMPARE(html->transactions.at(1).payee, QStringLiteral("TPAY <DEFTPYMT>"));
        // The name is all zeros there: the payee is taken from the memo.
        QCOMPARE(html->transactions.at(0).payee,
                 QStringLiteral(
                     "PREAUTHORIZED DEBIT;B.C. HYDRO & POWER AUTHORITY;Electronic Funds Transfer"));
        auto latin = readBankFile(
            corpusFile(QStringLiteral("ofx/ledger-autosync-accented_characters_latin1.ofx")), {});
        ALLOT_VERIFY_OK(latin);
        QCOMPARE(latin->transactions.at(0).payee, QStringLiteral("Virement Interac à: Jean"));
        auto missing =
            readBankFile(corpusFile(QStringLiteral("ofx/ofxparse-date_missing.ofx")), {});
        ALLOT_VERIFY_OK(missing);
        QVERIFY(
            missing->problems.at(2).message.contains(QStringLiteral("20120231 does not exist")));
    }

    void importingTheSameCorpusFileTwiceAddsNothing()
    {
        ALLOT_SKIP_WITHOUT_CORPUS();
        if (!ofxAvailable())
            QSKIP("this build has no libofx");
        TestBudget b;
        auto file =
            readBankFile(corpusFile(QStringLiteral("ofx/beangulp-2013-12-03.bofa.ofx")), {});
        ALLOT_VERIFY_OK(file);
        auto first = imports::importStatement(b.db(), *file, optionsFor(b));
        ALLOT_VERIFY_OK(first);
        QCOMPARE(first->imported, 27);
        QCOMPARE(first->duplicates, 0);
        QCOMPARE(lookup::accountBalance(b.db().engine(), b.checking).value(), 100000 - 98926);
        const QString afterFirst = dataDump(b.db());
        auto second = imports::importStatement(b.db(), *file, optionsFor(b));
        ALLOT_VERIFY_OK(second);
        QCOMPARE(second->imported, 0);
        QCOMPARE(second->duplicates, 27);
        QCOMPARE(dataDump(b.db()), afterFirst);
        expectSound(b.db());
    }
};

QTEST_GUILESS_MAIN(TestImportFiles)
#include "tst_importfiles.moc"
