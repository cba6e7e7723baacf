#include "app/Application.h"
#include "app/TerminationSignals.h"
#include "models/BudgetSession.h"
#include "widgets/MainWindow.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>

#include <cstdio>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    // First, so that a signal from now on closes the window the normal way.
    allot::TerminationSignals terminationSignals;
    QObject::connect(&terminationSignals, &allot::TerminationSignals::received, &app,
                     [] { QCoreApplication::exit(0); });
    allot::initResources();
    QApplication::setApplicationName(QStringLiteral("Allot"));
    QApplication::setApplicationVersion(QStringLiteral(ALLOT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(ALLOT_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/allot.svg")));

    allot::installTranslations(app, allot::languageArgument(QApplication::arguments()));
    const allot::StartupOptions options = allot::parseStartupArguments(QApplication::arguments());
    if (!options.error.isEmpty()) {
#ifdef Q_OS_WIN
        // A Windows GUI program has no console to write to.
        QMessageBox::critical(nullptr, QStringLiteral("Allot"), options.error);
#else
        std::fprintf(stderr, "allot: %s\n", qUtf8Printable(options.error));
#endif
        return 2;
    }

    allot::BudgetSession session;
    session.setLocale(QLocale());
    allot::MainWindow window(session);
    bool create = false;
    const QString file = allot::chooseStartupFile(options, &create);
    window.show();
    window.openBudget(file, create);
    return app.exec();
}
