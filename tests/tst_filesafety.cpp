// The window beside other processes: nothing the window does may drop the locks SQLite holds on
// the open budget (POSIX locks belong to the process, so closing any other descriptor of the
// file drops them), and a connection whose files were replaced under it never writes.

#include "actions/BudgetQueries.h"
#include "actions/EntryActions.h"
#include "app/Application.h"
#include "models/BudgetSession.h"
#include "storage/Backups.h"
#include "support/Programs.h"
#include "support/TestBudget.h"
#include "support/WindowTest.h"
#include "widgets/ErrorDialog.h"
#include "widgets/ImportDialog.h"
#include "widgets/MainWindow.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace allot;
using namespace allot::test;

namespace {

// Asks another process whether the window's connection still holds the budget.
QString lockState(const QString& budget)
{
    const Run run = runProgram(QStringLiteral(ALLOT_LOCK_PROBE_PATH), {budget});
    return run.code == 2 || run.code < 0 ? QStringLiteral("probe failed: ") + run.err : run.out;
}

Run cli(const QString& budget, const QStringList& arguments)
{
    return runProgram(QStringLiteral(ALLOT_CLI_PATH),
                      QStringList{QStringLiteral("--db"), budget} + arguments);
}

qint64 entriesWithPayee(const QString& budget, const QString& payee)
{
    auto db = Database::open(budget);
    if (!db) {
        qWarning("%s", qPrintable(db.error().message));
        return -1;
    }
    QSqlQuery q(db.value()->connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM entry WHERE payee = ?"));
    q.addBindValue(payee);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

class TestFileSafety : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestBudget> m_budget;
    std::unique_ptr<BudgetSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QSignalSpy> m_errors;
    QTemporaryDir m_settingsDir;

    TestBudget& b() { return *m_budget; }
    QString budgetPath() const { return m_budget->path(); }

    QString lastErrorText() const
    {
        return m_errors->isEmpty() ? QString() : m_errors->last().at(1).value<Error>().message;
    }

    QAction* action(const char* name)
    {
        auto* found = m_window->findChild<QAction*>(QString::fromLatin1(name));
        if (!found)
            qWarning("no action %s", name);
        return found;
    }

    // Shows a file dialog on the budget's folder, in the detailed view (whose Type column is
    // what read the files), waits until the budget's row has its type, then cancels.
    void showFolderAndCancel(QAction* trigger, QString* typeShown = nullptr)
    {
        const QString folder = b().folder();
        const QString budget = budgetPath();
        auto ran = whenDialogOpens<QFileDialog>([&](QFileDialog* dialog) {
            dialog->setDirectory(folder);
            dialog->setViewMode(QFileDialog::Detail);
            auto* model = dialog->findChild<QFileSystemModel*>();
            QVERIFY(model);
            // Every file the dialog lists has its type once the model has gathered them all
            // (the budget is among them even where the filter hides it).
            const auto typesShown = [&] {
                const QModelIndex root = model->index(folder);
                int typed = 0;
                for (int row = 0; row < model->rowCount(root); ++row)
                    typed += model->index(row, 2, root).data().toString().isEmpty() ? 0 : 1;
                return typed > 0 && typed == model->rowCount(root);
            };
            QTRY_VERIFY_WITH_TIMEOUT(typesShown(), 10000);
            QTest::qWait(200);
            if (typeShown)
                *typeShown = model->index(budget, 2).data().toString();
            dialog->reject();
        });
        trigger->trigger();
        QVERIFY(*ran);
    }

    // An expense added through the window's own connection, as its dialogs add them.
    bool addFromWindow(const QString& payee)
    {
        EntryDraft draft;
        draft.personId = b().alice;
        draft.categoryId = b().food;
        draft.accountId = b().checking;
        draft.amount = 500;
        draft.date = QDate(2026, 11, 3);
        draft.payee = payee;
        return m_session->perform(QStringLiteral("Add"),
                                  [&](Database& db) { return entries::add(db, draft); });
    }

    QString dumpOnDisk()
    {
        auto db = Database::open(budgetPath());
        return db ? dump(*db.value()) : QStringLiteral("cannot open: ") + db.error().message;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        qRegisterMetaType<allot::Error>();
        allot::initResources();
    }

    void init()
    {
        m_budget = std::make_unique<TestBudget>();
        addExpense(b().db(), b().alice, b().food, 1250, b().checking, QDate(2026, 11, 4));
        m_budget->close();
        // A bank file and an older budget beside it, as in a real folder.
        QFile csv(QDir(b().folder()).filePath(QStringLiteral("bank.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("Date,Payee,Amount\n2026-11-20,Bakery,-3.40\n");
        csv.close();
        m_session = std::make_unique<BudgetSession>();
        m_session->setMonth(Month{2026, 11});
        m_window = std::make_unique<MainWindow>(*m_session);
        m_window->errorPresenter().setEnabled(false);
        m_errors = std::make_unique<QSignalSpy>(&m_session->errors(), &ErrorReporter::reported);
        QVERIFY(m_window->openBudget(budgetPath(), false));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QCOMPARE(lockState(budgetPath()), QStringLiteral("held"));
    }

    void cleanup()
    {
        m_window.reset();
        m_errors.reset();
        m_session.reset();
        m_budget.reset();
    }

    // The steps: both dialogs on the budget's folder, cancelled; then the CLI and the
    // window write in turn. After both have closed, every confirmed write is there.
    void dialogsThenCliAndWindowLoseNoWrite()
    {
        showFolderAndCancel(action("openAction"));
        showFolderAndCancel(action("importAction"));
        QCOMPARE(cli(budgetPath(), {QStringLiteral("history")}).code, 0);

        QVERIFY(addFromWindow(QStringLiteral("Window one")));
        const Run added = cli(budgetPath(), {"expense", "add", "--user", "Alice", "--category",
                                             "Food", "--amount", "5", "--account", "Checking",
                                             "--date", "2026-11-03", "--payee", "From the CLI"});
        QCOMPARE(added.code, 0);
        QVERIFY(addFromWindow(QStringLiteral("Window two")));
        QVERIFY2(m_errors->isEmpty(), qPrintable(lastErrorText()));

        m_window.reset();
        m_session.reset();
        QCOMPARE(entriesWithPayee(budgetPath(), QStringLiteral("Window one")), qint64(1));
        QCOMPARE(entriesWithPayee(budgetPath(), QStringLiteral("From the CLI")), qint64(1));
        QCOMPARE(entriesWithPayee(budgetPath(), QStringLiteral("Window two")), qint64(1));
        auto reopened = Database::open(budgetPath());
        QVERIFY(reopened);
        expectSound(*reopened.value());
    }

    // Every feature of the window that touches files, on the open budget: afterwards another
    // connection still cannot take the lock the window's connection blocks.
    void everyFileFeatureKeepsTheLocks_data()
    {
        QTest::addColumn<QString>("feature");
        for (const char* feature :
             {"open dialog", "import dialog", "new dialog", "export dialog", "import a bank file",
              "export entries", "back up", "restore a backup", "open the same budget again",
              "import the budget itself", "export onto the budget", "export onto its WAL"})
            QTest::newRow(feature) << QString::fromLatin1(feature);
    }

    void everyFileFeatureKeepsTheLocks()
    {
        QFETCH(QString, feature);
        const QString folder = b().folder();
        const QString bank = QDir(folder).filePath(QStringLiteral("bank.csv"));
        const QString before = dump(m_session->database());
        bool mustBeRefused = false;
        // A refused feature opens no dialog; should one open all the same, it is closed again.
        std::shared_ptr<bool> dialogOpened;
        const auto closeAnyDialog = [&] {
            dialogOpened = whenDialogOpens<QDialog>([](QDialog*) {}, 1000);
        };
        if (feature == QLatin1String("open dialog")) {
            showFolderAndCancel(action("openAction"));
        } else if (feature == QLatin1String("import dialog")) {
            showFolderAndCancel(action("importAction"));
        } else if (feature == QLatin1String("new dialog")) {
            showFolderAndCancel(action("newAction"));
        } else if (feature == QLatin1String("export dialog")) {
            showFolderAndCancel(action("exportAction"));
        } else if (feature == QLatin1String("import a bank file")) {
            auto ran = whenDialogOpens<ImportDialog>([](ImportDialog*) {});
            m_window->importFile(bank);
            QVERIFY(*ran);
        } else if (feature == QLatin1String("export entries")) {
            m_window->exportEntries(QDir(folder).filePath(QStringLiteral("out.csv")));
            QVERIFY(QFile::exists(QDir(folder).filePath(QStringLiteral("out.csv"))));
        } else if (feature == QLatin1String("back up")) {
            m_window->backUp();
            QCOMPARE(backups::list(budgetPath()).size(), 1);
        } else if (feature == QLatin1String("restore a backup")) {
            m_window->backUp();
            m_window->restoreBackup(backups::list(budgetPath()).value(0));
        } else if (feature == QLatin1String("open the same budget again")) {
            QVERIFY(m_window->openBudget(budgetPath(), false));
        } else if (feature == QLatin1String("import the budget itself")) {
            mustBeRefused = true;
            closeAnyDialog();
            m_window->importFile(budgetPath());
        } else if (feature == QLatin1String("export onto the budget")) {
            mustBeRefused = true;
            closeAnyDialog();
            m_window->exportEntries(budgetPath());
        } else if (feature == QLatin1String("export onto its WAL")) {
            mustBeRefused = true;
            closeAnyDialog();
            m_window->exportEntries(budgetPath() + QStringLiteral("-wal"));
        }
        if (mustBeRefused) {
            QTest::qWait(1100); // the guard above has given up by now
            QVERIFY(!*dialogOpened);
            QCOMPARE(m_errors->size(), 1);
            QVERIFY2(lastErrorText().contains(QStringLiteral("budget")),
                     qPrintable(lastErrorText()));
            QCOMPARE(dump(m_session->database()), before);
        } else {
            QVERIFY2(m_errors->isEmpty(), qPrintable(lastErrorText()));
        }
        QCOMPARE(lockState(budgetPath()), QStringLiteral("held"));
    }

    // Defence in depth: should the window's connection lose its files all the same, it writes
    // nothing, says so, and opens the budget again as it is on disk.
    void aConnectionWhoseFilesWereReplacedNeverWrites_data()
    {
        QTest::addColumn<bool>("replaceTheBudget");
        QTest::newRow("WAL deleted by another process") << false;
        QTest::newRow("budget replaced by another file") << true;
    }

    void aConnectionWhoseFilesWereReplacedNeverWrites()
    {
        QFETCH(bool, replaceTheBudget);
        if (replaceTheBudget) {
            // What a restore by another program does: a copy renamed over the budget, and the
            // old -wal and -shm removed.
            m_window->backUp();
            const QString copy = backups::list(budgetPath()).value(0);
            QVERIFY(addFromWindow(QStringLiteral("Before the restore")));
            QCOMPARE(std::rename(QFile::encodeName(copy).constData(),
                                 QFile::encodeName(budgetPath()).constData()),
                     0);
            QFile::remove(budgetPath() + QStringLiteral("-wal"));
            QFile::remove(budgetPath() + QStringLiteral("-shm"));
        } else {
            // The mechanism of the lost write: a descriptor of the budget opened and closed in
            // the window's process drops its locks; the CLI then believes it is alone, and on
            // closing checkpoints and deletes the -wal and -shm the window still has open.
            QFile file(budgetPath());
            QVERIFY(file.open(QIODevice::ReadOnly));
            file.close();
            QCOMPARE(lockState(budgetPath()), QStringLiteral("free"));
            QCOMPARE(cli(budgetPath(), {QStringLiteral("history")}).code, 0);
            QVERIFY(!QFile::exists(budgetPath() + QStringLiteral("-wal")));
        }
        const QString before = dumpOnDisk();

        QVERIFY(!addFromWindow(QStringLiteral("Refused")));
        QCOMPARE(m_errors->size(), 1);
        QCOMPARE(m_errors->last().at(1).value<Error>().kind, ErrorKind::Detached);
        QVERIFY2(lastErrorText().contains(QStringLiteral("changed by another program")),
                 qPrintable(lastErrorText()));
        QCoreApplication::processEvents(); // the queued reopen
        QCOMPARE(dump(m_session->database()), before);
        QCOMPARE(lockState(budgetPath()), QStringLiteral("held"));

        QVERIFY(addFromWindow(QStringLiteral("After reopening")));
        m_window.reset();
        m_session.reset();
        QCOMPARE(entriesWithPayee(budgetPath(), QStringLiteral("After reopening")), qint64(1));
        QCOMPARE(entriesWithPayee(budgetPath(), QStringLiteral("Refused")), qint64(0));
        QCOMPARE(entriesWithPayee(budgetPath(), QStringLiteral("Before the restore")), qint64(0));
        auto reopened = Database::open(budgetPath());
        QVERIFY(reopened);
        expectSound(*reopened.value());
    }

    // The CLI neither reads the budget's own files as a bank file nor exports over them.
    void cliRefusesTheBudgetsOwnFiles_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("dbByLink");
        const QString budget = QStringLiteral("BUDGET");
        QTest::newRow("import the budget")
            << QStringList{"import", budget, "--user", "Alice", "--account", "Checking"}
            << QStringLiteral("budget's own file, not a bank file") << false;
        QTest::newRow("import its WAL")
            << QStringList{"import", budget + "-wal", "--user", "Alice", "--account", "Checking"}
            << QStringLiteral("budget's own file, not a bank file") << false;
        QTest::newRow("export onto the budget")
            << QStringList{"export", budget, "--user", "Alice", "--format", "csv"}
            << QStringLiteral("exporting there would replace the budget") << false;
        QTest::newRow("export onto its -shm")
            << QStringList{"export", budget + "-shm", "--user", "Alice", "--format", "csv"}
            << QStringLiteral("exporting there would replace the budget") << false;
        // Opened through a link, SQLite keeps its -shm beside the file the link points to.
        QTest::newRow("budget through a link, import its real -shm")
            << QStringList{"import", "REAL-shm", "--user", "Alice", "--account", "Checking"}
            << QStringLiteral("budget's own file, not a bank file") << true;
    }

    void cliRefusesTheBudgetsOwnFiles()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QFETCH(bool, dbByLink);
        m_window.reset();
        m_session.reset();
        // Named another way: through a link in another folder.
        QTemporaryDir elsewhere;
        const QString link = QDir(elsewhere.path()).filePath(QStringLiteral("link.allot"));
        QVERIFY(QFile::link(budgetPath(), link));
        for (QString& argument : arguments) {
            argument.replace(QStringLiteral("BUDGET"), link);
            argument.replace(QStringLiteral("REAL"), budgetPath());
        }
        if (!dbByLink) {
            QVERIFY(QFile::link(budgetPath() + QStringLiteral("-wal"), link + "-wal"));
            QVERIFY(QFile::link(budgetPath() + QStringLiteral("-shm"), link + "-shm"));
        }
        const QString before = dumpOnDisk();
        const Run run = cli(dbByLink ? link : budgetPath(), arguments);
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(dumpOnDisk(), before);
    }

#ifdef Q_OS_UNIX
    // A pipe given as the budget would make SQLite wait for a writer that never comes.
    void aPipeIsNotABudget()
    {
        const QString fifo = QDir(b().folder()).filePath(QStringLiteral("pipe.allot"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const Run run = cli(fifo, {QStringLiteral("history")});
        QCOMPARE(run.code, 3);
        QVERIFY2(run.err.contains(QStringLiteral("is not a regular file")), qPrintable(run.err));
    }
#endif

    // A budget renamed while open is not another's file: closing puts what its WAL holds into
    // the file under its new name.
    void aBudgetRenamedWhileOpenKeepsItsWrites()
    {
        QVERIFY(addFromWindow(QStringLiteral("Before the rename")));
        const QString renamed = QDir(b().folder()).filePath(QStringLiteral("renamed.allot"));
        QVERIFY(QFile::rename(budgetPath(), renamed));
        QVERIFY(!addFromWindow(QStringLiteral("After the rename")));
        QCOMPARE(m_errors->last().at(1).value<Error>().kind, ErrorKind::Detached);
        QCoreApplication::processEvents(); // the reopen finds nothing at the old name
        m_window.reset();
        m_session.reset();
        QCOMPARE(entriesWithPayee(renamed, QStringLiteral("Before the rename")), qint64(1));
        QCOMPARE(entriesWithPayee(renamed, QStringLiteral("After the rename")), qint64(0));
    }

    // The file dialogs tell a budget by its name alone, without reading it.
    void fileDialogsNameTheBudgetType()
    {
        QString type;
        showFolderAndCancel(action("openAction"), &type);
        QCOMPARE(type, QStringLiteral("Allot budget"));
    }
};

QTEST_MAIN(TestFileSafety)
#include "tst_filesafety.moc"
