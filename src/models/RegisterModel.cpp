#include "models/RegisterModel.h"

#include "models/BudgetSession.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <optional>

namespace allot {

RegisterModel::RegisterModel(BudgetSession& session, QObject* parent)
    : QAbstractItemModel(parent), m_session(session)
{
    connect(&m_session, &BudgetSession::changed, this, &RegisterModel::reload);
    connect(&m_session, &BudgetSession::personChanged, this, &RegisterModel::reload);
    connect(&m_session, &BudgetSession::monthChanged, this, &RegisterModel::reload);
    connect(&m_session, &BudgetSession::closed, this, [this] {
        beginResetModel();
        m_count = 0;
        m_pages.clear();
        m_pageOrder.clear();
        m_pageStarts.clear();
        m_parts.clear();
        endResetModel();
    });
}

RegisterModel::~RegisterModel() = default;

void RegisterModel::reload()
{
    if (m_session.isWorking()) {
        // Reading now would read the running action's uncommitted rows.
        m_session.refreshAfterWork();
        return;
    }
    std::optional<Error> failure;
    beginResetModel();
    m_pages.clear();
    m_pageOrder.clear();
    m_pageStarts.clear();
    m_parts.clear();
    m_count = 0;
    m_reportedFailure = false;
    m_filter.personId = m_session.personId();
    m_filter.month = m_allMonths ? std::nullopt : std::optional<Month>(m_session.month());
    if (m_session.isOpen() && m_filter.personId != 0) {
        RegisterQuery query(m_session.database(), m_filter);
        auto count = query.count();
        if (count)
            m_count = *count;
        else
            failure = count.error();
    }
    endResetModel();
    // Reported after the reset is complete, so that no dialog opens in the middle of it.
    if (failure)
        m_session.errors().report(tr("Show the register"), *failure);
}

void RegisterModel::setSearch(const QString& text)
{
    if (text == m_filter.search)
        return;
    m_filter.search = text;
    reload();
}

void RegisterModel::setCategoryFilter(RowId categoryId)
{
    if (categoryId == m_filter.categoryId)
        return;
    m_filter.categoryId = categoryId;
    reload();
}

void RegisterModel::setAllMonths(bool all)
{
    if (all == m_allMonths)
        return;
    m_allMonths = all;
    reload();
}

void RegisterModel::sort(int column, Qt::SortOrder order)
{
    static const RegisterSort byColumn[] = {RegisterSort::Date,   RegisterSort::Account,
                                            RegisterSort::Payee,  RegisterSort::Category,
                                            RegisterSort::Amount, RegisterSort::Memo};
    if (column < 0 || column >= ColumnCount)
        return;
    m_filter.sort = byColumn[column];
    m_filter.descending = order == Qt::DescendingOrder;
    reload();
}

const Entry* RegisterModel::topLevel(int row) const
{
    if (row < 0 || row >= m_count || !m_session.isOpen())
        return nullptr;
    const int page = row / kPageSize;
    auto cached = m_pages.find(page);
    if (cached == m_pages.end() && m_session.isWorking())
        return nullptr; // painted while an action runs: show the row blank until it ends
    if (cached == m_pages.end()) {
        RegisterQuery query(m_session.database(), m_filter);
        std::optional<RegisterKey> after;
        if (page > 0) {
            if (m_pageStarts.contains(page)) {
                after = m_pageStarts.value(page);
            } else {
                // A jump: find the key of the row before the page, then read it by keyset.
                auto key = query.keyAt(page * kPageSize - 1, m_count);
                if (!key) {
                    if (!m_reportedFailure)
                        m_session.errors().report(tr("Show the register"), key.error());
                    m_reportedFailure = true;
                    return nullptr;
                }
                after = *key;
            }
        }
        auto rows = query.page(after, kPageSize);
        if (!rows) {
            if (!m_reportedFailure)
                m_session.errors().report(tr("Show the register"), rows.error());
            m_reportedFailure = true;
            return nullptr;
        }
        if (!rows->isEmpty())
            m_pageStarts.insert(page + 1, query.keyOf(rows->last()));
        if (m_pages.size() >= kPagesKept) {
            const int oldest = m_pageOrder.takeFirst();
            m_pages.remove(oldest);
        }
        cached = m_pages.insert(page, *rows);
        m_pageOrder.append(page);
    } else if (m_pageOrder.last() != page) {
        m_pageOrder.removeOne(page);
        m_pageOrder.append(page);
    }
    const int offset = row % kPageSize;
    return offset < cached->size() ? &cached->at(offset) : nullptr;
}

const QVector<Entry>* RegisterModel::partsOf(int row) const
{
    const Entry* split = topLevel(row);
    if (!split || split->kind != EntryKind::Split)
        return nullptr;
    auto found = m_parts.find(split->id);
    if (found == m_parts.end() && m_session.isWorking())
        return nullptr;
    if (found == m_parts.end()) {
        RegisterQuery query(m_session.database(), m_filter);
        auto parts = query.parts(split->id);
        if (!parts) {
            if (!m_reportedFailure)
                m_session.errors().report(tr("Show the parts of a split"), parts.error());
            m_reportedFailure = true;
            return nullptr;
        }
        found = m_parts.insert(split->id, *parts);
    }
    return &*found;
}

const Entry* RegisterModel::entryAt(const QModelIndex& index) const
{
    if (!index.isValid())
        return nullptr;
    if (index.internalId() == 0)
        return topLevel(index.row());
    const QVector<Entry>* parts = partsOf(int(index.internalId() - 1));
    return parts && index.row() < parts->size() ? &parts->at(index.row()) : nullptr;
}

QModelIndex RegisterModel::indexOfEntry(RowId id) const
{
    if (id == 0 || !m_session.isOpen() || m_filter.personId == 0 || m_session.isWorking())
        return {};
    RegisterQuery query(m_session.database(), m_filter);
    auto row = query.rowOf(id);
    if (!row || !*row || **row >= m_count)
        return {};
    return index(**row, 0);
}

QModelIndex RegisterModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_count ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0)
        return {};
    // A part's internal id is its split's row + 1; 0 marks a top-level row.
    return row < rowCount(parent) ? createIndex(row, column, quintptr(parent.row()) + 1)
                                  : QModelIndex();
}

