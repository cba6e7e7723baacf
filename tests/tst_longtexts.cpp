// A payee or memo longer than the budget keeps (500 characters) is cut by the import; every
// reader says so per record, naming the line (or OFX transaction), the field and its length,
// in the warnings that the import's report and the dialog's preview show.

#include "actions/ImportStatement.h"
#include "formats/CsvReader.h"
#include "formats/OfxReader.h"
#include "formats/QifReader.h"
#include "support/TestBudget.h"

#include <QSqlQuery>
#include <QTest>

using namespace allot;
using namespace allot::formats;
using namespace allot::test;

namespace {

QStringList longTextNotes(const QStringList& warnings)
{
    QStringList out;
    for (const QString& w : warnings)
        if (w.contains(QStringLiteral(" characters long; only its first 500 are kept.")))
            out << w;
    return out;
}

QByteArray ofxWith(const QByteArray& name, const QByteArray& memo)
{
    return "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nSECURITY:NONE\nENCODING:USASCII\n"
           "CHARSET:1252\nCOMPRESSION:NONE\nOLDFILEUID:NONE\nNEWFILEUID:NONE\n\n<OFX>\n"
           "<BANKMSGSRSV1>\n<STMTTRNRS>\n<TRNUID>1\n<STATUS>\n<CODE>0\n<SEVERITY>INFO\n</STATUS>\n"
           "<STMTRS>\n<CURDEF>EUR\n<BANKACCTFROM>\n<BANKID>1\n<ACCTID>2\n<ACCTTYPE>CHECKING\n"
           "</BANKACCTFROM>\n<BANKTRANLIST>\n<DTSTART>20250101\n<DTEND>20250131\n"
           "<STMTTRN>\n<TRNTYPE>POS\n<DTPOSTED>20250105\n<TRNAMT>-4.20\n<FITID>A1\n<NAME>Bakery\n"
           "</STMTTRN>\n<STMTTRN>\n<TRNTYPE>POS\n<DTPOSTED>20250106\n<TRNAMT>-7.50\n<FITID>A2\n"
           "<NAME>" +
           name + "\n<MEMO>" + memo +
           "\n</STMTTRN>\n</BANKTRANLIST>\n</STMTRS>\n</STMTTRNRS>\n</BANKMSGSRSV1>\n</OFX>\n";
}

} // namespace

