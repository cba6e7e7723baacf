#include "models/AccountModel.h"

#include "actions/BudgetQueries.h"
#include "models/BudgetSession.h"

#include <QBrush>
#include <QColor>

namespace allot {

AccountModel::AccountModel(BudgetSession& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session)
{
    connect(&m_session, &BudgetSession::changed, this, &AccountModel::reload);
    connect(&m_session, &BudgetSession::closed, this, [this] {
        beginResetModel();
        m_rows.clear();
        endResetModel();
    });
}

void AccountModel::reload()
{
    QVector<Account> rows;
    if (m_session.isOpen()) {
        auto accounts = queries::accounts(m_session.database());
        if (!accounts)
            m_session.errors().report(tr("Show the accounts"), accounts.error());
        else
            rows = *accounts;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int AccountModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AccountModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Account& a = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == Name ? QVariant(a.name)
                                      : QVariant(m_session.format().money(a.balance));
    case Qt::ToolTipRole:
        return tr("%1, opened with %2")
            .arg(kindText(a.kind), m_session.format().money(a.openingBalance));
    case Qt::TextAlignmentRole:
        return index.column() == Name ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                      : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (index.column() == Balance && a.balance < 0)
            return QBrush(QColor(0xC6, 0x28, 0x28));
        return {};
    case AmountRole:
        return a.balance;
    case AccountIdRole:
        return a.id;
    default:
        return {};
    }
}

QString AccountModel::kindText(AccountKind kind)
{
    switch (kind) {
    case AccountKind::Checking:
        return tr("Checking account");
    case AccountKind::Savings:
        return tr("Savings account");
    case AccountKind::Cash:
        return tr("Cash");
    case AccountKind::Credit:
        return tr("Credit card");
    }
    return {};
}

QVariant AccountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == Name ? tr("Account") : tr("Balance");
}

} // namespace allot
