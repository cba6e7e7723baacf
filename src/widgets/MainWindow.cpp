#include "widgets/MainWindow.h"

#include "actions/BudgetQueries.h"
#include "actions/EntryActions.h"
#include "actions/RegisterQuery.h"
#include "formats/Exporters.h"
#include "models/AccountModel.h"
#include "models/BudgetSession.h"
#include "models/EnvelopeModel.h"
#include "models/RegisterModel.h"
#include "models/UndoStackMirror.h"
#include "storage/Backups.h"
#include "ui_MainWindow.h"
#include "widgets/AccountTransferDialog.h"
#include "widgets/BudgetTransferDialog.h"
#include "widgets/EntryDialog.h"
#include "widgets/EnvelopeBarDelegate.h"
#include "widgets/ErrorDialog.h"
#include "widgets/FileDialogs.h"
#include "widgets/HouseholdDialog.h"
#include "widgets/ImportDialog.h"
#include "widgets/LongWorkDialog.h"
#include "widgets/MergeDialog.h"
#include "widgets/ReportsView.h"
#include "widgets/SplitDialog.h"
#include "widgets/WelcomePage.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QStackedWidget>

namespace allot {

namespace {

const QString kRecentKey = QStringLiteral("recentFiles");
constexpr int kRecentCount = 8;

QIcon themed(const char* themeName, const QString& fallback)
{
    return QIcon::fromTheme(QString::fromLatin1(themeName), QIcon(fallback));
}

} // namespace

MainWindow::MainWindow(BudgetSession& session, QWidget* parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_session(session)
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/allot.svg")));
    // The budget's views, or while none is open, a page that says how to open one.
    m_pages = new QStackedWidget(m_ui->centralWidget);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_ui->centralLayout->removeWidget(m_ui->mainSplitter);
    m_welcome = new WelcomePage(m_ui->newAction, m_ui->openAction, m_pages);
    m_welcome->setObjectName(QStringLiteral("welcomePage"));
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(m_ui->mainSplitter);
    m_ui->centralLayout->addWidget(m_pages);
    connect(m_welcome, &WelcomePage::recentChosen, this,
            [this](const QString& path) { openBudget(path, false); });
    m_accounts = new AccountModel(m_session, this);
    m_envelopes = new EnvelopeModel(m_session, this);
    m_register = new RegisterModel(m_session, this);
    m_undo = new UndoStackMirror(m_session, this);
    m_presenter = new ErrorDialogPresenter(m_session.errors(), this);
    m_session.setLongWorkFactory([this](const QString& attempted) {
        return std::make_unique<LongWorkDialog>(attempted, this);
    });
    m_reports = new ReportsView(m_ui->reportsTab);
    m_reports->setObjectName(QStringLiteral("reportsView"));
    m_ui->reportsLayout->addWidget(m_reports);

    m_ui->accountsView->setModel(m_accounts);
    m_ui->accountsView->horizontalHeader()->setSectionResizeMode(AccountModel::Name,
                                                                 QHeaderView::Stretch);
    m_ui->envelopesView->setModel(m_envelopes);
    m_ui->envelopesView->setItemDelegateForColumn(EnvelopeModel::Spent,
                                                  new EnvelopeBarDelegate(this));
    m_ui->envelopesView->horizontalHeader()->setSectionResizeMode(EnvelopeModel::Name,
                                                                  QHeaderView::Stretch);
    for (int c = EnvelopeModel::Budget; c < EnvelopeModel::ColumnCount; ++c)
        m_ui->envelopesView->horizontalHeader()->setSectionResizeMode(
            c, QHeaderView::ResizeToContents);
    m_ui->registerView->setModel(m_register);
    m_ui->registerView->header()->setSectionResizeMode(RegisterModel::Payee, QHeaderView::Stretch);
    // Fixed widths from the font, not ResizeToContents, which would read rows to measure them.
    const int indent = m_ui->registerView->indentation();
    m_ui->registerView->header()->resizeSection(
        RegisterModel::Date,
        fontMetrics().horizontalAdvance(m_session.format().date(QDate(2026, 12, 28))) + indent +
            16);
    m_ui->registerView->header()->resizeSection(
        RegisterModel::Amount,
        fontMetrics().horizontalAdvance(m_session.format().money(-1234567)) + 16);
    for (QTableView* table : {m_ui->accountsView, m_ui->envelopesView})
        table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_ui->registerView->header()->setStretchLastSection(false);
    m_ui->registerView->sortByColumn(RegisterModel::Date, Qt::AscendingOrder);
    m_ui->registerView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setSizes({380, 820});

    m_fileLabel = new QLabel(this);
    m_totalsLabel = new QLabel(this);
    statusBar()->addWidget(m_fileLabel, 1);
    statusBar()->addPermanentWidget(m_totalsLabel);

    setUpActions();

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(250);
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, &m_searchDelay,
            qOverload<>(&QTimer::start));
    connect(&m_searchDelay, &QTimer::timeout, this,
            [this] { m_register->setSearch(m_ui->searchLineEdit->text()); });
    connect(m_ui->categoryFilterCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            m_register->setCategoryFilter(m_ui->categoryFilterCombo->currentData().toLongLong());
    });
    connect(m_ui->allMonthsCheckBox, &QCheckBox::toggled, m_register, &RegisterModel::setAllMonths);
    connect(m_ui->personCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            m_session.setPersonId(m_ui->personCombo->currentData().toLongLong());
    });
    connect(m_ui->monthEdit, &QDateEdit::dateChanged, this, [this](const QDate& date) {
        if (!m_updating)
            m_session.setMonth(Month::of(date));
    });
    connect(m_ui->previousMonthButton, &QToolButton::clicked, this,
            [this] { m_session.setMonth(Month::of(m_session.month().firstDay().addMonths(-1))); });
    connect(m_ui->nextMonthButton, &QToolButton::clicked, this,
            [this] { m_session.setMonth(Month::of(m_session.month().firstDay().addMonths(1))); });
    connect(m_ui->registerView, &QTreeView::doubleClicked, this, &MainWindow::editEntry);

    const auto reloadHousehold = [this] {
        reloadPeople();
        reloadCategoryFilter();
        updateStatus();
    };
    connect(&m_session, &BudgetSession::changed, this, reloadHousehold);
    connect(&m_session, &BudgetSession::personChanged, this, reloadHousehold);
    // closed() comes while the budget is still open: look once it is gone.
    connect(&m_session, &BudgetSession::closed, this, [this] {
        QMetaObject::invokeMethod(this, &MainWindow::updateActions, Qt::QueuedConnection);
        QMetaObject::invokeMethod(this, &MainWindow::updateStatus, Qt::QueuedConnection);
    });
    connect(m_ui->registerView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
    connect(m_register, &QAbstractItemModel::modelReset, this, [this] {
        if (const RowId id = std::exchange(m_selectAfterReload, 0); id != 0) {
            const QModelIndex index = m_register->indexOfEntry(id);
            if (index.isValid()) {
                m_ui->registerView->selectionModel()->setCurrentIndex(
                    index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                m_ui->registerView->scrollTo(index);
            }
        }
        updateActions();
    });
    connect(&m_session, &BudgetSession::monthChanged, this, [this] {
        updateMonthEdit();
        updateStatus();
    });
    // Models reload before the window reads their totals: they connected to the session first.
    updateMonthEdit();
    rebuildRecentMenu();
    updateStatus();
    updateActions();
}

MainWindow::~MainWindow()
{
    // The session may outlive the window; it must not call back into it.
    m_session.setLongWorkFactory(nullptr);
}

void MainWindow::setUpActions()
{
    const auto bind = [](QAction* action, const QKeySequence& keys, const QIcon& icon = {}) {
        action->setShortcut(keys);
        if (!icon.isNull())
            action->setIcon(icon);
    };
    bind(m_ui->newAction, QKeySequence::New,
         themed("document-new", QStringLiteral(":/icons/new.svg")));
    bind(m_ui->openAction, QKeySequence::Open,
         themed("document-open", QStringLiteral(":/icons/open.svg")));
    bind(m_ui->importAction, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I),
         themed("document-import", QStringLiteral(":/icons/open.svg")));
    bind(m_ui->exportAction, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
         themed("document-export", QStringLiteral(":/icons/new.svg")));
    bind(m_ui->quitAction, QKeySequence::Quit,
         themed("application-exit", QStringLiteral(":/icons/quit.svg")));
    bind(m_ui->deleteEntryAction, QKeySequence::Delete,
         themed("edit-delete", QStringLiteral(":/icons/delete.svg")));
    bind(m_ui->findAction, QKeySequence::Find,
         themed("edit-find", QStringLiteral(":/icons/find.svg")));
    bind(m_ui->editEntryAction, QKeySequence(Qt::Key_Return),
         themed("document-edit", QStringLiteral(":/icons/edit.svg")));
    m_ui->editEntryAction->setShortcutContext(Qt::WidgetShortcut);
    bind(m_ui->addExpenseAction, QKeySequence(Qt::CTRL | Qt::Key_E),
         themed("list-remove", QStringLiteral(":/icons/expense.svg")));
    bind(m_ui->addIncomeAction, QKeySequence(Qt::CTRL | Qt::Key_I),
         themed("list-add", QStringLiteral(":/icons/income.svg")));
    bind(m_ui->splitAction, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
         QIcon(QStringLiteral(":/icons/split.svg")));
    bind(m_ui->transferBudgetAction, QKeySequence(Qt::CTRL | Qt::Key_T),
         QIcon(QStringLiteral(":/icons/transfer.svg")));
    bind(m_ui->transferAccountsAction, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T),
         QIcon(QStringLiteral(":/icons/accounts.svg")));
    bind(m_ui->mergeAction, QKeySequence(Qt::CTRL | Qt::Key_M),
         QIcon(QStringLiteral(":/icons/merge.svg")));
    bind(m_ui->householdAction, QKeySequence(Qt::CTRL | Qt::Key_H),
         QIcon(QStringLiteral(":/icons/household.svg")));
    m_ui->aboutAction->setIcon(themed("help-about", QStringLiteral(":/icons/allot.svg")));

    QAction* undo = m_undo->stack().createUndoAction(this, tr("Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(themed("edit-undo", QStringLiteral(":/icons/undo.svg")));
    QAction* redo = m_undo->stack().createRedoAction(this, tr("Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setIcon(themed("edit-redo", QStringLiteral(":/icons/redo.svg")));
    m_ui->editMenu->insertActions(m_ui->editEntryAction, {undo, redo});
    m_ui->editMenu->insertSeparator(m_ui->editEntryAction);
    m_ui->mainToolBar->insertActions(m_ui->addExpenseAction, {undo, redo});
    m_ui->mainToolBar->insertSeparator(m_ui->addExpenseAction);

    m_ui->registerView->addActions(
        {m_ui->editEntryAction, m_ui->splitAction, m_ui->deleteEntryAction});

    connect(m_ui->newAction, &QAction::triggered, this, &MainWindow::newBudget);
    connect(m_ui->openAction, &QAction::triggered, this, &MainWindow::openBudgetDialog);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->importAction, &QAction::triggered, this, [this] { importFile(); });
    connect(m_ui->backupAction, &QAction::triggered, this, &MainWindow::backUp);
    connect(m_ui->restoreAction, &QAction::triggered, this, [this] { restoreBackup(); });
    connect(m_ui->exportAction, &QAction::triggered, this, [this] { exportEntries(); });
    connect(m_ui->editEntryAction, &QAction::triggered, this, &MainWindow::editEntry);
    connect(m_ui->deleteEntryAction, &QAction::triggered, this, &MainWindow::deleteEntry);
    connect(m_ui->findAction, &QAction::triggered, this, [this] {
        m_ui->mainTabs->setCurrentWidget(m_ui->registerTab);
        m_ui->searchLineEdit->setFocus();
        m_ui->searchLineEdit->selectAll();
    });
    connect(m_ui->addExpenseAction, &QAction::triggered, this, &MainWindow::addExpense);
    connect(m_ui->addIncomeAction, &QAction::triggered, this, &MainWindow::addIncome);
    connect(m_ui->splitAction, &QAction::triggered, this, &MainWindow::splitEntry);
    connect(m_ui->transferBudgetAction, &QAction::triggered, this, &MainWindow::transferBudget);
    connect(m_ui->transferAccountsAction, &QAction::triggered, this,
            &MainWindow::transferBetweenAccounts);
    connect(m_ui->mergeAction, &QAction::triggered, this, &MainWindow::mergeCategories);
    connect(m_ui->householdAction, &QAction::triggered, this, &MainWindow::manageHousehold);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

bool MainWindow::openBudget(const QString& path, bool create)
{
    const Status opened = m_session.open(path, create);
    if (!opened) {
        m_session.errors().report(tr("Open %1").arg(QDir::toNativeSeparators(path)),
                                  opened.error());
        return false;
    }
    rememberRecent(m_session.path());
    setWindowTitle(tr("%1 — Allot").arg(QFileInfo(path).fileName()));
    return true;
}

void MainWindow::newBudget()
{
    const QString path = filedialogs::choose(this, filedialogs::Purpose::NewBudget);
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        m_session.errors().report(tr("Create %1").arg(QDir::toNativeSeparators(path)),
                                  Error::refused(tr("the file already exists; open it instead")));
        return;
    }
    openBudget(path, true);
}

void MainWindow::openBudgetDialog()
{
    const QString folder =
        m_session.isOpen() ? QFileInfo(m_session.path()).absolutePath() : QString();
    const QString path = filedialogs::choose(this, filedialogs::Purpose::OpenBudget, folder);
    if (!path.isEmpty())
        openBudget(path, false);
}

void MainWindow::rememberRecent(const QString& path)
{
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kRecentCount)
        recent.removeLast();
    settings.setValue(kRecentKey, recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_ui->recentMenu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (const QString& path : recent) {
        QAction* action = m_ui->recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openBudget(path, false); });
    }
    m_ui->recentMenu->setEnabled(!recent.isEmpty());
    m_welcome->setRecent(recent);
}

