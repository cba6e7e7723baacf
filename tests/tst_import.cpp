#include "actions/BudgetCheck.h"
#include "actions/BudgetQueries.h"
#include "actions/EntryActions.h"
#include "actions/ImportStatement.h"
#include "actions/Lookup.h"
#include "actions/SplitEntry.h"
#include "formats/BankFile.h"
#include "formats/CsvReader.h"
#include "formats/Exporters.h"
#include "support/TestBudget.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

using namespace allot;
using namespace allot::formats;
using namespace allot::test;

namespace {

QString writeTemp(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(bytes);
    return path;
}

ImportOptions optionsFor(const TestBudget& b, BulkMode mode = BulkMode::AllOrNothing)
{
    ImportOptions options;
    options.personId = b.alice;
    options.accountId = b.checking;
    options.mode = mode;
    options.label = QStringLiteral("Import test file");
    return options;
}

ImportedTransaction transaction(int line, const QDate& date, MinorUnits amount,
                                const QString& payee, const QString& category = {},
                                const QString& id = {})
{
    ImportedTransaction t;
    t.line = line;
    t.date = date;
    t.amount = amount;
    t.payee = payee;
    t.category = category;
    t.externalId = id;
    return t;
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void aCategoryCreatedByARefusedRowIsCreatedAgainByTheNext()
    {
        TestBudget b;
        // The database refuses the row after its category was created: the savepoint takes the
        // category back, and the next row naming it must not reuse the vanished id.
        refuseEntriesWith(b.db(), QStringLiteral("memo"), QStringLiteral("Refused"));
        formats::ReadResult file;
        for (int i = 1; i <= 3; ++i) {
            ImportedTransaction t =
                transaction(i, QDate(2026, 11, i), -1000 * i, QStringLiteral("Garden centre"),
                            QStringLiteral("Garden"));
            t.memo = i == 1 ? QStringLiteral("Refused") : QString();
            file.transactions << t;
        }
        ImportOptions options = optionsFor(b, BulkMode::SkipInvalid);
        options.createUnknownCategories = true;
        auto report = imports::importStatement(b.db(), file, options);
        ALLOT_VERIFY_OK(report);
        QCOMPARE(report->imported, 2);
        QCOMPARE(report->rejected.size(), 1);
        QCOMPARE(report->createdCategories, QStringList{QStringLiteral("Garden")});
        auto garden = lookup::categoryByName(b.db().engine(), b.alice, QStringLiteral("Garden"));
        ALLOT_VERIFY_OK(garden);
        auto inGarden =
            queries::entriesBetween(b.db(), b.alice, std::nullopt, std::nullopt, garden->id);
        ALLOT_VERIFY_OK(inGarden);
        QCOMPARE(inGarden->size(), 2);
        expectSound(b.db());
    }

    // The mapping to save is saved inside the import's action: an import the database refuses
    // saves no mapping and leaves no undo step.
    void importSavesItsMappingInItsOwnAction()
    {
        TestBudget b;
        refuseEntriesWith(b.db(), QStringLiteral("payee"), QStringLiteral("Refused shop"));
        formats::ReadResult file;
        file.transactions << transaction(2, QDate(2026, 11, 2), -340, QStringLiteral("Bakery"))
                          << transaction(3, QDate(2026, 11, 3), -999,
                                         QStringLiteral("Refused shop"));
        ImportOptions options = optionsFor(b);
        const auto mapping = detectCsvMapping("Date,Payee,Amount\n2026-11-02,Bakery,-3.40\n");
        ALLOT_VERIFY_OK(mapping);
        options.mappingToSave = std::pair{QStringLiteral("My bank"), mapping->toJson()};
        expectRefusedAndUnchanged(
            b.db(), [&] { return imports::importStatement(b.db(), file, options); },
            ErrorKind::Constraint, QStringLiteral("line 3"));
    }

    void keysNumberRepeatedPurchasesInOrder()
    {
        // A purchase on a day of November 2026, as a file states it.
        const auto purchase = [](int day, MinorUnits amount, const QString& payee,
                                 const QString& bankId = {}) {
            return transaction(0, QDate(2026, 11, day), amount, payee, {}, bankId);
        };
        const QVector<formats::ImportedTransaction> file{
            purchase(1, -500, QStringLiteral("Bakery")),
            purchase(1, -500, QStringLiteral("Corner Shop")),
            purchase(1, -500, QStringLiteral("  bakery ")),
            purchase(2, -500, QStringLiteral("Bakery"), QStringLiteral(" FIT-7 ")),
            purchase(1, -500, QStringLiteral("BAKERY")),
            purchase(1, -500, QStringLiteral("Corner  Shop")),
            purchase(1, -501, QStringLiteral("Bakery"))};
        QCOMPARE(
            imports::importKeys(file),
            (QStringList{QStringLiteral("fp:2026-11-01|-500|bakery#1"),
                         QStringLiteral("fp:2026-11-01|-500|corner shop#1"),
                         QStringLiteral("fp:2026-11-01|-500|bakery#2"), QStringLiteral("id:FIT-7"),
                         QStringLiteral("fp:2026-11-01|-500|bakery#3"),
                         QStringLiteral("fp:2026-11-01|-500|corner shop#2"),
                         QStringLiteral("fp:2026-11-01|-501|bakery#1")}));
        // Many distinct purchases and many repeats: every key once, numbered in order.
        QVector<formats::ImportedTransaction> many;
        for (int i = 0; i < 20000; ++i) // 70 fingerprints, each about 286 times
            many << purchase(1 + i % 7, -(1 + i % 10), QStringLiteral("Shop"));
        const QStringList keys = imports::importKeys(many);
        QCOMPARE(QSet<QString>(keys.begin(), keys.end()).size(), keys.size());
        QCOMPARE(keys.at(0), QStringLiteral("fp:2026-11-01|-1|shop#1"));
        QCOMPARE(keys.at(70), QStringLiteral("fp:2026-11-01|-1|shop#2"));
        QCOMPARE(keys.at(19999), QStringLiteral("fp:2026-11-01|-10|shop#286"));
    }

    void detectsTheFormatFromTheContent()
    {
        QCOMPARE(detectFormat("\n\n\nOFXHEADER:100\nDATA:OFXSGML\n"), FileFormat::Ofx);
        QCOMPARE(detectFormat("<?xml version=\"1.0\"?>\n<?OFX OFXHEADER=\"200\"?>\n<OFX>"),
                 FileFormat::Ofx);
        QCOMPARE(detectFormat("\r\n<OFX>\r\n<SIGNONMSGSRSV1>"), FileFormat::Ofx);
        QCOMPARE(detectFormat("# comment\n!Type:Bank\nD1/1/20\n"), FileFormat::Qif);
        QCOMPARE(detectFormat("!Option:AutoSwitch\n"), FileFormat::Qif);
        QCOMPARE(detectFormat("Date,Amount,Payee\n2020-01-01,1.00,X\n"), FileFormat::Csv);
    }

    void fingerprintsKeepRealRepeatsApart()
    {
        TestBudget b;
        ReadResult file;
        // Two identical coffees on one day are two purchases; a third line differs by payee.
        file.transactions = {transaction(2, QDate(2026, 11, 3), -350, QStringLiteral("Cafe")),
                             transaction(3, QDate(2026, 11, 3), -350, QStringLiteral("Cafe")),
                             transaction(4, QDate(2026, 11, 3), -350, QStringLiteral("Bakery"))};
        auto first = imports::importStatement(b.db(), file, optionsFor(b));
        ALLOT_VERIFY_OK(first);
        QCOMPARE(first->imported, 3);
        auto again = imports::importStatement(b.db(), file, optionsFor(b));
        QCOMPARE(again->imported, 0);
        QCOMPARE(again->duplicates, 3);
        // A later statement with a third coffee that day adds just that one.
        file.transactions.append(transaction(5, QDate(2026, 11, 3), -350, QStringLiteral("Cafe")));
        auto later = imports::importStatement(b.db(), file, optionsFor(b));
        QCOMPARE(later->imported, 1);
        QCOMPARE(later->duplicates, 3);
    }

    void categoriesAreMatchedCreatedOrLeftUncategorised()
    {
        TestBudget b;
        ReadResult file;
        file.transactions = {transaction(1, QDate(2026, 11, 1), -1000, QStringLiteral("Shop"),
                                         QStringLiteral("food")),
                             transaction(2, QDate(2026, 11, 2), -2000, QStringLiteral("Cinema"),
                                         QStringLiteral("Leisure:Fun")),
                             transaction(3, QDate(2026, 11, 3), -3000, QStringLiteral("Vet"),
                                         QStringLiteral("Pets")),
                             transaction(4, QDate(2026, 11, 4), 50000, QStringLiteral("Employer"),
                                         QStringLiteral("Salary"))};
        auto unknown = imports::unknownCategories(b.db(), b.alice, file);
        QCOMPARE(*unknown, (QStringList{QStringLiteral("Pets"), QStringLiteral("Salary")}));
        ImportOptions options = optionsFor(b);
        auto report = imports::importStatement(b.db(), file, options);
        ALLOT_VERIFY_OK(report);
        QCOMPARE(report->createdCategories, QStringList{QStringLiteral("Uncategorised")});
        QCOMPARE(queries::entries(b.db(), b.alice, Month{2026, 11}, b.food)->size(), 1);
        QCOMPARE(queries::entries(b.db(), b.alice, Month{2026, 11}, b.fun)->size(), 1);
        auto uncategorised =
            lookup::categoryByName(b.db().engine(), b.alice, QStringLiteral("Uncategorised"));
        QCOMPARE(queries::entries(b.db(), b.alice, Month{2026, 11}, uncategorised->id)->size(), 2);

        TestBudget other;
        ImportOptions create = optionsFor(other);
        create.createUnknownCategories = true;
        create.categoryMap.insert(QStringLiteral("pets"), other.rent);
        auto created = imports::importStatement(other.db(), file, create);
        ALLOT_VERIFY_OK(created);
        QCOMPARE(created->createdCategories, QStringList{QStringLiteral("Salary")});
        QCOMPARE(queries::entries(other.db(), other.alice, Month{2026, 11}, other.rent)->size(), 1);
        expectSound(other.db());
    }

    void splitsArriveAsSplits()
    {
        TestBudget b;
        ReadResult file;
        ImportedTransaction t = transaction(7, QDate(2026, 11, 8), -10000, QStringLiteral("Store"));
        t.splits = {{QStringLiteral("Food"), -6000, QStringLiteral("groceries")},
                    {QStringLiteral("Fun"), -4000, {}}};
        file.transactions = {t};
        auto report = imports::importStatement(b.db(), file, optionsFor(b));
        ALLOT_VERIFY_OK(report);
        const auto list = queries::entries(b.db(), b.alice, Month{2026, 11});
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->at(0).kind, EntryKind::Split);
        QCOMPARE(list->at(0).parts.size(), 2);
        expectSound(b.db());
    }

