#include "app/Application.h"
#include "app/TerminationSignals.h"
#include "models/BudgetSession.h"
#include "widgets/MainWindow.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>

#include <cstdio>

namespace {

void nameTheApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("Allot"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ALLOT_VERSION));
}

void reportStartupError(const QString& error)
{
#ifdef Q_OS_WIN
    // A Windows GUI program has no console to write to.
    QMessageBox::critical(nullptr, QStringLiteral("Allot"), error);
#else
    std::fprintf(stderr, "allot: %s\n", qUtf8Printable(error));
#endif
}

#ifndef Q_OS_WIN
// --help and --version only print, so they run without a display (over ssh, in a package
// build): QApplication would need one. (On Windows they are shown in a message box.)
bool onlyPrints(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--")
            break;
        if (argument == "-h" || argument == "-?" || argument == "--help" ||
            argument == "--help-all" || argument == "-v" || argument == "--version")
            return true;
    }
    return false;
}

int printHelpOrVersion(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    nameTheApplication();
    allot::installTranslations(app, allot::languageArgument(QCoreApplication::arguments()));
    // Prints and exits, unless the arguments are wrong.
    const allot::StartupOptions options =
        allot::parseStartupArguments(QCoreApplication::arguments());
    reportStartupError(options.error);
    return 2;
}
#endif

} // namespace

int main(int argc, char* argv[])
{
#ifndef Q_OS_WIN
    if (onlyPrints(argc, argv))
        return printHelpOrVersion(argc, argv);
#endif
    QApplication app(argc, argv);
    // First, so that a signal from now on closes the window the normal way; one that comes
    // before the event loop runs (while the budget opens) is remembered.
    bool terminationRequested = false;
    allot::TerminationSignals terminationSignals;
    QObject::connect(&terminationSignals, &allot::TerminationSignals::received, &app,
                     [&terminationRequested] {
                         terminationRequested = true;
                         QCoreApplication::exit(0);
                     });
    allot::initResources();
    nameTheApplication();
    QApplication::setDesktopFileName(QStringLiteral(ALLOT_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/allot.svg")));

    allot::installTranslations(app, allot::languageArgument(QApplication::arguments()));
    const allot::StartupOptions options = allot::parseStartupArguments(QApplication::arguments());
    if (!options.error.isEmpty()) {
        reportStartupError(options.error);
        return 2;
    }

    allot::BudgetSession session;
    session.setLocale(QLocale());
    allot::MainWindow window(session);
    bool create = false;
    const QString file = allot::chooseStartupFile(options, &create);
    window.show();
    window.openBudget(file, create);
    if (terminationRequested)
        return 0;
    return app.exec();
}