void MainWindow::reloadPeople()
{
    m_updating = true;
    m_ui->personCombo->clear();
    if (m_session.isOpen()) {
        if (auto people = queries::people(m_session.database())) {
            for (const Person& p : *people) {
                m_ui->personCombo->addItem(p.name, p.id);
                if (p.id == m_session.personId())
                    m_ui->personCombo->setCurrentIndex(m_ui->personCombo->count() - 1);
            }
        }
    }
    m_updating = false;
    updateActions();
    refreshReports();
}

void MainWindow::refreshReports()
{
    if (!m_session.isOpen())
        return;
    if (Status s =
            m_reports->refresh(m_session.database(), m_session.personId(), m_session.month());
        !s)
        m_session.errors().report(tr("Show the reports"), s.error());
}

void MainWindow::reloadCategoryFilter()
{
    m_updating = true;
    const RowId current = m_ui->categoryFilterCombo->currentData().toLongLong();
    m_ui->categoryFilterCombo->clear();
    m_ui->categoryFilterCombo->addItem(tr("All categories"), RowId(0));
    bool found = false;
    if (m_session.isOpen() && m_session.personId() != 0) {
        if (auto categories = queries::categories(m_session.database(), m_session.personId())) {
            for (const Category& c : *categories) {
                m_ui->categoryFilterCombo->addItem(c.name, c.id);
                if (c.id == current) {
                    m_ui->categoryFilterCombo->setCurrentIndex(m_ui->categoryFilterCombo->count() -
                                                               1);
                    found = true;
                }
            }
        }
    }
    m_updating = false;
    if (!found && current != 0)
        m_register->setCategoryFilter(0);
}

