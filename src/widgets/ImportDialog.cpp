#include "widgets/ImportDialog.h"

#include "actions/ImportStatement.h"
#include "actions/SavedMappings.h"
#include "formats/LongText.h"
#include "models/BudgetSession.h"
#include "ui_ImportDialog.h"
#include "widgets/DialogSupport.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>

namespace allot {

using namespace formats;

namespace {

constexpr int kPreviewRows = 200;

QChar firstChar(const QVariant& data, QChar fallback)
{
    const QString text = data.toString();
    return text.isEmpty() ? fallback : text.at(0);
}

void setColumn(QComboBox* combo, int column)
{
    const int index = combo->findData(column);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace

ImportDialog::ImportDialog(BudgetSession& session, const QString& path, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ImportDialog>()), m_session(session), m_path(path)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    m_ui->previewTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_ui->categoriesTable->horizontalHeader()->setSectionResizeMode(0,
                                                                    QHeaderView::ResizeToContents);
    m_ui->modeCombo->addItem(tr("import nothing (all or nothing)"), int(BulkMode::AllOrNothing));
    m_ui->modeCombo->addItem(tr("skip it and import the rest"), int(BulkMode::SkipInvalid));
    m_ui->delimiterCombo->addItem(tr("Comma"), QStringLiteral(","));
    m_ui->delimiterCombo->addItem(tr("Semicolon"), QStringLiteral(";"));
    m_ui->delimiterCombo->addItem(tr("Tab"), QStringLiteral("\t"));
    m_ui->delimiterCombo->addItem(tr("Pipe"), QStringLiteral("|"));
    m_ui->decimalCombo->addItem(tr("Point (1,234.56)"), QStringLiteral("."));
    m_ui->decimalCombo->addItem(tr("Comma (1.234,56)"), QStringLiteral(","));
    m_ui->dateOrderCombo->addItem(tr("as the file shows"), int(DateOrder::Detect));
    m_ui->dateOrderCombo->addItem(tr("day before month"), int(DateOrder::DayFirst));
    m_ui->dateOrderCombo->addItem(tr("month before day"), int(DateOrder::MonthFirst));
    m_ui->qifDecimalCombo->addItem(tr("as the file shows"), QString());
    m_ui->qifDecimalCombo->addItem(tr("Point (1,234.56)"), QStringLiteral("."));
    m_ui->qifDecimalCombo->addItem(tr("Comma (1.234,56)"), QStringLiteral(","));
    fillAccounts(*m_ui->accountCombo, m_session, false);
    m_ui->encodingCombo->addItem(tr("detected"), int(TextEncoding::Detect));
    m_ui->encodingCombo->addItem(QStringLiteral("UTF-8"), int(TextEncoding::Utf8));
    m_ui->encodingCombo->addItem(QStringLiteral("UTF-16"), int(TextEncoding::Utf16));
    m_ui->encodingCombo->addItem(QStringLiteral("Windows-1252 (Latin-1)"),
                                 int(TextEncoding::Windows1252));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxBankFileSize)
        m_readError =
            tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    else
        m_rawBytes = m_bytes = file.readAll();
    m_format = detectFormat(m_bytes);
    const bool csv = m_format == FileFormat::Csv;
    m_ui->csvGroup->setVisible(csv);
    m_ui->dateOrderLabel->setVisible(m_format == FileFormat::Qif);
    m_ui->dateOrderCombo->setVisible(m_format == FileFormat::Qif);
    m_ui->qifDecimalLabel->setVisible(m_format == FileFormat::Qif);
    m_ui->qifDecimalCombo->setVisible(m_format == FileFormat::Qif);

