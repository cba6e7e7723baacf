// The import dialog never imports a file read with a guess: when a CSV file's amounts read two
// ways ("1.250": 1.25 or 1250), the decimal mark shows no choice, the problems say why, and
// Import stays disabled until the user chooses (offscreen).

#include "models/BudgetSession.h"
#include "models/ErrorReporter.h"
#include "support/TestBudget.h"
#include "widgets/ImportDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace allot;
using namespace allot::test;

class TestImportDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(bytes);
        return path;
    }

private slots:
    void initTestCase() { qRegisterMetaType<allot::Error>(); }

    void theDecimalMarkIsAskedWhenAmountsReadTwoWays()
    {
        TestBudget budget;
        const QString before = dump(budget.db());
        const RowId alice = budget.alice;
        budget.close();
        BudgetSession session;
        session.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(session.open(budget.path(), false).ok());
        session.setPersonId(alice);
        const QString path = writeFile(
            QStringLiteral("two-ways.csv"),
            "Date,Payee,Amount\n2025-01-02,Corner shop,1.250\n2025-01-03,Bakery,-2.500\n");

        ImportDialog dialog(session, path);
        auto* decimal = dialog.findChild<QComboBox*>(QStringLiteral("decimalCombo"));
        auto* problems = dialog.findChild<QLabel*>(QStringLiteral("problemLabel"));
        QPushButton* import = dialog.findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))
                                  ->button(QDialogButtonBox::Ok);
        QVERIFY(decimal && problems && import);
        QCOMPARE(decimal->currentIndex(), -1);
        QVERIFY(!dialog.preview());
        QVERIFY(!import->isEnabled());
        for (const QString& part :
             {QStringLiteral("column 3 (\"Amount\")"), QStringLiteral("\"1.250\" on line 2"),
              QStringLiteral("choose the decimal mark")})
            QVERIFY2(problems->text().contains(part), qPrintable(problems->text()));
        dialog.accept(); // nothing to import yet
        QCOMPARE(dump(session.database()), before);
        // Nor is a mapping saved that could not be read back.
        QSignalSpy errors(&session.errors(), &ErrorReporter::reported);
        dialog.findChild<QLineEdit*>(QStringLiteral("mappingNameLineEdit"))
            ->setText(QStringLiteral("My bank"));
        dialog.findChild<QPushButton*>(QStringLiteral("saveMappingButton"))->click();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(dump(session.database()), before);

        // Choosing reads it: a comma makes the point group thousands, a point the decimals.
        decimal->setCurrentIndex(decimal->findData(QStringLiteral(",")));
        QVERIFY(dialog.preview());
        QCOMPARE(dialog.preview()->transactions.size(), 2);
        QCOMPARE(dialog.preview()->transactions.at(0).amount, 125000);
        QVERIFY(import->isEnabled());
        decimal->setCurrentIndex(decimal->findData(QStringLiteral(".")));
        QVERIFY(dialog.preview());
        QCOMPARE(dialog.preview()->transactions.at(0).amount, 125);
        QCOMPARE(dialog.preview()->transactions.at(1).amount, -250);
        QVERIFY(import->isEnabled());
    }

    // A QIF file whose amounts read two ways: the preview says why and Import waits for the
    // decimal mark, chosen in the QIF row.
    void theDecimalMarkIsAskedForAQifFile()
    {
        TestBudget budget;
        const RowId alice = budget.alice;
        budget.close();
        BudgetSession session;
        QVERIFY(session.open(budget.path(), false).ok());
        session.setPersonId(alice);
        const QString path = writeFile(QStringLiteral("two-ways.qif"),
                                       "!Type:Bank\nD2025-01-02\nPCorner shop\nT-1.250\n^\n");
        ImportDialog dialog(session, path);
        auto* decimal = dialog.findChild<QComboBox*>(QStringLiteral("qifDecimalCombo"));
        auto* problems = dialog.findChild<QLabel*>(QStringLiteral("problemLabel"));
        QPushButton* import = dialog.findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))
                                  ->button(QDialogButtonBox::Ok);
        QVERIFY(decimal && problems && import);
        QVERIFY(!decimal->isHidden());
        QVERIFY(!dialog.preview());
        QVERIFY(!import->isEnabled());
        QVERIFY2(problems->text().contains(QStringLiteral("\"-1.250\" on line 4")),
                 qPrintable(problems->text()));
        decimal->setCurrentIndex(decimal->findData(QStringLiteral(",")));
        QVERIFY(dialog.preview());
        QCOMPARE(dialog.preview()->transactions.at(0).amount, -125000);
        QVERIFY(import->isEnabled());
    }

    // A payee longer than the budget keeps: the preview says it will be cut, on which line.
    void thePreviewSaysWhichPayeesAreCut()
    {
        TestBudget budget;
        const RowId alice = budget.alice;
        budget.close();
        BudgetSession session;
        QVERIFY(session.open(budget.path(), false).ok());
        session.setPersonId(alice);
        const QString path = writeFile(QStringLiteral("long.csv"),
                                       "Date,Payee,Amount\n2025-01-02," + QByteArray(600, 'x') +
                                           ",-4.20\n2025-01-03,Bakery,-7.50\n");
        ImportDialog dialog(session, path);
        QVERIFY(dialog.preview());
        const QString problems = dialog.findChild<QLabel*>(QStringLiteral("problemLabel"))->text();
        QVERIFY2(problems.contains(QStringLiteral(
                     "Line 2: the payee is 600 characters long; only its first 500 are kept.")),
                 qPrintable(problems));
        // The table shows what is kept, and that more was there.
        auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("previewTable"));
        QCOMPARE(table->item(0, 2)->text(), QString(500, QLatin1Char('x')) + QChar(0x2026));
        QCOMPARE(table->item(1, 2)->text(), QStringLiteral("Bakery"));
    }

    // A file that settles its own decimal mark shows it chosen, as before.
    void aDecidedDecimalMarkIsShownChosen()
    {
        TestBudget budget;
        const RowId alice = budget.alice;
        budget.close();
        BudgetSession session;
        QVERIFY(session.open(budget.path(), false).ok());
        session.setPersonId(alice);
        const QString path =
            writeFile(QStringLiteral("decided.csv"),
                      "Date,Payee,Amount\n2025-01-02,Corner shop,\"1.250\"\n2025-01-03,Bakery,"
                      "\"-2,50\"\n");
        ImportDialog dialog(session, path);
        auto* decimal = dialog.findChild<QComboBox*>(QStringLiteral("decimalCombo"));
        QCOMPARE(decimal->currentData().toString(), QStringLiteral(","));
        QVERIFY(dialog.preview());
        QCOMPARE(dialog.preview()->transactions.at(0).amount, 125000);
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