void MainWindow::updateMonthEdit()
{
    m_updating = true;
    m_ui->monthEdit->setDate(m_session.month().firstDay());
    // No month past the last storable one, nor before the first the month field can show.
    m_ui->previousMonthButton->setEnabled(m_session.month().firstDay() >
                                          m_ui->monthEdit->minimumDate());
    m_ui->nextMonthButton->setEnabled(m_session.month().hasNext());
    m_updating = false;
    refreshReports();
}

void MainWindow::updateStatus()
{
    m_fileLabel->setText(m_session.isOpen() ? QDir::toNativeSeparators(m_session.path())
                                            : tr("No budget open"));
    const Envelope totals = m_envelopes->totals();
    const DisplayFormat& f = m_session.format();
    m_totalsLabel->setText(tr("%1: budget %2 · spent %3 · available %4")
                               .arg(f.month(m_session.month().firstDay()),
                                    f.money(totals.budget + totals.moved), f.money(totals.spent),
                                    f.money(totals.available)));
    m_totalsLabel->setVisible(m_session.isOpen());
}

void MainWindow::updateActions()
{
    const bool open = m_session.isOpen();
    const bool person = open && m_session.personId() != 0;
    const bool selected = person && selectedEntry() != nullptr;
    m_pages->setCurrentWidget(open ? static_cast<QWidget*>(m_ui->mainSplitter) : m_welcome);
    for (QAction* a :
         {m_ui->householdAction, m_ui->importAction, m_ui->exportAction, m_ui->backupAction,
          m_ui->restoreAction, m_ui->transferAccountsAction, m_ui->findAction})
        a->setEnabled(open);
    for (QAction* a : {m_ui->addExpenseAction, m_ui->addIncomeAction, m_ui->splitAction,
                       m_ui->transferBudgetAction, m_ui->mergeAction})
        a->setEnabled(person);
    for (QAction* a : {m_ui->editEntryAction, m_ui->deleteEntryAction})
        a->setEnabled(selected);
    if (!open)
        setWindowTitle(tr("Allot"));
}

