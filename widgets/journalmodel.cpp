#include "journalmodel.h"

#include "presentation.h"

namespace tp {

JournalModel::JournalModel(QObject *parent) : QAbstractTableModel(parent) {}

void JournalModel::setEntries(const QList<JournalEntry> &entries, const QHash<QString, QTimeZone> &zones)
{
    beginResetModel();
    m_entries = entries;
    m_zones = zones;
    endResetModel();
}

int JournalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int JournalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JournalModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JournalEntry &e = m_entries[index.row()];
    switch (role) {
    case KeyRole: return e.key;
    case UnitRole: return e.unitId;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time: return Presentation::dateTime(e.ts, m_zones.value(e.unitId, QTimeZone::systemTimeZone()), true);
        case Unit: return e.unitId;
        case Priority: return tr("%1 %2").arg(Presentation::prioritySymbol(e.priority), Presentation::priorityText(e.priority));
        case Kind: return journalKindText(e.kind);
        case Alarm: return e.message.isEmpty() ? e.key : e.message;
        case Value: return e.value ? QVariant(Presentation::value(*e.value, QString())) : QVariant();
        case User: return e.user;
        case Comment: return e.comment;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Alarm)
            return e.contributors.isEmpty() ? e.key : tr("%1\nAt raise: %2").arg(e.key, e.contributors);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Value)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant JournalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time: return tr("Time");
    case Unit: return tr("Unit");
    case Priority: return tr("Priority");
    case Kind: return tr("Entry");
    case Alarm: return tr("Alarm");
    case Value: return tr("Value");
    case User: return tr("User");
    case Comment: return tr("Comment");
    }
    return {};
}

} // namespace tp