QModelIndex RegisterModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int RegisterModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return m_count;
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    const QVector<Entry>* parts = partsOf(parent.row());
    return parts ? int(parts->size()) : 0;
}

int RegisterModel::columnCount(const QModelIndex& parent) const
{
    Q_UNUSED(parent);
    return ColumnCount;
}

bool RegisterModel::hasChildren(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return m_count > 0;
    if (parent.internalId() != 0 || parent.column() != 0)
        return false;
    const Entry* e = topLevel(parent.row());
    return e && e->kind == EntryKind::Split;
}

QString RegisterModel::categoryText(const Entry& e) const
{
    switch (e.kind) {
    case EntryKind::Split:
        return tr("Split");
    case EntryKind::Transfer:
        return e.amount < 0 ? tr("Transfer out") : tr("Transfer in");
    default:
        return e.categoryName;
    }
}

QVariant RegisterModel::data(const QModelIndex& index, int role) const
{
    const Entry* e = entryAt(index);
    if (!e)
        return {};
    const DisplayFormat& format = m_session.format();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Date:
            return e->kind == EntryKind::Part ? QString() : format.date(e->date);
        case Account:
            return e->accountName;
        case Payee:
            return e->payee;
        case Category:
            return categoryText(*e);
        case Amount:
            return format.money(e->amount);
        case Memo:
            return e->memo;
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return index.column() == Amount ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                        : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (index.column() == Amount && e->amount > 0)
            return QBrush(QColor(0x2E, 0x7D, 0x32));
        return {};
    case Qt::FontRole:
        if (e->kind == EntryKind::Split && index.column() == Category) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case EntryIdRole:
        return e->id;
    case AmountRole:
        return e->amount;
    case KindRole:
        return int(e->kind);
    default:
        return {};
    }
}

QVariant RegisterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Account:
        return tr("Account");
    case Payee:
        return tr("Payee");
    case Category:
        return tr("Category");
    case Amount:
        return tr("Amount");
    case Memo:
        return tr("Memo");
    default:
        return {};
    }
}

} // namespace allot
