#include "app/Application.h"
#include "models/BudgetSession.h"
#include "widgets/MainWindow.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    allot::initResources();
    QApplication::setApplicationName(QStringLiteral("Allot"));
    QApplication::setApplicationVersion(QStringLiteral(ALLOT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("allot"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/allot.svg")));

    const allot::StartupOptions options = allot::parseStartupArguments(QApplication::arguments());
    allot::installTranslations(app, options.language);
    if (!options.error.isEmpty()) {
        QMessageBox::critical(nullptr, QStringLiteral("Allot"), options.error);
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
