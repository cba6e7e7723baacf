#include "widgets/EntryDialog.h"

#include "actions/EntryActions.h"
#include "models/BudgetSession.h"
#include "ui_EntryDialog.h"
#include "widgets/AmountEdit.h"
#include "widgets/DialogSupport.h"

#include <QPushButton>

namespace allot {

EntryDialog::EntryDialog(BudgetSession& session, bool income, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::EntryDialog>()), m_session(session),
      m_income(income)
{
    setUp();
    setWindowTitle(income ? tr("Add Income") : tr("Add Expense"));
    fillCategories(*m_ui->categoryCombo, m_session, m_session.personId());
    fillAccounts(*m_ui->accountCombo, m_session, true);
    if (m_ui->accountCombo->count() > 1)
        m_ui->accountCombo->setCurrentIndex(1);
    const QDate today = QDate::currentDate();
    // A new entry defaults to today, or to the first day of the month being looked at.
    m_ui->dateEdit->setDate(Month::of(today) == m_session.month() ? today
                                                                  : m_session.month().firstDay());
}

EntryDialog::EntryDialog(BudgetSession& session, const Entry& entry, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::EntryDialog>()), m_session(session),
      m_income(entry.kind == EntryKind::Income), m_editing(entry)
{
    setUp();
    setWindowTitle(tr("Edit Entry"));
    fillCategories(*m_ui->categoryCombo, m_session, entry.personId, entry.categoryId);
    fillAccounts(*m_ui->accountCombo, m_session, true, entry.accountId);
    m_ui->amountLineEdit->setText(amountForEditing(entry.amount < 0 ? -entry.amount : entry.amount,
                                                   m_session.format().locale()));
    m_ui->dateEdit->setDate(entry.date);
    m_ui->payeeLineEdit->setText(entry.payee);
    m_ui->memoLineEdit->setText(entry.memo);
    const bool plain = entry.kind == EntryKind::Expense || entry.kind == EntryKind::Income;
    m_ui->amountLineEdit->setEnabled(plain);
    m_ui->categoryCombo->setEnabled(plain);
    m_ui->accountCombo->setEnabled(plain);
    if (!plain)
        m_ui->problemLabel->setText(
            tr("Only the date, payee and memo of a split or transfer can be changed."));
}

EntryDialog::~EntryDialog() = default;

void EntryDialog::setUp()
{
    m_ui->setupUi(this);
    m_ui->dateEdit->setDisplayFormat(m_session.format().locale().dateFormat(QLocale::ShortFormat));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &EntryDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &EntryDialog::reject);
    m_ui->amountLineEdit->setFocus();
}

void EntryDialog::accept()
{
    const bool editing = m_editing.id != 0;
    const bool plain =
        !editing || m_editing.kind == EntryKind::Expense || m_editing.kind == EntryKind::Income;
    MinorUnits amount = 0;
    if (plain) {
        auto parsed = parseTypedAmount(m_ui->amountLineEdit->text(), m_session.format().locale());
        if (!parsed || *parsed <= 0) {
            m_ui->problemLabel->setText(parsed ? tr("The amount must be above zero.")
                                               : parsed.error().message);
            m_ui->amountLineEdit->setFocus();
            return;
        }
        amount = *parsed;
        if (selectedId(*m_ui->categoryCombo) == 0) {
            m_ui->problemLabel->setText(tr("Choose a category."));
            return;
        }
    }
    bool saved = false;
    if (editing) {
        EntryChanges changes;
        changes.date = m_ui->dateEdit->date();
        changes.payee = m_ui->payeeLineEdit->text();
        changes.memo = m_ui->memoLineEdit->text();
        if (plain) {
            changes.amount = amount;
            changes.categoryId = selectedId(*m_ui->categoryCombo);
            changes.accountId = selectedId(*m_ui->accountCombo);
        }
        const RowId id = m_editing.id;
        const BelowZeroAnswer answer = askBelowZero(
            belowzero::afterEdit(m_session.database().engine(), id, changes), m_session, this);
        if (answer == BelowZeroAnswer::Cancel)
            return;
        changes.allowBelowZero = answer == BelowZeroAnswer::Record;
        saved = m_session.perform(tr("Edit the entry"),
                                  [&](Database& db) { return entries::edit(db, id, changes); });
        if (saved)
            m_savedId = id;
    } else {
        EntryDraft draft;
        draft.personId = m_session.personId();
        draft.categoryId = selectedId(*m_ui->categoryCombo);
        draft.accountId = selectedId(*m_ui->accountCombo);
        draft.date = m_ui->dateEdit->date();
        draft.amount = amount;
        draft.income = m_income;
        draft.payee = m_ui->payeeLineEdit->text();
        draft.memo = m_ui->memoLineEdit->text();
        const BelowZeroAnswer answer = askBelowZero(
            belowzero::afterAdd(m_session.database().engine(), draft), m_session, this);
        if (answer == BelowZeroAnswer::Cancel)
            return;
        draft.allowBelowZero = answer == BelowZeroAnswer::Record;
        saved = m_session.perform(m_income ? tr("Add the income") : tr("Add the expense"),
                                  [&](Database& db) {
                                      auto added = entries::add(db, draft);
                                      if (added)
                                          m_savedId = *added;
                                      return added;
                                  });
    }
    if (saved)
        QDialog::accept();
}

} // namespace allot
