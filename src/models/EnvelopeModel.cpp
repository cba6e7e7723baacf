#include "models/EnvelopeModel.h"

#include "actions/BudgetQueries.h"
#include "models/BudgetSession.h"

#include <QBrush>
#include <QColor>

namespace allot {

EnvelopeModel::EnvelopeModel(BudgetSession& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session)
{
    connect(&m_session, &BudgetSession::changed, this, &EnvelopeModel::reload);
    connect(&m_session, &BudgetSession::personChanged, this, &EnvelopeModel::reload);
    connect(&m_session, &BudgetSession::monthChanged, this, &EnvelopeModel::reload);
    connect(&m_session, &BudgetSession::closed, this, [this] {
        beginResetModel();
        m_rows.clear();
        endResetModel();
    });
}

void EnvelopeModel::reload()
{
    QVector<Envelope> rows;
    if (m_session.isOpen() && m_session.personId() != 0) {
        auto envelopes =
            queries::monthSummary(m_session.database(), m_session.personId(), m_session.month());
        if (!envelopes)
            m_session.errors().report(tr("Show the envelopes"), envelopes.error());
        else
            rows = *envelopes;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int EnvelopeModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EnvelopeModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Envelope EnvelopeModel::totals() const
{
    Envelope total;
    for (const Envelope& e : m_rows) {
        total.budget += e.budget;
        total.spent += e.spent;
        total.moved += e.moved;
        total.available += e.available;
    }
    return total;
}

QVariant EnvelopeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Envelope& e = m_rows[index.row()];
    const auto amount = [&]() -> MinorUnits {
        switch (index.column()) {
        case Budget:
            return e.budget + e.moved;
        case Spent:
            return e.spent;
        case Available:
            return e.available;
        default:
            return 0;
        }
    };
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == Name ? QVariant(e.name)
                                      : QVariant(m_session.format().money(amount()));
    case Qt::ToolTipRole:
        if (index.column() == Budget && e.moved != 0)
            return tr("Monthly budget %1, moved %2")
                .arg(m_session.format().money(e.budget), m_session.format().money(e.moved));
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Name ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                      : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (index.column() == Available && e.available < 0)
            return QBrush(QColor(0xC6, 0x28, 0x28));
        return {};
    case AmountRole:
        return amount();
    case FractionRole: {
        const MinorUnits planned = e.budget + e.moved;
        if (planned <= 0)
            return e.spent > 0 ? 1.5 : 0.0;
        // Only for drawing a bar; no money is computed from it.
        return double(e.spent) / double(planned);
    }
    case OverspentRole:
        return e.available < 0;
    case CategoryIdRole:
        return e.categoryId;
    default:
        return {};
    }
}

QVariant EnvelopeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Envelope");
    case Budget:
        return tr("Budget");
    case Spent:
        return tr("Spent");
    case Available:
        return tr("Available");
    default:
        return {};
    }
}

} // namespace allot