class TestLongTexts : public QObject
{
    Q_OBJECT

private slots:
    // The file: a payee of 20 MB in a CSV was cut to 500 characters without a word.
    void csvSaysWhichRowsAreCut()
    {
        const QByteArray huge(20 * 1024 * 1024, 'x');
        const QByteArray words = QByteArray("ab ").repeated(200);     // 600, read as 599
        const QByteArray blanks = QByteArray("a     ").repeated(100); // 600, read as 199
        const QByteArray exact(500, 'y');
        const QByteArray bytes = "Date,Payee,Memo,Amount\n"
                                 "2025-01-02,Bakery,fresh bread,-4.20\n"
                                 "2025-01-03," +
                                 huge + ",,-7.50\n2025-01-04,Shop,\"" + words + "\",-1.00\n" +
                                 "2025-01-05,\"" + blanks + "\"," + exact + ",-2.00\n";
        auto read = readCsv(bytes);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
        QCOMPARE(read->transactions.size(), 4);
        const QStringList expected{
            QStringLiteral(
                "Line 3: the payee is 20971520 characters long; only its first 500 are kept."),
            QStringLiteral(
                "Line 4: the memo is 599 characters long; only its first 500 are kept.")};
        QCOMPARE(longTextNotes(read->warnings), expected);
        // Read in slices, the same notes.
        auto stream = CsvStream::open(bytes, std::nullopt, 64);
        QVERIFY(stream.ok() && stream->get());
        while (!(*stream)->next().isEmpty()) {
        }
        QCOMPARE((*stream)->progress().warnings, read->warnings);

        // The import cuts them, and its report carries the notes.
        TestBudget b;
        ImportOptions options;
        options.personId = b.alice;
        options.accountId = b.checking;
        auto report = imports::importStatement(b.db(), *read, options);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        QCOMPARE(longTextNotes(report->warnings), expected);
        QSqlQuery query(b.db().connection());
        QVERIFY(query.exec(QStringLiteral("SELECT max(length(payee)), max(length(memo)) FROM "
                                          "entry")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 500);
        QCOMPARE(query.value(1).toInt(), 500);
    }

    // A category name longer than a name may be is cut to its first 100 characters, saying so
    // once per name; two such names that start alike land in one category instead of failing.
    void longCategoryNamesAreCutSayingSo()
    {
        const QString first = QString(100, QLatin1Char('c')) + QStringLiteral(" one");
        const QString second = QString(100, QLatin1Char('c')) + QStringLiteral(" two");
        const QByteArray bytes = "Date,Payee,Category,Amount\n2025-01-02,Bakery," + first.toUtf8() +
                                 ",-4.20\n2025-01-03,Shop," + second.toUtf8() +
                                 ",-1.00\n2025-01-04,Shop," + first.toUtf8() + ",-2.00\n";
        auto read = readCsv(bytes);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
        TestBudget b;
        ImportOptions options;
        options.personId = b.alice;
        options.accountId = b.checking;
        options.createUnknownCategories = true;
        auto report = imports::importStatement(b.db(), *read, options);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        QCOMPARE(report->imported, 3);
        QCOMPARE(report->createdCategories, QStringList{QString(100, QLatin1Char('c'))});
        QStringList notes;
        for (const QString& w : report->warnings)
            if (w.contains(QStringLiteral("characters long")))
                notes << w;
        QCOMPARE(notes.size(), 2);
        QVERIFY2(notes.at(0).contains(QStringLiteral("is 104 characters long")) &&
                     notes.at(0).contains(QStringLiteral("first 100")),
                 qPrintable(notes.at(0)));
        QSqlQuery query(b.db().connection());
        QVERIFY(query.exec(QStringLiteral("SELECT count(DISTINCT category_id) FROM entry e "
                                          "JOIN category c ON c.id = e.category_id WHERE "
                                          "length(c.name) = 100")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }

    void qifSaysWhichRecordsAreCut()
    {
        const QByteArray payee(700, 'p');
        const QByteArray part(501, 'e');
        const QByteArray bytes = "!Type:Bank\nD01/05/2025\nT-12.00\nP" + payee +
                                 "\n^\nD01/06/2025\nT-10.00\nPShop\nSFood\nE" + part +
                                 "\n$-4.00\nSFun\n$-6.00\n^\n";
        auto read = readQif(bytes, DateOrder::MonthFirst);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
        QCOMPARE(longTextNotes(read->warnings),
                 (QStringList{QStringLiteral("Line 2: the payee is 700 characters long; only its "
                                             "first 500 are kept."),
                              QStringLiteral("Line 6: the memo of split part 1 is 501 characters "
                                             "long; only its first 500 are kept.")}));
    }

    // libofx keeps 96 bytes of a NAME and 390 of a MEMO: the text as written is read, and what
    // the import then cuts is noted per transaction.
    void ofxReadsNamesWholeAndSaysWhichAreCut()
    {
        if (!ofxAvailable())
            QSKIP("this build has no libofx");
        const QByteArray name150 = QByteArray("Name ").repeated(30).trimmed();
        auto read = readOfx(ofxWith(name150, "short"));
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
        QCOMPARE(read->transactions.size(), 2);
        QCOMPARE(read->transactions.at(1).payee, QString::fromLatin1(name150));
        QVERIFY(longTextNotes(read->warnings).isEmpty());

        const QByteArray memo(1000, 'm');
        read = readOfx(ofxWith(QByteArray(600, 'n'), memo));
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
        QCOMPARE(read->transactions.at(1).payee.size(), 600);
        QCOMPARE(read->transactions.at(1).memo.size(), 1000);
        QCOMPARE(longTextNotes(read->warnings),
                 (QStringList{QStringLiteral("Transaction 2: the payee is 600 characters long; "
                                             "only its first 500 are kept."),
                              QStringLiteral("Transaction 2: the memo is 1000 characters long; "
                                             "only its first 500 are kept.")}));
    }
};

QTEST_GUILESS_MAIN(TestLongTexts)
#include "tst_longtexts.moc"