const Entry* MainWindow::selectedEntry() const
{
    const QModelIndex current = m_ui->registerView->currentIndex();
    if (!current.isValid() || !m_ui->registerView->selectionModel()->isSelected(current))
        return nullptr;
    return m_register->entryAt(current);
}

void MainWindow::selectWhenShown(RowId id)
{
    m_selectAfterReload = id;
}

bool MainWindow::confirmDelete(const Entry& entry)
{
    QString question;
    switch (entry.kind) {
    case EntryKind::Expense:
        question = tr("Delete this expense?");
        break;
    case EntryKind::Income:
        question = tr("Delete this income?");
        break;
    case EntryKind::Split:
        question = tr("Delete this split with all its parts?");
        break;
    case EntryKind::Transfer:
        question = tr("Delete this transfer, both its sides?");
        break;
    case EntryKind::Part:
        return true; // refused by the core, which says to delete its split instead
    }
    const DisplayFormat& f = m_session.format();
    const QString what = entry.payee.isEmpty() ? entry.categoryName : entry.payee;
    QMessageBox box(QMessageBox::Question, tr("Delete Entry"), question, QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("confirmDeleteBox"));
    // The details are one line: the box grows to fit them rather than break between them.
    const auto unbroken = [](QString text) { return text.replace(QLatin1Char(' '), QChar::Nbsp); };
    QStringList lines =
        tr("%1 · %2 · %3\n\nUndo (%4) brings it back.")
            .arg(f.date(entry.date), what.left(60), f.money(entry.amount),
                 QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText))
            .split(QLatin1Char('\n'));
    lines.first() = unbroken(lines.first());
    box.setInformativeText(lines.join(QLatin1Char('\n')));
    QPushButton* remove = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(remove);
    box.exec();
    return box.clickedButton() == remove;
}

