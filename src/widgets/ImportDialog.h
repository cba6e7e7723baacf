#pragma once

#include "formats/BankFile.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ImportDialog;
}

namespace allot {

class BudgetSession;

/// \brief Imports a bank file: shows how it was read with a live preview, lets the user choose
/// the CSV columns and formats (and save them per bank) or the QIF date order, decide what
/// happens to categories the budget does not have, and then imports as one action.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(BudgetSession& session, const QString& path, QWidget* parent = nullptr);
    ~ImportDialog() override;

    void accept() override;

    /// What the preview was read with (for tests).
    const formats::ReadResult* preview() const { return m_read ? &*m_read : nullptr; }

private:
    void fillColumnChoices();
    void showMapping(const formats::CsvMapping& mapping);
    formats::CsvMapping mappingFromControls() const;
    void reread();
    void showPreview();
    void loadSavedMapping();
    void saveMapping();
    void changeEncoding();

    std::unique_ptr<Ui::ImportDialog> m_ui;
    BudgetSession& m_session;
    QString m_path;
    QByteArray m_rawBytes; ///< As on disk.
    QByteArray m_bytes;    ///< In the encoding the user chose (as on disk when detected).
    formats::FileFormat m_format = formats::FileFormat::Csv;
    std::optional<formats::ReadResult> m_read;
    QString m_readError;
    bool m_filling = false;
};

} // namespace allot
