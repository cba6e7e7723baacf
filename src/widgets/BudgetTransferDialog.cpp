#include "widgets/BudgetTransferDialog.h"

#include "actions/Lookup.h"
#include "actions/Transfers.h"
#include "models/BudgetSession.h"
#include "ui_BudgetTransferDialog.h"
#include "widgets/AmountEdit.h"
#include "widgets/DialogSupport.h"

#include <QPushButton>

namespace allot {

BudgetTransferDialog::BudgetTransferDialog(BudgetSession& session, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::BudgetTransferDialog>()), m_session(session)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Transfer Budget"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Transfer"));
    fillCategories(*m_ui->fromCategoryCombo, m_session, m_session.personId());
    fillCategories(*m_ui->toCategoryCombo, m_session, m_session.personId());
    if (m_ui->toCategoryCombo->count() > 1)
        m_ui->toCategoryCombo->setCurrentIndex(1);
    m_ui->monthLabel->setText(m_session.format().month(m_session.month().firstDay()));
    connect(m_ui->fromCategoryCombo, &QComboBox::currentIndexChanged, this,
            &BudgetTransferDialog::updateAvailable);
    connect(m_ui->toCategoryCombo, &QComboBox::currentIndexChanged, this,
            &BudgetTransferDialog::validate);
    connect(m_ui->amountLineEdit, &QLineEdit::textChanged, this, &BudgetTransferDialog::validate);
    connect(m_ui->allowOverspendCheckBox, &QCheckBox::toggled, this,
            &BudgetTransferDialog::validate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &BudgetTransferDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &BudgetTransferDialog::reject);
    updateAvailable();
    m_ui->amountLineEdit->setFocus();
}

BudgetTransferDialog::~BudgetTransferDialog() = default;

void BudgetTransferDialog::updateAvailable()
{
    m_available = 0;
    m_ui->availableLabel->clear();
    const RowId from = selectedId(*m_ui->fromCategoryCombo);
    if (from != 0) {
        auto category = lookup::categoryById(m_session.database().engine(), from);
        auto available = category ? lookup::categoryAvailable(m_session.database().engine(),
                                                              *category, m_session.month())
                                  : Result<MinorUnits>(category.error());
        if (available) {
            m_available = *available;
            m_ui->availableLabel->setText(m_session.format().money(m_available));
        } else {
            m_ui->availableLabel->setText(tr("unknown"));
        }
    }
    validate();
}

void BudgetTransferDialog::validate()
{
    QString problem;
    const QString typed = m_ui->amountLineEdit->text().trimmed();
    auto amount = parseTypedAmount(typed, m_session.format().locale());
    if (selectedId(*m_ui->fromCategoryCombo) == 0 || selectedId(*m_ui->toCategoryCombo) == 0)
        problem = tr("Choose the two envelopes.");
    else if (selectedId(*m_ui->fromCategoryCombo) == selectedId(*m_ui->toCategoryCombo))
        problem = tr("Choose two different envelopes.");
    else if (typed.isEmpty())
        problem = QString(); // nothing typed yet: no complaint, but no OK either
    else if (!amount)
        problem = amount.error().message;
    else if (*amount <= 0)
        problem = tr("The amount must be above zero.");
    else if (*amount > m_available && !m_ui->allowOverspendCheckBox->isChecked())
        problem =
            tr("%1 has only %2 available. Tick \"Allow overspending\" to move more.")
                .arg(m_ui->fromCategoryCombo->currentText(), m_session.format().money(m_available));
    m_ui->problemLabel->setText(problem);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(problem.isEmpty() && !typed.isEmpty());
}

void BudgetTransferDialog::accept()
{
    validate();
    if (!m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    BudgetTransfer transfer;
    transfer.personId = m_session.personId();
    transfer.fromCategoryId = selectedId(*m_ui->fromCategoryCombo);
    transfer.toCategoryId = selectedId(*m_ui->toCategoryCombo);
    transfer.amount =
        parseTypedAmount(m_ui->amountLineEdit->text(), m_session.format().locale()).value();
    transfer.month = m_session.month();
    transfer.allowOverspend = m_ui->allowOverspendCheckBox->isChecked();
    if (m_session.perform(tr("Transfer budget"),
                          [&](Database& db) { return transfers::moveBudget(db, transfer); }))
        QDialog::accept();
    else
        updateAvailable(); // what is available may have changed under us
}

} // namespace allot