void MainWindow::addExpense()
{
    if (!m_session.isOpen())
        return;
    EntryDialog dialog(m_session, false, this);
    if (dialog.exec() == QDialog::Accepted)
        selectWhenShown(dialog.savedId());
}

void MainWindow::addIncome()
{
    if (!m_session.isOpen())
        return;
    EntryDialog dialog(m_session, true, this);
    if (dialog.exec() == QDialog::Accepted)
        selectWhenShown(dialog.savedId());
}

void MainWindow::editEntry()
{
    const Entry* entry = selectedEntry();
    if (!entry)
        return;
    if (entry->kind == EntryKind::Part) {
        // A part is edited through its split.
        const QModelIndex parent = m_ui->registerView->currentIndex().parent();
        m_ui->registerView->selectionModel()->setCurrentIndex(
            parent, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        splitEntry();
        return;
    }
    EntryDialog dialog(m_session, *entry, this);
    if (dialog.exec() == QDialog::Accepted)
        selectWhenShown(dialog.savedId());
}

void MainWindow::deleteEntry()
{
    const Entry* entry = selectedEntry();
    if (!entry)
        return;
    const Entry shown = *entry; // the register may reload while the question is open
    if (!confirmDelete(shown))
        return;
    const RowId id = shown.id;
    m_session.perform(tr("Delete the entry"),
                      [id](Database& db) { return entries::remove(db, id); });
}

void MainWindow::splitEntry()
{
    if (!m_session.isOpen())
        return;
    const Entry* entry = selectedEntry();
    if (entry && (entry->kind == EntryKind::Expense || entry->kind == EntryKind::Income ||
                  entry->kind == EntryKind::Split)) {
        Entry copy = *entry;
        if (copy.kind == EntryKind::Split) {
            RegisterQuery query(m_session.database(), RegisterFilter{});
            if (auto parts = query.parts(copy.id))
                copy.parts = *parts;
        }
        SplitDialog dialog(m_session, copy, this);
        if (dialog.exec() == QDialog::Accepted)
            selectWhenShown(copy.id);
        return;
    }
    SplitDialog dialog(m_session, this);
    dialog.exec();
}

void MainWindow::transferBudget()
{
    if (!m_session.isOpen())
        return;
    BudgetTransferDialog dialog(m_session, this);
    dialog.exec();
}

void MainWindow::transferBetweenAccounts()
{
    if (!m_session.isOpen())
        return;
    AccountTransferDialog dialog(m_session, this);
    dialog.exec();
}

void MainWindow::mergeCategories()
{
    if (!m_session.isOpen())
        return;
    MergeDialog dialog(m_session, this);
    dialog.exec();
}

void MainWindow::manageHousehold()
{
    if (!m_session.isOpen())
        return;
    HouseholdDialog dialog(m_session, this);
    dialog.exec();
}

void MainWindow::importFile(const QString& given)
{
    if (!m_session.isOpen())
        return;
    if (m_session.personId() == 0) {
        m_session.errors().report(tr("Import a bank file"),
                                  Error::refused(tr("add a person first")));
        return;
    }
    const QString path =
        given.isEmpty() ? filedialogs::choose(this, filedialogs::Purpose::ImportBankFile) : given;
    if (path.isEmpty())
        return;
    if (m_session.database().isOwnFile(path)) {
        m_session.errors().report(
            tr("Import %1").arg(QDir::toNativeSeparators(path)),
            Error::refused(tr("this is the open budget's own file, not a bank file")));
        return;
    }
    ImportDialog dialog(m_session, path, this);
    dialog.exec();
}

void MainWindow::exportEntries(const QString& given)
{
    if (!m_session.isOpen())
        return;
    const QString path =
        given.isEmpty() ? filedialogs::choose(this, filedialogs::Purpose::ExportEntries) : given;
    if (path.isEmpty())
        return;
    if (m_session.database().isOwnFile(path)) {
        m_session.errors().report(
            tr("Export the entries"),
            Error::refused(tr("%1 is the open budget's own file: exporting there would replace "
                              "the budget; choose another name")
                               .arg(QDir::toNativeSeparators(path))));
        return;
    }
    // What the register shows: the person, the month (or all months) and the category filter.
    std::optional<QDate> from, to;
    if (!m_ui->allMonthsCheckBox->isChecked()) {
        from = m_session.month().firstDay();
        to = m_session.month().lastDay();
    }
    const RowId category = m_ui->categoryFilterCombo->currentData().toLongLong();
    auto list =
        queries::entriesBetween(m_session.database(), m_session.personId(), from, to, category);
    if (!list) {
        m_session.errors().report(tr("Export the entries"), list.error());
        return;
    }
    const bool qif = path.endsWith(QLatin1String(".qif"), Qt::CaseInsensitive);
    const QByteArray bytes = qif ? formats::writeQif(*list) : formats::writeCsv(*list);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        m_session.errors().report(
            tr("Export the entries"),
            Error::refused(tr("%1 cannot be written: %2")
                               .arg(QDir::toNativeSeparators(path), out.errorString())));
        return;
    }
    statusBar()->showMessage(tr("Exported entries: %1").arg(list->size()), 5000);
}

