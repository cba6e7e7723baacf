#include "core/Money.h"
#include "core/Month.h"

#include <QTest>

using namespace allot;

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void parsesValidAmounts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("minor");
        QTest::newRow("whole") << "12" << qint64(1200);
        QTest::newRow("one decimal") << "12.5" << qint64(1250);
        QTest::newRow("two decimals") << "12.05" << qint64(1205);
        QTest::newRow("leading dot") << ".5" << qint64(50);
        QTest::newRow("trailing dot") << "7." << qint64(700);
        QTest::newRow("negative") << "-3.20" << qint64(-320);
        QTest::newRow("plus sign") << "+4" << qint64(400);
        QTest::newRow("spaces around") << "  9.99 " << qint64(999);
        QTest::newRow("zero") << "0" << qint64(0);
        QTest::newRow("largest") << "9999999999.99" << qint64(999999999999);
        QTest::newRow("not binary-exact") << "0.1" << qint64(10);
    }
    void parsesValidAmounts()
    {
        QFETCH(QString, text);
        QFETCH(qint64, minor);
        auto parsed = money::parse(text);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QCOMPARE(*parsed, minor);
    }

    void refusesBadAmounts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("why");
        QTest::newRow("empty") << ""
                               << "The amount is empty";
        QTest::newRow("blank") << "   "
                               << "The amount is empty";
        QTest::newRow("letters") << "abc"
                                 << "unexpected character 'a' at position 1";
        QTest::newRow("three decimals") << "1.234"
                                        << "more than two decimals";
        QTest::newRow("decimal comma") << "1,50"
                                       << "write the decimals after a dot";
        QTest::newRow("exponent") << "1e9999"
                                  << "unexpected character 'e' at position 2";
        QTest::newRow("double minus") << "--5"
                                      << "unexpected character '-' at position 2";
        QTest::newRow("sign only") << "-"
                                   << "it has no digits";
        QTest::newRow("dot only") << "."
                                  << "it has no digits";
        QTest::newRow("overflow") << "99999999999999999999"
                                  << "larger than the largest amount";
        QTest::newRow("just too large") << "10000000000"
                                        << "larger than the largest amount";
        QTest::newRow("inner space") << "1 000"
                                     << "unexpected character ' ' at position 2";
        QTest::newRow("arabic digits")
            << QString::fromUtf8("\xd9\xa1\xd9\xa2") << "use the digits 0-9";
        QTest::newRow("currency") << "$5"
                                  << "unexpected character '$' at position 1";
    }
    void refusesBadAmounts()
    {
        QFETCH(QString, text);
        QFETCH(QString, why);
        auto parsed = money::parse(text);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().kind, ErrorKind::Refused);
        QVERIFY2(parsed.error().message.contains(why), qPrintable(parsed.error().message));
    }

    void positiveRefusesZeroAndNegative()
    {
        QVERIFY(!money::parsePositive(QStringLiteral("0")).ok());
        QVERIFY(!money::parsePositive(QStringLiteral("-1")).ok());
        QVERIFY(money::parsePositive(QStringLiteral("0"))
                    .error()
                    .message.contains(QStringLiteral("above zero")));
        QCOMPARE(*money::parsePositive(QStringLiteral("0.01")), qint64(1));
    }

    void formats()
    {
        QCOMPARE(money::format(0), QStringLiteral("0.00"));
        QCOMPARE(money::format(5), QStringLiteral("0.05"));
        QCOMPARE(money::format(-5), QStringLiteral("-0.05"));
        QCOMPARE(money::format(123456), QStringLiteral("1234.56"));
        QCOMPARE(money::format(std::numeric_limits<qint64>::min()),
                 QStringLiteral("-92233720368547758.08"));
    }

    void formatThenParseRoundTrips()
    {
        for (qint64 v : {qint64(0), qint64(1), qint64(-99), qint64(100), qint64(999999999999),
                         qint64(-424242)})
            QCOMPARE(*money::parse(money::format(v)), v);
    }

    void months()
    {
        QCOMPARE(Month::parse(QStringLiteral("2026-02"))->toString(), QStringLiteral("2026-02"));
        QVERIFY(!Month::parse(QStringLiteral("2026-13")).ok());
        QVERIFY(Month::parse(QStringLiteral("2026-13"))
                    .error()
                    .message.contains(QStringLiteral("no month 13")));
        QVERIFY(!Month::parse(QStringLiteral("26-1")).ok());
        const Month december{2026, 12};
        QCOMPARE(december.endText(), QStringLiteral("2027-01-01"));
        QCOMPARE(december.lastDay(), QDate(2026, 12, 31));
        QVERIFY(december.hasNext());
        // The last storable month ends after every storable day, not at an empty text.
        const Month last{9999, 12};
        QVERIFY(!last.hasNext());
        QCOMPARE(last.lastDay(), QDate(9999, 12, 31));
        QVERIFY(last.endText() > QStringLiteral("9999-12-31"));
        QVERIFY(Month::parse(QStringLiteral("9999-12")).ok());
    }

    void dates()
    {
        QCOMPARE(*parseIsoDate(QStringLiteral("2024-02-29")), QDate(2024, 2, 29));
        QVERIFY(!parseIsoDate(QStringLiteral("2026-02-29")).ok());
        QVERIFY(parseIsoDate(QStringLiteral("2026-02-31"))
                    .error()
                    .message.contains(QStringLiteral("does not exist")));
        QVERIFY(parseIsoDate(QStringLiteral("31/02/2026"))
                    .error()
                    .message.contains(QStringLiteral("YYYY-MM-DD")));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
