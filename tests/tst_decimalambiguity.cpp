// A CSV or QIF file whose amounts read two ways ("1.250": 1.25 with a decimal point, or 1250
// with a point between the thousands) is never read with a guess: detection leaves the decimal
// separator open and says which column and value, the reader refuses without a choice, and a
// value that settles it anywhere in the file ("12.5", "1.234,56", a balance) settles it.

#include "formats/CsvReader.h"
#include "formats/DecimalGuess.h"
#include "formats/QifReader.h"

#include <QTest>

using namespace allot;
using namespace allot::formats;

#define ALLOT_VERIFY_READ(r)                                                                       \
    QVERIFY2((r).ok(), qPrintable((r).ok() ? QString() : (r).error().message))

namespace {

// A small statement with these amounts, one a row, from 2025-01-02 on.
QByteArray statement(const QStringList& amounts, const QString& balanceHeader = {},
                     const QStringList& balances = {})
{
    QString text = QStringLiteral("Date,Payee,Amount") +
                   (balanceHeader.isEmpty() ? QString() : QLatin1Char(',') + balanceHeader) +
                   QLatin1Char('\n');
    for (int i = 0; i < amounts.size(); ++i) {
        text += QStringLiteral("2025-01-%1,Shop %2,%3")
                    .arg(i + 2, 2, 10, QLatin1Char('0'))
                    .arg(i + 1)
                    .arg(amounts.at(i).contains(QLatin1Char(','))
                             ? QLatin1Char('"') + amounts.at(i) + QLatin1Char('"')
                             : amounts.at(i));
        if (!balances.isEmpty())
            text += QStringLiteral(",\"%1\"").arg(balances.value(i));
        text += QLatin1Char('\n');
    }
    return text.toUtf8();
}

QVector<MinorUnits> amountsOf(const ReadResult& read)
{
    QVector<MinorUnits> out;
    for (const ImportedTransaction& t : read.transactions)
        out << t.amount;
    return out;
}

} // namespace

