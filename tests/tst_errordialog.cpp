#include "widgets/ErrorDialog.h"

#include <QApplication>
#include <QMessageBox>
#include <QTest>

#include <memory>

using namespace allot;

/// The error dialog as the user reads it.
class TestErrorDialog : public QObject
{
    Q_OBJECT

private slots:
    // A sentence starts with a capital; a file name at its start stays as it is written
    // ("f.allot is empty" is not about "F.allot").
    void startsWithACapitalButKeepsAFileName_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("shown");
        QTest::newRow("sentence") << "the disk is full"
                                  << "The disk is full";
        QTest::newRow("file name") << "f.allot is empty: it is not an Allot database"
                                   << "f.allot is empty: it is not an Allot database";
        QTest::newRow("path") << "/home/alice/budget.allot is read-only"
                              << "/home/alice/budget.allot is read-only";
        QTest::newRow("relative path") << "budgets/home is a folder"
                                       << "budgets/home is a folder";
        QTest::newRow("empty") << ""
                               << "";
    }

    void startsWithACapitalButKeepsAFileName()
    {
        QFETCH(QString, message);
        QFETCH(QString, shown);
        const Error error{ErrorKind::CannotOpen, message, {}, 0};
        std::unique_ptr<QMessageBox> box(
            ErrorDialogPresenter::createDialog(QStringLiteral("Open"), error, nullptr));
        QCOMPARE(box->text(), shown);
    }
};

QTEST_MAIN(TestErrorDialog)
#include "tst_errordialog.moc"
