#include "widgets/SplitDialog.h"

#include "actions/SplitEntry.h"
#include "models/BudgetSession.h"
#include "ui_SplitDialog.h"
#include "widgets/AmountEdit.h"
#include "widgets/DialogSupport.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>

namespace allot {

SplitDialog::SplitDialog(BudgetSession& session, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SplitDialog>()), m_session(session)
{
    setUp();
    fillAccounts(*m_ui->accountCombo, m_session, true);
    if (m_ui->accountCombo->count() > 1)
        m_ui->accountCombo->setCurrentIndex(1);
    m_ui->dateEdit->setDate(Month::of(QDate::currentDate()) == m_session.month()
                                ? QDate::currentDate()
                                : m_session.month().firstDay());
    addPart();
    addPart();
    recalculate();
}

SplitDialog::SplitDialog(BudgetSession& session, const Entry& entry, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SplitDialog>()), m_session(session),
      m_existing(entry)
{
    setUp();
    setWindowTitle(tr("Split Entry"));
    fillAccounts(*m_ui->accountCombo, m_session, true, entry.accountId);
    m_ui->totalLineEdit->setText(amountForEditing(entry.amount < 0 ? -entry.amount : entry.amount,
                                                  m_session.format().locale()));
    m_ui->dateEdit->setDate(entry.date);
    m_ui->payeeLineEdit->setText(entry.payee);
    // The entry keeps its total, account, date and payee; only the parts are chosen here.
    for (QWidget* w :
         {static_cast<QWidget*>(m_ui->totalLineEdit), static_cast<QWidget*>(m_ui->accountCombo),
          static_cast<QWidget*>(m_ui->dateEdit), static_cast<QWidget*>(m_ui->payeeLineEdit)})
        w->setEnabled(false);
    if (entry.kind == EntryKind::Split) {
        for (const Entry& part : entry.parts)
            addPart(part.categoryId, amountForEditing(part.amount < 0 ? -part.amount : part.amount,
                                                      m_session.format().locale()));
    } else {
        addPart(entry.categoryId);
        addPart();
    }
    recalculate();
}

SplitDialog::~SplitDialog() = default;

void SplitDialog::setUp()
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Split Expense"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    m_ui->partsTable->setHorizontalHeaderLabels({tr("Category"), tr("Amount")});
    m_ui->partsTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->partsTable->verticalHeader()->setVisible(false);
    m_ui->partsTable->setTabKeyNavigation(false);
    m_ui->dateEdit->setDisplayFormat(m_session.format().locale().dateFormat(QLocale::ShortFormat));
    connect(m_ui->totalLineEdit, &QLineEdit::textChanged, this, &SplitDialog::recalculate);
    connect(m_ui->addPartButton, &QPushButton::clicked, this, [this] {
        addPart();
        recalculate();
    });
    connect(m_ui->removePartButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->partsTable->currentRow() >= 0 ? m_ui->partsTable->currentRow()
                                                            : m_ui->partsTable->rowCount() - 1;
        if (row >= 0)
            m_ui->partsTable->removeRow(row);
        recalculate();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SplitDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SplitDialog::reject);
}

int SplitDialog::addPart(RowId categoryId, const QString& amount)
{
    const int row = m_ui->partsTable->rowCount();
    m_ui->partsTable->insertRow(row);
    auto* category = new QComboBox(m_ui->partsTable);
    category->setObjectName(QStringLiteral("partCategoryCombo%1").arg(row));
    category->setAccessibleName(tr("Category of part %1").arg(row + 1));
    const RowId person = m_existing.id != 0 ? m_existing.personId : m_session.personId();
    fillCategories(*category, m_session, person, categoryId);
    auto* edit = new QLineEdit(amount, m_ui->partsTable);
    edit->setObjectName(QStringLiteral("partAmountLineEdit%1").arg(row));
    edit->setAccessibleName(tr("Amount of part %1").arg(row + 1));
    edit->setPlaceholderText(
        QStringLiteral("0%100").arg(m_session.format().locale().decimalPoint()));
    m_ui->partsTable->setCellWidget(row, 0, category);
    m_ui->partsTable->setCellWidget(row, 1, edit);
    connect(edit, &QLineEdit::textChanged, this, &SplitDialog::recalculate);
    // Tab goes through each part's category and amount, before the buttons below the table.
    QWidget* previous = row == 0 ? static_cast<QWidget*>(m_ui->payeeLineEdit) : partAmount(row - 1);
    setTabOrder(previous, category);
    setTabOrder(category, edit);
    setTabOrder(edit, m_ui->addPartButton);
    return row;
}

