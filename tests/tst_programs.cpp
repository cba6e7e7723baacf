// The installed programs as a user starts them: their versions, the window's help in the
// language asked for, and a window that a termination signal closes cleanly.
#include "support/TestBudget.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace allot;
using namespace allot::test;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

enum class Display { Offscreen, None };

QProcessEnvironment quietEnvironment(const QTemporaryDir& home, Display display = Display::None)
{
    // A home and runtime folder of the test's own, so that the window's settings go nowhere.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    if (display == Display::Offscreen)
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("LC_ALL"));
    return env;
}

// Runs a program to its end, by default with no display at all: what only prints must not
// need one.
Run runProgram(const QString& program, const QStringList& arguments,
               Display display = Display::None)
{
    QTemporaryDir home;
    QProcess process;
    process.setProcessEnvironment(quietEnvironment(home, display));
    process.start(program, arguments);
    Run run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("did not finish");
        return run;
    }
    run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// The window's signals as a desktop leaves them: the default action, whatever this test's own
// starter ignores (a shell's background job ignores SIGINT), except \a ignored.
void startWindow(QProcess& window, const QTemporaryDir& home, const QStringList& arguments,
                 int ignored = 0)
{
    window.setProcessEnvironment(quietEnvironment(home, Display::Offscreen));
    window.setChildProcessModifier([ignored] {
        for (const int signalNumber : {SIGTERM, SIGINT, SIGHUP})
            std::signal(signalNumber, signalNumber == ignored ? SIG_IGN : SIG_DFL);
    });
    window.start(QStringLiteral(ALLOT_PATH), arguments);
}

} // namespace

class TestPrograms : public QObject
{
    Q_OBJECT

private slots:
    void theWindowPrintsTheProjectVersion()
    {
        const Run run = runProgram(QStringLiteral(ALLOT_PATH), {QStringLiteral("--version")});
        QCOMPARE(run.code, 0);
        QCOMPARE(run.out, QStringLiteral("Allot " ALLOT_EXPECTED_VERSION "\n"));
    }

    void theCliPrintsTheProjectVersion()
    {
        const Run run = runProgram(QStringLiteral(ALLOT_CLI_PATH), {QStringLiteral("--version")});
        QCOMPARE(run.code, 0);
        QCOMPARE(run.out, QStringLiteral("allot-cli " ALLOT_EXPECTED_VERSION "\n"));
    }

    void theHelpComesInTheLanguageAskedFor_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("--lang de")
            << QStringList{"--lang", "de", "--help"} << "Sprache des Fensters, z. B. de oder fr.";
        QTest::newRow("--lang=fr") << QStringList{"--help", "--lang=fr"} << "Budget du foyer";
        QTest::newRow("English") << QStringList{"--help"}
                                 << "Language of the window, e.g. de or fr.";
    }

    void theHelpComesInTheLanguageAskedFor()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const Run run = runProgram(QStringLiteral(ALLOT_PATH), arguments);
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(expected), qPrintable(run.out));
    }

    void aBadOptionIsRefused()
    {
        const Run run = runProgram(QStringLiteral(ALLOT_PATH), {QStringLiteral("--no-such-option")},
                                   Display::Offscreen);
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QStringLiteral("no-such-option")), qPrintable(run.err));
        // In the language asked for.
        const Run two = runProgram(
            QStringLiteral(ALLOT_PATH),
            {QStringLiteral("--lang=de"), QStringLiteral("a.allot"), QStringLiteral("b.allot")},
            Display::Offscreen);
        QCOMPARE(two.code, 2);
        QVERIFY2(two.err.contains(QStringLiteral("höchstens eine Budgetdatei")),
                 qPrintable(two.err));
    }

    // A desktop logging out sends SIGTERM, a terminal's Ctrl+C SIGINT: the window quits the
    // normal way, so the budget is closed (its WAL checkpointed and removed) and unchanged.
    void aTerminationSignalClosesTheWindowCleanly_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
        QTest::newRow("SIGHUP") << int(SIGHUP);
    }

    void aTerminationSignalClosesTheWindowCleanly()
    {
        QFETCH(int, signalNumber);
        TestBudget budget;
        addExpense(budget.db(), budget.alice, budget.food, 1250);
        const QString before = dump(budget.db());
        const QString path = budget.path();
        budget.close();
        const QString wal = path + QStringLiteral("-wal");
        QVERIFY(!QFile::exists(wal));

        QTemporaryDir home;
        QProcess window;
        startWindow(window, home, {QStringLiteral("--lang"), QStringLiteral("de"), path});
        QVERIFY(window.waitForStarted());
        // The window has opened the budget once SQLite made its WAL.
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(wal), 30000);
        QCOMPARE(window.state(), QProcess::Running);
        QCOMPARE(::kill(pid_t(window.processId()), signalNumber), 0);
        QVERIFY(window.waitForFinished(30000));
        QCOMPARE(window.exitStatus(), QProcess::NormalExit);
        QCOMPARE(window.exitCode(), 0);
        QVERIFY2(!QFile::exists(wal), "the budget was not closed: its WAL is still there");

        budget.reopen();
        QCOMPARE(dump(budget.db()), before);
    }

    // Started with nohup (SIGHUP ignored), the window outlives its terminal.
    void anIgnoredSignalStaysIgnored()
    {
        TestBudget budget;
        const QString path = budget.path();
        budget.close();
        QTemporaryDir home;
        QProcess window;
        startWindow(window, home, {path}, SIGHUP);
        QVERIFY(window.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path + QStringLiteral("-wal")), 30000);
        QCOMPARE(::kill(pid_t(window.processId()), SIGHUP), 0);
        QVERIFY(!window.waitForFinished(1500));
        QCOMPARE(::kill(pid_t(window.processId()), SIGTERM), 0);
        QVERIFY(window.waitForFinished(30000));
        QCOMPARE(window.exitStatus(), QProcess::NormalExit);
        QCOMPARE(window.exitCode(), 0);
    }

    // Translations installed beside the program (bin/../share/allot/translations, as the .deb
    // lays them out) are looked up before those compiled in: here a French file under the
    // German name shows.
    void installedTranslationsComeFirst()
    {
        QTemporaryDir prefix;
        QVERIFY(QDir(prefix.path()).mkpath(QStringLiteral("bin")));
        QVERIFY(QDir(prefix.path()).mkpath(QStringLiteral("share/allot/translations")));
        const QString program = prefix.filePath(QStringLiteral("bin/allot"));
        QVERIFY(QFile::copy(QStringLiteral(ALLOT_PATH), program));
        QVERIFY(
            QFile::copy(QStringLiteral(ALLOT_QM_DIR "/allot_fr.qm"),
                        prefix.filePath(QStringLiteral("share/allot/translations/allot_de.qm"))));
        const Run run =
            runProgram(program, {QStringLiteral("--lang=de"), QStringLiteral("--help")});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Budget du foyer")), qPrintable(run.out));
    }
};

QTEST_GUILESS_MAIN(TestPrograms)
#include "tst_programs.moc"
