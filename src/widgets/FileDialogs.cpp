#include "widgets/FileDialogs.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileIconProvider>
#include <QFileInfo>
#include <QHeaderView>
#include <QMimeDatabase>
#include <QScreen>
#include <QSettings>
#include <QTreeView>

namespace allot::filedialogs {

namespace {

const QString kBudgetSuffix = QStringLiteral("allot");

// The context lupdate gives tr() calls in this namespace.
QString tr(const char* text)
{
    return QCoreApplication::translate("allot::filedialogs", text);
}

QString budgetTypeName()
{
    return tr("Allot budget");
}

/// File types and icons from the file's name (Qt's own provider reads a file whose extension
/// it does not know, to look at its first bytes).
class NameOnlyIconProvider : public QFileIconProvider
{
public:
    QIcon icon(IconType type) const override { return QFileIconProvider::icon(type); }

    QIcon icon(const QFileInfo& info) const override
    {
        if (!info.isFile())
            return QFileIconProvider::icon(info.isDir() ? Folder : File);
        if (isBudget(info))
            return QApplication::windowIcon();
        const QMimeType mime = mimeType(info);
        return QIcon::fromTheme(mime.iconName(),
                                QIcon::fromTheme(mime.genericIconName(), icon(File)));
    }

    QString type(const QFileInfo& info) const override
    {
        if (!info.isFile())
            return QFileIconProvider::type(info); // folders and drives: nothing is read
        if (isBudget(info))
            return budgetTypeName();
        return mimeType(info).comment();
    }

private:
    static bool isBudget(const QFileInfo& info)
    {
        return info.suffix().compare(kBudgetSuffix, Qt::CaseInsensitive) == 0;
    }

    QMimeType mimeType(const QFileInfo& info) const
    {
        return m_mimes.mimeTypeForFile(info.fileName(), QMimeDatabase::MatchExtension);
    }

    QMimeDatabase m_mimes;
};

QString settingsKey(Purpose purpose)
{
    switch (purpose) {
    case Purpose::OpenBudget:
    case Purpose::NewBudget:
        return QStringLiteral("fileDialogs/budgetFolder");
    case Purpose::ImportBankFile:
        return QStringLiteral("fileDialogs/importFolder");
    case Purpose::ExportEntries:
        return QStringLiteral("fileDialogs/exportFolder");
    }
    return {};
}

} // namespace

QString choose(QWidget* parent, Purpose purpose, const QString& folder)
{
    const QString budgets = tr("Allot budgets (*.allot)");
    const QString all = tr("All files (*)");
    QString title, filters, suffix;
    bool save = false;
    switch (purpose) {
    case Purpose::OpenBudget:
        title = tr("Open Budget");
        filters = budgets + QStringLiteral(";;") + all;
        break;
    case Purpose::NewBudget:
        title = tr("New Budget");
        filters = budgets;
        suffix = kBudgetSuffix;
        save = true;
        break;
    case Purpose::ImportBankFile:
        title = tr("Import Bank File");
        filters = tr("Bank files (*.csv *.qif *.ofx *.qfx *.txt)") + QStringLiteral(";;") + all;
        break;
    case Purpose::ExportEntries:
        title = tr("Export Entries");
        filters = tr("CSV (*.csv)") + QStringLiteral(";;") + tr("QIF (*.qif)");
        suffix = QStringLiteral("csv");
        save = true;
        break;
    }

    QSettings settings;
    QString start = folder;
    if (start.isEmpty())
        start = settings.value(settingsKey(purpose)).toString();
    if (start.isEmpty() || !QFileInfo(start).isDir())
        start = QDir::homePath();

    NameOnlyIconProvider icons; // outlives the dialog
    QFileDialog dialog(parent, title, start, filters);
    // Native dialogs are other code that may read the files they list; on Windows locks belong
    // to a handle, not to the process, so the system's dialog is safe there.
#ifndef Q_OS_WIN
    dialog.setOption(QFileDialog::DontUseNativeDialog);
#endif
    dialog.setIconProvider(&icons);
    dialog.setAcceptMode(save ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
    dialog.setFileMode(save ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    dialog.setDefaultSuffix(suffix);
    if (purpose == Purpose::ExportEntries) {
        // The suffix follows the chosen format.
        QObject::connect(&dialog, &QFileDialog::filterSelected, &dialog,
                         [&dialog](const QString& filter) {
                             dialog.setDefaultSuffix(filter.contains(QLatin1String("*.qif"))
                                                         ? QStringLiteral("qif")
                                                         : QStringLiteral("csv"));
                         });
    }
    // Room for the name, size, type and date columns without eliding them; the name takes
    // what is left.
    dialog.resize(QSize(860, 520).boundedTo(dialog.screen()->availableSize()));
    if (auto* files = dialog.findChild<QTreeView*>(QStringLiteral("treeView"))) {
        QHeaderView* header = files->header();
        header->setStretchLastSection(false);
        header->setSectionResizeMode(0, QHeaderView::Stretch);
        const QFontMetrics metrics = files->fontMetrics();
        header->resizeSection(1, metrics.horizontalAdvance(QStringLiteral("0000.0 KiB")) + 24);
        header->resizeSection(2, metrics.horizontalAdvance(QStringLiteral("Allot budget")) * 2);
        header->resizeSection(3,
                              metrics.horizontalAdvance(QStringLiteral("00/00/0000 00:00")) + 40);
    }
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    const QString chosen = dialog.selectedFiles().constFirst();
    settings.setValue(settingsKey(purpose), QFileInfo(chosen).absolutePath());
    return chosen;
}

} // namespace allot::filedialogs
