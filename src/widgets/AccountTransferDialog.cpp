#include "widgets/AccountTransferDialog.h"

#include "actions/Transfers.h"
#include "models/BudgetSession.h"
#include "ui_AccountTransferDialog.h"
#include "widgets/AmountEdit.h"
#include "widgets/DialogSupport.h"

#include <QPushButton>

namespace allot {

AccountTransferDialog::AccountTransferDialog(BudgetSession& session, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AccountTransferDialog>()), m_session(session)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Transfer Between Accounts"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Transfer"));
    fillAccounts(*m_ui->fromAccountCombo, m_session, false);
    fillAccounts(*m_ui->toAccountCombo, m_session, false);
    if (m_ui->toAccountCombo->count() > 1)
        m_ui->toAccountCombo->setCurrentIndex(1);
    m_ui->dateEdit->setDisplayFormat(m_session.format().locale().dateFormat(QLocale::ShortFormat));
    m_ui->dateEdit->setDate(QDate::currentDate());
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AccountTransferDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &AccountTransferDialog::reject);
    m_ui->amountLineEdit->setFocus();
}

AccountTransferDialog::~AccountTransferDialog() = default;

void AccountTransferDialog::accept()
{
    auto amount = parseTypedAmount(m_ui->amountLineEdit->text(), m_session.format().locale());
    if (!amount || *amount <= 0) {
        m_ui->problemLabel->setText(amount ? tr("The amount must be above zero.")
                                           : amount.error().message);
        m_ui->amountLineEdit->setFocus();
        return;
    }
    if (selectedId(*m_ui->fromAccountCombo) == selectedId(*m_ui->toAccountCombo)) {
        m_ui->problemLabel->setText(tr("Choose two different accounts."));
        return;
    }
    AccountTransfer transfer{selectedId(*m_ui->fromAccountCombo), selectedId(*m_ui->toAccountCombo),
                             *amount, m_ui->dateEdit->date(), m_ui->memoLineEdit->text()};
    const BelowZeroAnswer answer = askBelowZero(
        belowzero::afterTransfer(m_session.database().engine(), transfer), m_session, this);
    if (answer == BelowZeroAnswer::Cancel)
        return;
    transfer.allowBelowZero = answer == BelowZeroAnswer::Record;
    if (m_session.perform(tr("Transfer between accounts"),
                          [&](Database& db) { return transfers::betweenAccounts(db, transfer); }))
        QDialog::accept();
}

} // namespace allot