QComboBox* SplitDialog::partCategory(int row) const
{
    return qobject_cast<QComboBox*>(m_ui->partsTable->cellWidget(row, 0));
}

QLineEdit* SplitDialog::partAmount(int row) const
{
    return qobject_cast<QLineEdit*>(m_ui->partsTable->cellWidget(row, 1));
}

void SplitDialog::recalculate()
{
    const QLocale& locale = m_session.format().locale();
    QString problem;
    auto total = parseTypedAmount(m_ui->totalLineEdit->text(), locale);
    MinorUnits placed = 0;
    int filled = 0;
    for (int row = 0; row < m_ui->partsTable->rowCount(); ++row) {
        const QString text = partAmount(row)->text().trimmed();
        if (text.isEmpty())
            continue;
        ++filled;
        auto amount = parseTypedAmount(text, locale);
        if (!amount || *amount <= 0) {
            problem =
                tr("Part %1: %2")
                    .arg(row + 1)
                    .arg(amount ? tr("the amount must be above zero") : amount.error().message);
            continue;
        }
        placed += *amount;
    }
    const bool haveTotal = total && *total > 0;
    const MinorUnits remainder = haveTotal ? *total - placed : 0;
    m_ui->remainderLabel->setText(
        haveTotal ? tr("Remaining: %1").arg(m_session.format().money(remainder)) : QString());
    if (problem.isEmpty()) {
        if (!haveTotal)
            problem = m_ui->totalLineEdit->text().trimmed().isEmpty()
                          ? QString()
                          : tr("The total is not an amount above zero.");
        else if (filled < 2 && remainder == 0)
            problem = tr("A split needs two or more parts.");
        else if (remainder > 0)
            problem = tr("%1 is still to be placed in a category.")
                          .arg(m_session.format().money(remainder));
        else if (remainder < 0)
            problem = tr("The parts are %1 more than the total.")
                          .arg(m_session.format().money(-remainder));
    }
    m_ui->problemLabel->setText(problem);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(problem.isEmpty() && haveTotal && remainder == 0);
}

void SplitDialog::accept()
{
    recalculate();
    if (!m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    const QLocale& locale = m_session.format().locale();
    QVector<SplitPart> parts;
    for (int row = 0; row < m_ui->partsTable->rowCount(); ++row) {
        auto amount = parseTypedAmount(partAmount(row)->text(), locale);
        if (!amount || *amount == 0)
            continue;
        parts.append(SplitPart{selectedId(*partCategory(row)), *amount, {}});
    }
    bool saved = false;
    if (m_existing.id != 0) {
        const RowId id = m_existing.id;
        saved = m_session.perform(tr("Split the entry"), [&](Database& db) {
            return splits::splitExisting(db, id, parts);
        });
    } else {
        NewSplit split;
        split.personId = m_session.personId();
        split.accountId = selectedId(*m_ui->accountCombo);
        split.date = m_ui->dateEdit->date();
        split.total = parseTypedAmount(m_ui->totalLineEdit->text(), locale).value();
        split.payee = m_ui->payeeLineEdit->text();
        split.parts = parts;
        saved = m_session.perform(tr("Save the split"),
                                  [&](Database& db) { return splits::add(db, split); });
    }
    if (saved)
        QDialog::accept();
}

} // namespace allot