    void qifTransfersBecomeAccountTransfers()
    {
        TestBudget b;
        ReadResult file;
        file.transactions = {transaction(2, QDate(2026, 11, 1), -5000, QStringLiteral("To savings"),
                                         QStringLiteral("[Savings]")),
                             transaction(6, QDate(2026, 11, 2), -700, QStringLiteral("To nowhere"),
                                         QStringLiteral("[Piggy]"))};
        auto report = imports::importStatement(b.db(), file, optionsFor(b));
        ALLOT_VERIFY_OK(report);
        QCOMPARE(report->imported, 2);
        QCOMPARE(lookup::accountBalance(b.db().engine(), b.savings).value(), 5000);
        QCOMPARE(lookup::accountBalance(b.db().engine(), b.checking).value(), 100000 - 5700);
        QVERIFY(report->warnings.join(QLatin1Char('\n'))
                    .contains(QStringLiteral("there is no account called Piggy")));
        expectSound(b.db());
        auto again = imports::importStatement(b.db(), file, optionsFor(b));
        QCOMPARE(again->duplicates, 2);
    }

    void encodingsAreDetectedOrChosen()
    {
        const QString text = QStringLiteral(
            "Date,Payee,Amount\n2024-01-05,Café Müller,-12.50\n2024-01-06,Crème,-3.00\n");
        // UTF-16 with a byte-order mark, as Windows tools write it.
        QByteArray utf16("\xFF\xFE");
        utf16.append(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
        auto read16 = readBankFile(writeTemp(m_dir, QStringLiteral("u16.csv"), utf16), {});
        ALLOT_VERIFY_OK(read16);
        QCOMPARE(read16->transactions.at(0).payee, QStringLiteral("Café Müller"));
        // Windows-1252 is detected because the bytes are not UTF-8 ...
        const QByteArray latin = text.toLatin1();
        auto detected = readBankFile(writeTemp(m_dir, QStringLiteral("latin.csv"), latin), {});
        ALLOT_VERIFY_OK(detected);
        QCOMPARE(detected->transactions.at(1).payee, QStringLiteral("Crème"));
        // ... and can be chosen when a file happens to be valid UTF-8 by accident.
        const QByteArray mojibake =
            QStringLiteral("Date,Payee,Amount\n2024-01-05,CafÃ©,-1.00\n2024-01-06,X,-2.00\n")
                .toUtf8();
        BankFileOptions choose;
        choose.encoding = TextEncoding::Utf8;
        QCOMPARE(readBankFile(writeTemp(m_dir, QStringLiteral("m.csv"), mojibake), choose)
                     ->transactions.at(0)
                     .payee,
                 QStringLiteral("CafÃ©"));
        QCOMPARE(textEncodingFromName(QStringLiteral("Latin-1")),
                 std::optional<TextEncoding>(TextEncoding::Windows1252));
        QVERIFY(!textEncodingFromName(QStringLiteral("ebcdic")));
        // UTF-16 without a mark, chosen.
        QByteArray bare(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
        BankFileOptions utf16Chosen;
        utf16Chosen.encoding = TextEncoding::Utf16;
        auto chosen =
            readBankFile(writeTemp(m_dir, QStringLiteral("bare16.csv"), bare), utf16Chosen);
        ALLOT_VERIFY_OK(chosen);
        QCOMPARE(chosen->transactions.size(), 2);
    }

    void allOrNothingRefusesTheFileNamingTheLine()
    {
        TestBudget b;
        ReadResult file;
        file.transactions = {transaction(2, QDate(2026, 11, 1), -100, QStringLiteral("A")),
                             transaction(3, QDate(2026, 11, 2), 0, QStringLiteral("B")),
                             transaction(4, QDate(2026, 11, 3), -300, QStringLiteral("C"))};
        expectRefusedAndUnchanged(
            b.db(), [&] { return imports::importStatement(b.db(), file, optionsFor(b)); },
            ErrorKind::Refused,
            QStringLiteral("Could not import the file: line 3: the amount is zero"));
        auto skipped = imports::importStatement(b.db(), file, optionsFor(b, BulkMode::SkipInvalid));
        ALLOT_VERIFY_OK(skipped);
        QCOMPARE(skipped->imported, 2);
        QCOMPARE(skipped->rejected.size(), 1);
        QCOMPARE(skipped->rejected.at(0).row, 3);
    }

    void aFaultAnywhereInAnImportChangesNothing()
    {
        TestBudget b;
        ReadResult file;
        ImportedTransaction split =
            transaction(5, QDate(2026, 11, 8), -900, QStringLiteral("Store"));
        split.splits = {{QStringLiteral("Food"), -400, {}},
                        {QStringLiteral("New place"), -500, {}}};
        file.transactions = {
            transaction(2, QDate(2026, 11, 1), -100, QStringLiteral("A"), QStringLiteral("Fun")),
            transaction(3, QDate(2026, 11, 2), 200, QStringLiteral("B"), {}, QStringLiteral("X1")),
            split};
        for (BulkMode mode : {BulkMode::AllOrNothing, BulkMode::SkipInvalid}) {
            ImportOptions options = optionsFor(b, mode);
            options.createUnknownCategories = true;
            int positions = 0;
            ALLOT_FAULT_AT_EVERY_STATEMENT(
                b.db(), [&] { return imports::importStatement(b.db(), file, options); }, positions);
            QVERIFY(positions > 10);
        }
        expectSound(b.db());
    }

    void exportsRoundTrip()
    {
        TestBudget b;
        addExpense(b.db(), b.alice, b.food, 1234, b.checking, QDate(2026, 10, 5));
        EntryDraft income;
        income.personId = b.alice;
        income.categoryId = b.rent;
        income.accountId = b.checking;
        income.date = QDate(2026, 10, 25);
        income.amount = 250000;
        income.income = true;
        income.payee = QStringLiteral("=HYPERLINK(\"evil\")");
        income.memo = QStringLiteral("comma, \"quotes\" and; semicolons");
        ALLOT_VERIFY_OK(entries::add(b.db(), income));
        const auto original = queries::entries(b.db(), b.alice, std::nullopt);

        const QByteArray csv = writeCsv(*original);
        QVERIFY2(csv.contains("'=HYPERLINK"), csv.constData()); // never a live formula
        QVERIFY(!csv.contains("\n=") && !csv.contains(",="));

        for (const auto& [name, bytes] :
             {std::pair{QStringLiteral("out.csv"), csv},
              std::pair{QStringLiteral("out.qif"), writeQif(*original)}}) {
            TestBudget empty;
            auto file = readBankFile(writeTemp(m_dir, name, bytes), {});
            ALLOT_VERIFY_OK(file);
            QCOMPARE(file->transactions.size(), 2);
            ImportOptions options = optionsFor(empty);
            options.createUnknownCategories = true;
            ALLOT_VERIFY_OK(imports::importStatement(empty.db(), *file, options));
            const auto again = queries::entries(empty.db(), empty.alice, std::nullopt);
            QCOMPARE(again->size(), original->size());
            for (int i = 0; i < again->size(); ++i) {
                QCOMPARE(again->at(i).date, original->at(i).date);
                QCOMPARE(again->at(i).amount, original->at(i).amount);
                QCOMPARE(again->at(i).payee, original->at(i).payee);
                QCOMPARE(again->at(i).categoryName, original->at(i).categoryName);
                QCOMPARE(again->at(i).memo, original->at(i).memo);
            }
        }
    }

    void qifRoundTripKeepsSplits()
    {
        TestBudget b;
        NewSplit s;
        s.personId = b.alice;
        s.accountId = b.checking;
        s.date = QDate(2026, 9, 9);
        s.total = 7000;
        s.payee = QStringLiteral("Market");
        s.parts = {{b.food, 5000, QStringLiteral("veg")}, {b.fun, 2000, {}}};
        ALLOT_VERIFY_OK(splits::add(b.db(), s));
        const auto original = queries::entries(b.db(), b.alice, std::nullopt);
        TestBudget empty;
        auto file =
            readBankFile(writeTemp(m_dir, QStringLiteral("split.qif"), writeQif(*original)), {});
        ALLOT_VERIFY_OK(file);
        ImportOptions options = optionsFor(empty);
        options.createUnknownCategories = true;
        ALLOT_VERIFY_OK(imports::importStatement(empty.db(), *file, options));
        const auto again = queries::entries(empty.db(), empty.alice, std::nullopt);
        QCOMPARE(again->size(), 1);
        QCOMPARE(again->at(0).kind, EntryKind::Split);
        QCOMPARE(again->at(0).parts.size(), 2);
        QCOMPARE(again->at(0).parts.at(0).categoryName, QStringLiteral("Food"));
        QCOMPARE(again->at(0).parts.at(0).amount, qint64(-5000));
        QCOMPARE(again->at(0).parts.at(0).memo, QStringLiteral("veg"));
    }

    void hostileFilesAreRefusedWithoutWritingAnything_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message");
        QByteArray garbage(64 * 1024, '\0');
        for (int i = 0; i < garbage.size(); ++i)
            garbage[i] = char(QRandomGenerator::global()->bounded(256));
        QTest::newRow("empty") << QByteArray() << "empty.csv"
                               << "is empty";
        QTest::newRow("blank") << QByteArray("\n\n  \n") << "blank.qif"
                               << "is empty";
        QTest::newRow("garbage csv") << garbage << "garbage.csv"
                                     << "cannot be read without help";
        QTest::newRow("garbage qif") << QByteArray("!Type:Bank\n") + garbage << "garbage.qif"
                                     << "No transaction could be read";
        QTest::newRow("truncated ofx")
            << QByteArray("OFXHEADER:100\nDATA:OFXSGML\n\n<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS>"
                          "<BANKTRANLIST><STMTTRN><TRNTYPE>DEBIT<DTPOSTED>2020")
            << "truncated.ofx"
            << "";
        const QByteArray good("Date,Payee,Amount\n2020-02-01,Shop,-5.00\n2020-02-02,Shop,-6."
                              "00\n2020-02-03,Shop,-7.00\n");
        QTest::newRow("impossible date") << good + "2020-02-31,Shop,-5.00\n"
                                         << "feb31.csv"
                                         << "line 5";
        QTest::newRow("huge exponent") << good + "2020-02-04,Shop,1e9999\n"
                                       << "exp.csv"
                                       << "line 5";
        QTest::newRow("double minus")
            << QByteArray("!Type:Bank\nD01/02/2020\nT--5\nPShop\n^\n") << "minus.qif"
            << "line";
        QTest::newRow("50 MB field")
            << QByteArray("Date,Payee,Amount\n2020-02-01,\"") + QByteArray(50 * 1024 * 1024, 'x') +
                   QByteArray("\",-1.00\n")
            << "big.csv"
            << "";
    }

    void hostileFilesAreRefusedWithoutWritingAnything()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        QFETCH(QString, message);
        TestBudget b;
        const QString before = dump(b.db());
        const QString path = writeTemp(m_dir, name, bytes);
        // No wall-clock bound here (the 50 MB row takes a minute under ASan on a busy machine):
        // a reader that hangs or goes quadratic runs into ctest's TIMEOUT for this suite.
        auto file = readBankFile(path, {});
        Status outcome;
        if (!file) {
            outcome = file.error();
        } else if (!file->problems.isEmpty()) {
            outcome = Error::refused(QStringLiteral("line %1: %2")
                                         .arg(file->problems.first().line)
                                         .arg(file->problems.first().message));
        } else {
            auto report = imports::importStatement(b.db(), *file, optionsFor(b));
            outcome = report ? Status() : Status(report.error());
        }
        if (!outcome.ok()) {
            QVERIFY2(outcome.error().message.contains(message),
                     qPrintable(outcome.error().message));
            QCOMPARE(dump(b.db()), before);
        } else {
            // A file that reads (the 50 MB payee, a truncated OFX with nothing in it) still
            // leaves a sound budget, with the payee cut to what the budget keeps.
            expectSound(b.db());
        }
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