    if (csv && m_readError.isEmpty()) {
        fillColumnChoices();
        if (auto detected = detectCsvMapping(m_bytes))
            showMapping(*detected);
        if (auto names = mappings::names(m_session.database())) {
            m_ui->savedMappingCombo->addItem(tr("(detected)"), QString());
            for (const QString& name : *names)
                m_ui->savedMappingCombo->addItem(name, name);
        }
    }
    const auto changed = [this] {
        if (!m_filling)
            reread();
    };
    for (QComboBox* combo :
         {m_ui->delimiterCombo, m_ui->dateColumnCombo, m_ui->amountColumnCombo,
          m_ui->debitColumnCombo, m_ui->creditColumnCombo, m_ui->payeeColumnCombo,
          m_ui->memoColumnCombo, m_ui->categoryColumnCombo, m_ui->decimalCombo,
          m_ui->dateOrderCombo, m_ui->qifDecimalCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
    connect(m_ui->delimiterCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            fillColumnChoices();
    });
    connect(m_ui->headerRowSpin, &QSpinBox::valueChanged, this, changed);
    connect(m_ui->firstRowSpin, &QSpinBox::valueChanged, this, changed);
    connect(m_ui->dateFormatLineEdit, &QLineEdit::editingFinished, this, changed);
    connect(m_ui->negateCheckBox, &QCheckBox::toggled, this, changed);
    connect(m_ui->savedMappingCombo, &QComboBox::currentIndexChanged, this,
            &ImportDialog::loadSavedMapping);
    connect(m_ui->saveMappingButton, &QPushButton::clicked, this, &ImportDialog::saveMapping);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    reread();
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::fillColumnChoices()
{
    m_filling = true;
    const QChar delimiter = firstChar(m_ui->delimiterCombo->currentData(), QLatin1Char(','));
    const QVector<CsvRow> rows = splitCsv(decodeText(m_bytes.left(64 * 1024)), delimiter);
    const int headerRow = m_ui->headerRowSpin->value() - 1;
    int columns = 0;
    for (int i = 0; i < std::min<int>(int(rows.size()), 30); ++i)
        columns = std::max<int>(columns, int(rows[i].fields.size()));
    for (QComboBox* combo : {m_ui->dateColumnCombo, m_ui->amountColumnCombo, m_ui->debitColumnCombo,
                             m_ui->creditColumnCombo, m_ui->payeeColumnCombo, m_ui->memoColumnCombo,
                             m_ui->categoryColumnCombo}) {
        const int current = combo->currentData().isValid() ? combo->currentData().toInt() : -1;
        combo->clear();
        combo->addItem(tr("(none)"), -1);
        for (int c = 0; c < columns; ++c) {
            QString name = headerRow >= 0 && headerRow < rows.size()
                               ? rows[headerRow].fields.value(c).trimmed()
                               : QString();
            combo->addItem(
                name.isEmpty() ? tr("Column %1").arg(c + 1) : tr("%1: %2").arg(c + 1).arg(name), c);
        }
        setColumn(combo, current);
    }
    m_filling = false;
}

void ImportDialog::showMapping(const CsvMapping& mapping)
{
    m_filling = true;
    const int delimiter = m_ui->delimiterCombo->findData(QString(mapping.delimiter));
    if (delimiter >= 0)
        m_ui->delimiterCombo->setCurrentIndex(delimiter);
    m_ui->headerRowSpin->setValue(mapping.headerRow + 1);
    m_ui->firstRowSpin->setValue(mapping.firstDataRow + 1);
    m_filling = false;
    fillColumnChoices();
    m_filling = true;
    setColumn(m_ui->dateColumnCombo, mapping.dateColumn);
    setColumn(m_ui->amountColumnCombo, mapping.amountColumn);
    setColumn(m_ui->debitColumnCombo, mapping.debitColumn);
    setColumn(m_ui->creditColumnCombo, mapping.creditColumn);
    setColumn(m_ui->payeeColumnCombo, mapping.payeeColumn);
    setColumn(m_ui->memoColumnCombo, mapping.memoColumn);
    setColumn(m_ui->categoryColumnCombo, mapping.categoryColumn);
    m_ui->dateFormatLineEdit->setText(mapping.dateFormat);
    // No choice shown when the amounts read two ways: the user must choose (the preview says
    // why), never a guess.
    m_ui->decimalCombo->setCurrentIndex(
        m_ui->decimalCombo->findData(QString(mapping.decimalSeparator)));
    m_ui->negateCheckBox->setChecked(mapping.negateAmounts);
    m_filling = false;
}

CsvMapping ImportDialog::mappingFromControls() const
{
    CsvMapping mapping;
    // Keep what detection found that the dialog does not show (the CR/DR column).
    if (auto detected = detectCsvMapping(m_bytes))
        mapping = *detected;
    mapping.delimiter = firstChar(m_ui->delimiterCombo->currentData(), QLatin1Char(','));
    mapping.headerRow = m_ui->headerRowSpin->value() - 1;
    mapping.firstDataRow = m_ui->firstRowSpin->value() - 1;
    mapping.dateColumn = m_ui->dateColumnCombo->currentData().toInt();
    mapping.amountColumn = m_ui->amountColumnCombo->currentData().toInt();
    mapping.debitColumn = m_ui->debitColumnCombo->currentData().toInt();
    mapping.creditColumn = m_ui->creditColumnCombo->currentData().toInt();
    mapping.payeeColumn = m_ui->payeeColumnCombo->currentData().toInt();
    mapping.memoColumn = m_ui->memoColumnCombo->currentData().toInt();
    mapping.categoryColumn = m_ui->categoryColumnCombo->currentData().toInt();
    mapping.dateFormat = m_ui->dateFormatLineEdit->text().trimmed();
    mapping.decimalSeparator = firstChar(m_ui->decimalCombo->currentData(), QChar());
    if (!mapping.decimalSeparator.isNull())
        mapping.decimalDoubt.reset();
    mapping.negateAmounts = m_ui->negateCheckBox->isChecked();
    return mapping;
}

void ImportDialog::reread()
{
    m_read.reset();
    if (m_readError.isEmpty() || !m_bytes.isEmpty()) {
        Result<ReadResult> read = Error::internal(QString());
        switch (m_format) {
        case FileFormat::Csv:
            read = readCsv(m_bytes, mappingFromControls());
            break;
        case FileFormat::Qif:
            read = readQif(m_bytes, DateOrder(m_ui->dateOrderCombo->currentData().toInt()),
                           firstChar(m_ui->qifDecimalCombo->currentData(), QChar()));
            break;
        case FileFormat::Ofx:
            read = readOfx(m_bytes);
            break;
        }
        if (read)
            m_read = *read;
        else
            m_readError = read.error().message;
    }
    if (m_read)
        m_readError.clear();
    showPreview();
}

void ImportDialog::showPreview()
{
    const DisplayFormat& format = m_session.format();
    m_ui->fileLabel->setText(
        m_read ? tr("<b>%1</b> — %2")
                     .arg(QFileInfo(m_path).fileName().toHtmlEscaped(),
                          m_read->description.toHtmlEscaped())
               : tr("<b>%1</b>").arg(QFileInfo(m_path).fileName().toHtmlEscaped()));
    m_ui->previewTable->setRowCount(0);
    m_ui->categoriesTable->setRowCount(0);
    // Shown again only with categories to place (an unreadable file has none).
    m_ui->categoriesTable->setVisible(false);
    QStringList problems;
    if (!m_read) {
        problems << tr("The file cannot be imported: %1").arg(m_readError);
    } else {
        const auto& rows = m_read->transactions;
        m_ui->previewTable->setRowCount(std::min<int>(int(rows.size()), kPreviewRows));
        for (int i = 0; i < m_ui->previewTable->rowCount(); ++i) {
            const ImportedTransaction& t = rows[i];
            // As the import keeps it (a 20 MB payee is not laid out); the note says it is cut.
            const QString payee = t.payee.size() > kMaxImportedText
                                      ? t.payee.left(kMaxImportedText) + QChar(0x2026)
                                      : t.payee;
            const QStringList cells{QString::number(t.line), format.date(t.date), payee,
                                    t.splits.isEmpty() ? t.category : tr("Split"),
                                    format.money(t.amount)};
            for (int c = 0; c < cells.size(); ++c)
                m_ui->previewTable->setItem(i, c, new QTableWidgetItem(cells[c]));
        }
        for (const ReadProblem& p : m_read->problems)
            problems << tr("Line %1 will be skipped: %2").arg(p.line).arg(p.message);
        for (const QString& w : m_read->warnings)
            problems << w;
        if (auto unknown =
                imports::unknownCategories(m_session.database(), m_session.personId(), *m_read)) {
            m_ui->categoriesTable->setRowCount(int(unknown->size()));
            for (int i = 0; i < unknown->size(); ++i) {
                m_ui->categoriesTable->setItem(i, 0, new QTableWidgetItem(unknown->at(i)));
                auto* choice = new QComboBox(m_ui->categoriesTable);
                choice->setObjectName(QStringLiteral("categoryChoice%1").arg(i));
                choice->addItem(tr("Uncategorised"), RowId(0));
                choice->addItem(tr("A new category \"%1\"").arg(unknown->at(i)), RowId(-1));
                QComboBox existing;
                fillCategories(existing, m_session, m_session.personId());
                for (int c = 0; c < existing.count(); ++c)
                    choice->addItem(existing.itemText(c), existing.itemData(c));
                m_ui->categoriesTable->setCellWidget(i, 1, choice);
            }
        }
        m_ui->categoriesTable->setVisible(m_ui->categoriesTable->rowCount() > 0);
    }
    m_ui->problemLabel->setText(
        problems.mid(0, 6).join(QLatin1Char('\n')) +
        (problems.size() > 6 ? tr("\n… and %1 more").arg(problems.size() - 6) : QString()));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(m_read && !m_read->transactions.isEmpty() && m_ui->accountCombo->count() > 0);
}

void ImportDialog::changeEncoding()
{
    m_bytes = asUtf8(m_rawBytes, TextEncoding(m_ui->encodingCombo->currentData().toInt()));
    if (m_format == FileFormat::Csv) {
        fillColumnChoices();
        if (auto detected = detectCsvMapping(m_bytes))
            showMapping(*detected);
    }
    reread();
}

void ImportDialog::loadSavedMapping()
{
    const QString name = m_ui->savedMappingCombo->currentData().toString();
    if (name.isEmpty()) {
        if (auto detected = detectCsvMapping(m_bytes))
            showMapping(*detected);
        reread();
        return;
    }
    auto json = mappings::load(m_session.database(), name);
    auto mapping = json ? CsvMapping::fromJson(*json) : Result<CsvMapping>(json.error());
    if (!mapping) {
        m_session.errors().report(tr("Use the saved mapping"), mapping.error());
        return;
    }
    showMapping(*mapping);
    reread();
}

void ImportDialog::saveMapping()
{
    const QString name = m_ui->mappingNameLineEdit->text().trimmed();
    const QJsonObject json = mappingFromControls().toJson();
    if (m_session.perform(tr("Save the mapping"),
                          [&](Database& db) { return mappings::save(db, name, json); })) {
        if (m_ui->savedMappingCombo->findData(name) < 0)
            m_ui->savedMappingCombo->addItem(name, name);
        m_ui->mappingNameLineEdit->clear();
    }
}

void ImportDialog::accept()
{
    if (!m_read)
        return;
    ImportOptions options;
    options.personId = m_session.personId();
    options.accountId = selectedId(*m_ui->accountCombo);
    options.mode = BulkMode(m_ui->modeCombo->currentData().toInt());
    options.label = tr("Import %1").arg(QFileInfo(m_path).fileName());
    for (int i = 0; i < m_ui->categoriesTable->rowCount(); ++i) {
        const QString name = m_ui->categoriesTable->item(i, 0)->text();
        const RowId choice = qobject_cast<QComboBox*>(m_ui->categoriesTable->cellWidget(i, 1))
                                 ->currentData()
                                 .toLongLong();
        if (choice == -1)
            options.categoriesToCreate << name;
        else if (choice > 0)
            options.categoryMap.insert(name.toLower(), choice);
    }
    ReadResult file = *m_read;
    // In all-or-nothing mode a row the file could not read refuses the whole import.
    if (options.mode == BulkMode::AllOrNothing && !file.problems.isEmpty()) {
        m_session.errors().report(
            tr("Import %1").arg(QFileInfo(m_path).fileName()),
            Error::refused(tr("line %1: %2 (choose to skip such rows to import the others)")
                               .arg(file.problems.first().line)
                               .arg(file.problems.first().message)));
        return;
    }
    ImportReport report;
    const bool imported =
        m_session.perform(tr("Import %1").arg(QFileInfo(m_path).fileName()), [&](Database& db) {
            auto result = imports::importStatement(db, file, options);
            if (result)
                report = *result;
            return result;
        });
    if (!imported)
        return;
    const int skipped = int(report.rejected.size() + file.problems.size());
    const QString summary = tr("Imported: %1. Already in the account: %2. Skipped: %3.")
                                .arg(report.imported)
                                .arg(report.duplicates)
                                .arg(skipped);
    QStringList details;
    for (const ReadProblem& p : file.problems)
        details << tr("Line %1: %2").arg(p.line).arg(p.message);
    for (const BulkRejection& r : report.rejected)
        details << tr("Line %1: %2").arg(r.row).arg(r.reason);
    auto* box = new QMessageBox(QMessageBox::Information, tr("Import finished"), summary,
                                QMessageBox::Ok, parentWidget());
    box->setObjectName(QStringLiteral("importReport"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (!details.isEmpty())
        box->setDetailedText(details.join(QLatin1Char('\n')));
    box->open();
    QDialog::accept();
}

} // namespace allot