class TestDecimalAmbiguity : public QObject
{
    Q_OBJECT

private slots:
    // What one value says: decides, reads both ways, or nothing.
    void evidenceOfOneValue_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("decides");
        QTest::addColumn<QString>("ambiguous");
        QTest::newRow("two decimals") << "12.50"
                                      << "."
                                      << "";
        QTest::newRow("one decimal comma") << "12,5"
                                           << ","
                                           << "";
        QTest::newRow("both, comma last") << "1.234,56"
                                          << ","
                                          << "";
        QTest::newRow("both, point last") << "1,234.56"
                                          << "."
                                          << "";
        QTest::newRow("groups repeat") << "1,234,567"
                                       << "."
                                       << "";
        QTest::newRow("three after one") << "1.250"
                                         << ""
                                         << ".";
        QTest::newRow("three after two, negative") << "-12.345"
                                                   << ""
                                                   << ".";
        QTest::newRow("three after three, comma") << "123,456"
                                                  << ""
                                                  << ",";
        // A group of thousands never starts with a zero, never stands alone after nothing,
        // never has four digits: only the decimal reading is left.
        QTest::newRow("leading zero") << "-0.750"
                                      << "."
                                      << "";
        QTest::newRow("leading zero comma") << "0,125"
                                            << ","
                                            << "";
        QTest::newRow("nothing before") << ".750"
                                        << "."
                                        << "";
        QTest::newRow("four before") << "1234.567"
                                     << "."
                                     << "";
        QTest::newRow("four after") << "1.2345"
                                    << "."
                                    << "";
        QTest::newRow("integer") << "-350"
                                 << ""
                                 << "";
    }
    void evidenceOfOneValue()
    {
        QFETCH(QString, value);
        QFETCH(QString, decides);
        QFETCH(QString, ambiguous);
        const DecimalEvidence evidence = decimalEvidenceOf(value);
        QCOMPARE(evidence.decides.isNull() ? QString() : QString(evidence.decides), decides);
        QCOMPARE(evidence.ambiguous.isNull() ? QString() : QString(evidence.ambiguous), ambiguous);
    }

    // The file: "-0.750" was read as -750.00 with a decimal comma. Only the decimal
    // point reads it; zeros past the cents are kept out, other digits refused, never rounded.
    void leadingZeroAmountsReadWithADecimalPoint()
    {
        auto read = readCsv(statement({"-0.750", "-1.500", "-0.125"}));
        ALLOT_VERIFY_READ(read);
        QCOMPARE(amountsOf(*read), (QVector<MinorUnits>{-75, -150}));
        QCOMPARE(read->problems.size(), 1);
        QCOMPARE(read->problems.at(0).line, 4);
        QVERIFY2(read->problems.at(0).message.contains(QStringLiteral("more than two decimals")),
                 qPrintable(read->problems.at(0).message));
        // With a decimal comma the point would group thousands: "0.750" is no such number.
        QVERIFY(!parseBankAmount(QStringLiteral("-0.750"), QLatin1Char(',')).ok());
        QCOMPARE(parseBankAmount(QStringLiteral("-0.750"), QLatin1Char('.')).value(), -75);
        QCOMPARE(parseBankAmount(QStringLiteral("12.5000"), QLatin1Char('.')).value(), 1250);
        QVERIFY(!parseBankAmount(QStringLiteral("12.501"), QLatin1Char('.')).ok());
        QCOMPARE(parseBankAmount(QStringLiteral("1.250"), QLatin1Char(',')).value(), 125000);
    }

    // Every amount reads two ways and nothing decides: detection leaves the separator open,
    // naming the column and the first such value; the reader refuses; a choice reads it.
    void amountsThatReadTwoWaysAreNotGuessed()
    {
        const QByteArray bytes = statement({"1.250", "-12.345", "-3.000"});
        auto mapping = detectCsvMapping(bytes);
        ALLOT_VERIFY_READ(mapping);
        QVERIFY(mapping->decimalSeparator.isNull());
        QVERIFY(mapping->decimalDoubt.has_value());
        QCOMPARE(mapping->decimalDoubt->column, 2);
        QCOMPARE(mapping->decimalDoubt->columnName, QStringLiteral("Amount"));
        QCOMPARE(mapping->decimalDoubt->line, 2);
        QCOMPARE(mapping->decimalDoubt->example, QStringLiteral("1.250"));

        auto read = readCsv(bytes);
        QVERIFY(!read.ok());
        const QString message = read.error().message;
        for (const QString& part :
             {QStringLiteral("column 3 (\"Amount\")"), QStringLiteral("\"1.250\" on line 2"),
              QStringLiteral("choose the decimal mark")})
            QVERIFY2(message.contains(part), qPrintable(message));
        // The detected mapping as it is cannot be used either.
        QVERIFY(!readCsv(bytes, *mapping).ok());
        QCOMPARE(readCsv(bytes, *mapping).error().message, message);
        // Large files (read in slices) refuse the same way.
        auto stream = CsvStream::open(bytes, std::nullopt, 16);
        QVERIFY(!stream.ok());
        QCOMPARE(stream.error().message, message);

        auto comma = readCsv(bytes, std::nullopt, QLatin1Char(','));
        ALLOT_VERIFY_READ(comma);
        QCOMPARE(amountsOf(*comma), (QVector<MinorUnits>{125000, -1234500, -300000}));
        auto point = readCsv(bytes, *mapping, QLatin1Char('.'));
        ALLOT_VERIFY_READ(point);
        QCOMPARE(amountsOf(*point), (QVector<MinorUnits>{125, -300}));
        QCOMPARE(point->problems.size(), 1); // -12.345 would be rounded
        auto sliced = CsvStream::open(bytes, std::nullopt, 16, QLatin1Char(','));
        ALLOT_VERIFY_READ(sliced);
        QVERIFY(sliced->get());
        QVector<MinorUnits> streamed;
        for (auto batch = (*sliced)->next(); !batch.isEmpty(); batch = (*sliced)->next())
            for (const ImportedTransaction& t : batch)
                streamed << t.amount;
        QCOMPARE(streamed, amountsOf(*comma));

        // The column's name and the value are the user's text: placeholders in them stay text.
        const QByteArray placeholders = "Date,Payee,Amount %3 %4\n2025-01-02,Shop,1.250\n";
        const QString named = readCsv(placeholders).error().message;
        QVERIFY2(named.contains(QStringLiteral("column 3 (\"Amount %3 %4\")")), qPrintable(named));

        // Values with both separators in one column read two ways as well.
        auto mixed = detectCsvMapping(statement({"2,500", "1.250"}));
        ALLOT_VERIFY_READ(mixed);
        QVERIFY(mixed->decimalSeparator.isNull());
        QCOMPARE(mixed->decimalDoubt->example, QStringLiteral("2,500"));
    }

    // Every row counts, not only the first ones detection looks at: a value far into a file
    // whose first rows tell nothing settles the separator or leaves it open, in a small file and
    // in one large enough to be read in slices.
    void aValueFarIntoTheFileCounts_data()
    {
        QTest::addColumn<int>("rowsBefore");
        QTest::addColumn<QString>("late");
        QTest::addColumn<QString>("separator"); // empty: refused, the decimal mark asked for
        QTest::addColumn<MinorUnits>("cents");
        for (const int rows : {600, 40000}) {
            const QByteArray size = QByteArray::number(rows);
            QTest::newRow(size + " whole amounts, then 12,50") << rows << "12,50"
                                                               << "," << 1250LL;
            QTest::newRow(size + " whole amounts, then 1.250") << rows << "1.250"
                                                               << "" << 0LL;
            QTest::newRow(size + " whole amounts, then 12.5") << rows << "12.5"
                                                              << "." << 1250LL;
        }
    }
    void aValueFarIntoTheFileCounts()
    {
        QFETCH(int, rowsBefore);
        QFETCH(QString, late);
        QFETCH(QString, separator);
        QFETCH(MinorUnits, cents);
        QByteArray bytes = "Date,Payee,Amount\n";
        for (int i = 0; i < rowsBefore; ++i)
            bytes += "2025-01-02,Shop " + QByteArray::number(i) + ",-12\n";
        bytes += "2025-01-03,Late,\"" + late.toUtf8() + "\"\n";

        auto read = readCsv(bytes);
        auto stream = CsvStream::open(bytes, std::nullopt, 4096);
        if (separator.isEmpty()) {
            QVERIFY(!read.ok());
            const QString message = read.error().message;
            QVERIFY2(
                message.contains(QStringLiteral("\"%1\" on line %2").arg(late).arg(rowsBefore + 2)),
                qPrintable(message));
            QVERIFY(!stream.ok() || !stream->get());
            if (!stream.ok())
                QCOMPARE(stream.error().message, message);
            return;
        }
        ALLOT_VERIFY_READ(read);
        QCOMPARE(read->transactions.size(), rowsBefore + 1);
        QCOMPARE(read->transactions.last().amount, cents);
        QCOMPARE(read->transactions.first().amount, MinorUnits(-1200));
        ALLOT_VERIFY_READ(stream);
        if (stream->get()) {
            MinorUnits last = 0;
            qsizetype count = 0;
            for (auto batch = (*stream)->next(); !batch.isEmpty(); batch = (*stream)->next()) {
                count += batch.size();
                last = batch.last().amount;
            }
            QCOMPARE(count, qsizetype(rowsBefore + 1));
            QCOMPARE(last, cents);
        }
    }

    // One value anywhere in the amounts, or in a balance column, settles it.
    void oneValueThatDecidesSettlesIt_data()
    {
        QTest::addColumn<QStringList>("amounts");
        QTest::addColumn<QStringList>("balances");
        QTest::addColumn<QString>("separator");
        QTest::addColumn<QVector<MinorUnits>>("cents");
        QTest::newRow("12.5 later") << QStringList{"1.250", "-12.345", "12.5"} << QStringList{}
                                    << "." << QVector<MinorUnits>{125, 1250};
        QTest::newRow("1.234,56 later")
            << QStringList{"1.250", "-12.345", "1.234,56"} << QStringList{} << ","
            << QVector<MinorUnits>{125000, -1234500, 123456};
        QTest::newRow("1,234.56 later") << QStringList{"1.250", "1,234.56"} << QStringList{} << "."
                                        << QVector<MinorUnits>{125, 123456};
        QTest::newRow("a balance")
            << QStringList{"1.250", "-2.500"} << QStringList{"3.750,00", "1.250,00"} << ","
            << QVector<MinorUnits>{125000, -250000};
        QTest::newRow("integers only") << QStringList{"-350", "1200"} << QStringList{} << "."
                                       << QVector<MinorUnits>{-35000, 120000};
    }
    void oneValueThatDecidesSettlesIt()
    {
        QFETCH(QStringList, amounts);
        QFETCH(QStringList, balances);
        QFETCH(QString, separator);
        QFETCH(QVector<MinorUnits>, cents);
        const QByteArray bytes = statement(
            amounts, balances.isEmpty() ? QString() : QStringLiteral("Balance"), balances);
        auto mapping = detectCsvMapping(bytes);
        ALLOT_VERIFY_READ(mapping);
        QCOMPARE(QString(mapping->decimalSeparator), separator);
        QVERIFY(!mapping->decimalDoubt);
        auto read = readCsv(bytes);
        ALLOT_VERIFY_READ(read);
        QCOMPARE(amountsOf(*read), cents);
    }

    // QIF: the amounts of the whole file, splits included, decide; a file that does not decide
    // is refused naming the line and the value, and reads as chosen; Quicken's decimal comma
    // ("-1.234,56") is read when the file shows it.
    void qifAmounts_data()
    {
        QTest::addColumn<QByteArray>("amounts"); // T lines, one record each
        QTest::addColumn<QString>("chosen");
        QTest::addColumn<QVector<MinorUnits>>("cents"); // empty: refused
        QTest::newRow("1.250 alone") << QByteArray("T-1.250\nT-3\n") << "" << QVector<MinorUnits>{};
        QTest::newRow("1,250 alone") << QByteArray("T1,250\n") << "" << QVector<MinorUnits>{};
        QTest::newRow("1.250 as a point")
            << QByteArray("T-1.250\nT-3\n") << "." << QVector<MinorUnits>{-125, -300};
        QTest::newRow("1.250 as a comma")
            << QByteArray("T-1.250\nT-3\n") << "," << QVector<MinorUnits>{-125000, -300};
        QTest::newRow("12.50 decides")
            << QByteArray("T-1.250\nT12.50\n") << "" << QVector<MinorUnits>{-125, 1250};
        QTest::newRow("1.234,56 decides")
            << QByteArray("T-1.250\nT1.234,56\n") << "" << QVector<MinorUnits>{-125000, 123456};
        QTest::newRow("a split decides") << QByteArray("T-1.250\nSFood\n$-1.250\nSHome\n$0,00\n")
                                         << "" << QVector<MinorUnits>{-125000};
        QTest::newRow("whole amounts")
            << QByteArray("T-1250\nT3\n") << "" << QVector<MinorUnits>{-125000, 300};
    }
    void qifAmounts()
    {
        QFETCH(QByteArray, amounts);
        QFETCH(QString, chosen);
        QFETCH(QVector<MinorUnits>, cents);
        QByteArray bytes = "!Type:Bank\n";
        int day = 2;
        for (const QByteArray& record : amounts.split('T')) {
            if (record.isEmpty())
                continue;
            bytes += "D2025-01-0" + QByteArray::number(day++) + "\nPShop\nT" + record + "^\n";
        }
        auto read = readQif(bytes, DateOrder::Detect, chosen.isEmpty() ? QChar() : chosen.at(0));
        if (cents.isEmpty()) {
            QVERIFY(!read.ok());
            const QString message = read.error().message;
            for (const QString& part :
                 {QStringLiteral("\"%1\" on line 4")
                      .arg(QString::fromUtf8(amounts.mid(1, amounts.indexOf('\n') - 1))),
                  QStringLiteral("choose the decimal mark")})
                QVERIFY2(message.contains(part), qPrintable(message));
            return;
        }
        ALLOT_VERIFY_READ(read);
        QVERIFY(read->problems.isEmpty());
        QCOMPARE(amountsOf(*read), cents);
    }
};

QTEST_GUILESS_MAIN(TestDecimalAmbiguity)
#include "tst_decimalambiguity.moc"