void MainWindow::backUp()
{
    if (!m_session.isOpen())
        return;
    auto path = backups::create(m_session.database());
    if (!path) {
        m_session.errors().report(tr("Back up the budget"), path.error());
        return;
    }
    statusBar()->showMessage(tr("Backed up to %1").arg(QDir::toNativeSeparators(*path)), 8000);
}

void MainWindow::restoreBackup(const QString& given)
{
    if (!m_session.isOpen())
        return;
    const QString databasePath = m_session.path();
    QString backup = given;
    if (backup.isEmpty()) {
        const QStringList all = backups::list(databasePath);
        if (all.isEmpty()) {
            m_session.errors().report(tr("Restore a backup"),
                                      Error::notFound(tr("this budget has no backups yet")));
            return;
        }
        QStringList names;
        for (const QString& path : all)
            names << QFileInfo(path).fileName();
        bool chosen = false;
        const QString name = QInputDialog::getItem(
            this, tr("Restore Backup"), tr("Replace the budget with this backup (newest first):"),
            names, 0, false, &chosen);
        if (!chosen)
            return;
        backup = all.value(int(names.indexOf(name)));
    }
    // The budget is closed while its file is replaced, and opened again either way.
    m_session.close();
    const Status restored = backups::restore(databasePath, backup);
    openBudget(databasePath, false);
    if (!restored)
        m_session.errors().report(tr("Restore a backup"), restored.error());
    else
        statusBar()->showMessage(tr("Restored from %1").arg(QDir::toNativeSeparators(backup)),
                                 8000);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Allot"),
        tr("<h3>Allot %1</h3><p>A household budget in which every action is saved whole or not at "
           "all.</p><p>Built with Qt %2 on SQLite.</p>")
            .arg(QStringLiteral(ALLOT_VERSION), QString::fromLatin1(qVersion())));
}

} // namespace allot
